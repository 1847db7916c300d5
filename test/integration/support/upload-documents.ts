import type { Ports } from '../../../shared/ports/index.ts';
import { createUploadForm } from '../../../shared/use-cases/create-upload-form.ts';
import type { files as fileFixtures } from '../../fixtures/personal-codes.ts';

/** Uploads both documents of the pilot's rounds through the presigned forms, as a browser does. */
export async function uploadDocuments(
  ports: Ports,
  application: { reference: string; accessCode: string },
  now: Date,
  files: typeof fileFixtures,
): Promise<void> {
  const documents = [
    { documentType: 'application-form', bytes: files.pdf(), contentType: 'application/pdf' },
    { documentType: 'disability-proof', bytes: files.png(), contentType: 'image/png' },
  ] as const;
  for (const { documentType, bytes, contentType } of documents) {
    const form = await createUploadForm(ports, { ...application, documentType, now });
    const body = new FormData();
    for (const [name, value] of Object.entries(form.fields)) body.append(name, value);
    body.append('file', new Blob([bytes], { type: contentType }), 'document');
    const response = await fetch(form.url, { method: 'POST', body });
    if (!response.ok) throw new Error(`Upload of ${documentType} failed: ${response.status}`);
  }
}
