import { describe, expect, it } from 'vitest';
import { ConflictError, RuleViolationError } from '../../shared/domain/errors.ts';
import type { ScanStatus } from '../../shared/domain/malware-scan.ts';
import type { DocumentLinkOptions, SubmittedDocumentKey } from '../../shared/ports/document-store.ts';
import type { Ports } from '../../shared/ports/index.ts';
import type { Application } from '../../shared/schemas/application.ts';
import type { AuditEntry } from '../../shared/schemas/audit.ts';
import { getDocumentLink } from '../../shared/use-cases/staff/get-document-link.ts';
import type { StaffContext } from '../../shared/use-cases/staff/staff-context.ts';
import { staffPorts } from '../../shared/use-cases/staff/staff-ports.ts';
import { submittedApplication } from '../fixtures/applications.ts';
import { bauskaWorker } from '../fixtures/staff-identities.ts';

const application: Application = submittedApplication({
  documents: [{ type: 'application-form', contentType: 'application/pdf', sizeBytes: 1234, sha256: 'c'.repeat(64) }],
});

const staff: StaffContext = {
  identity: bauskaWorker,
  action: 'document.download',
  requestId: 'request-1',
  at: new Date('2019-08-20T08:00:00Z'),
};

/** The application above, a document store whose scan says `scan`, and an audit log in an array. */
function fakePorts(scan: ScanStatus | undefined) {
  const audit: AuditEntry[] = [];
  const links: SubmittedDocumentKey[] = [];
  const options: DocumentLinkOptions[] = [];
  const ports = {
    applications: { get: async () => application },
    documents: {
      scanStatus: async () => scan,
      downloadLink: async (key: SubmittedDocumentKey, asked: DocumentLinkOptions) => {
        links.push(key);
        options.push(asked);
        return 'https://documents.example/link';
      },
    },
    audit: { append: async (entry: AuditEntry) => void audit.push(entry) },
  } as unknown as Ports;
  return { ports: staffPorts(ports, staff.identity), audit, links, options };
}

const input = { reference: 'KDMA-4729', documentType: 'application-form' } as const;

describe('a download link to a document', () => {
  it('is given for a document the malware scan found clean, and audited', async () => {
    const { ports, audit, links } = fakePorts('clean');

    const answer = await getDocumentLink(ports, staff, input);

    // The submitted copy the stored record describes, by its hash, never the upload a form may still write.
    expect(links).toEqual([
      { roundId: application.roundId, reference: 'KDMA-4729', type: 'application-form', sha256: 'c'.repeat(64) },
    ]);
    expect(answer).toEqual({
      url: 'https://documents.example/link',
      type: 'application-form',
      expiresAt: '2019-08-20T08:01:00.000Z',
    });
    expect(audit).toMatchObject([{ action: 'document.download', reference: 'KDMA-4729', outcome: 'succeeded' }]);
  });

  it('saves the file under the reference and the document type unless asked to show it', async () => {
    const { ports, options } = fakePorts('clean');

    await getDocumentLink(ports, staff, input);

    expect(options).toEqual([
      {
        expiresInSeconds: 60,
        fileName: 'KDMA-4729-application-form.pdf',
        disposition: 'attachment',
        contentType: 'application/pdf',
      },
    ]);
  });

  it('shows the document inline, with its own content type, when the page asks, and audits it the same', async () => {
    const { ports, options, audit } = fakePorts('clean');

    await getDocumentLink(ports, staff, { ...input, disposition: 'inline' });

    expect(options).toMatchObject([{ disposition: 'inline', contentType: 'application/pdf', expiresInSeconds: 60 }]);
    expect(audit).toMatchObject([{ action: 'document.download', reference: 'KDMA-4729', outcome: 'succeeded' }]);
  });

  it('gives no inline link either while the scan has not found the document clean', async () => {
    const { ports, links } = fakePorts('pending');

    await expect(getDocumentLink(ports, staff, { ...input, disposition: 'inline' })).rejects.toMatchObject({
      code: 'DOCUMENT_SCAN_PENDING',
    });
    expect(links).toEqual([]);
  });

  it.each([
    ['pending', 'DOCUMENT_SCAN_PENDING'],
    ['threat', 'DOCUMENT_THREAT_FOUND'],
    ['failed', 'DOCUMENT_SCAN_FAILED'],
  ] as const)('is refused while the scan says %s, with %s, and no link is made', async (scan, code) => {
    const { ports, audit, links } = fakePorts(scan);

    const refused = getDocumentLink(ports, staff, input);

    await expect(refused).rejects.toBeInstanceOf(ConflictError);
    await expect(refused).rejects.toMatchObject({ code });
    expect(links).toEqual([]);
    // The staff handler writes the refusal's entry, with the code as its reason.
    expect(audit).toEqual([]);
  });

  it('is refused as missing when the file is gone from storage', async () => {
    const { ports } = fakePorts(undefined);

    await expect(getDocumentLink(ports, staff, input)).rejects.toBeInstanceOf(RuleViolationError);
    await expect(getDocumentLink(ports, staff, input)).rejects.toMatchObject({
      violations: [{ code: 'DOCUMENT_MISSING', field: 'documentType' }],
    });
  });
});
