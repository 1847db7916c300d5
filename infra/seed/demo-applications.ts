import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { legacyChecksumMatches } from '../../shared/domain/personal-code.ts';
import type { CreateApplicationRequest } from '../../shared/schemas/application.ts';

/** Made-up people of the demo round, so the social services have a queue to review on a fresh start. */
const DEMO_PEOPLE: ReadonlyArray<{ firstName: string; lastName: string; municipalityCode: string; group: number }> = [
  { firstName: 'Jānis', lastName: 'Demo-Kalniņš', municipalityCode: 'LV-016', group: 2 },
  { firstName: 'Ilze', lastName: 'Demo-Ozola', municipalityCode: 'LV-016', group: 1 },
  { firstName: 'Pēteris', lastName: 'Demo-Liepiņš', municipalityCode: 'LV-016', group: 2 },
  { firstName: 'Marta', lastName: 'Demo-Vītola', municipalityCode: 'LV-016', group: 2 },
  { firstName: 'Andris', lastName: 'Demo-Bērziņš', municipalityCode: 'LV-JEL', group: 1 },
  { firstName: 'Līga', lastName: 'Demo-Krūmiņa', municipalityCode: 'LV-JEL', group: 2 },
];

/** The smallest file that passes the PDF check: a scan stand-in. */
const DEMO_PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

const MARKER = 'demo-applications-seeded';

/**
 * Applies for each demo person through the running API, exactly as the web form does (create, upload both
 * documents, submit), so every rule runs and the receipts land in the mail viewer. Done once per data folder.
 */
export async function seedDemoApplications(apiUrl: string, dataDir: string): Promise<number> {
  const marker = join(dataDir, MARKER);
  if (existsSync(marker)) return 0;
  for (const [index, person] of DEMO_PEOPLE.entries()) await apply(apiUrl, demoRequest(person, index));
  writeFileSync(marker, `${new Date().toISOString()}\n`);
  return DEMO_PEOPLE.length;
}

function demoRequest(person: (typeof DEMO_PEOPLE)[number], index: number): CreateApplicationRequest {
  return {
    person: {
      firstName: person.firstName,
      lastName: person.lastName,
      personalCode: demoPersonalCode(index),
      municipalityCode: person.municipalityCode,
      disabilityGroup: person.group,
      mentalDisorderConfirmed: true,
    },
    contact: { email: `demo${index + 1}@example.lv`, language: index % 2 === 0 ? 'lv' : 'en' },
    consent: true,
  };
}

/** A valid legacy personal code of someone born on the n-th day of March 1970 (never a real person's test). */
export function demoPersonalCode(index: number): string {
  const prefix = `${String(index + 1).padStart(2, '0')}0370-1${String(index).padStart(3, '0')}`;
  for (let check = 0; check <= 9; check++) {
    if (legacyChecksumMatches(`${prefix.replace('-', '')}${check}`)) return `${prefix}${check}`;
  }
  return demoPersonalCode(index + 20);
}

async function apply(apiUrl: string, request: CreateApplicationRequest): Promise<void> {
  const created = await call(apiUrl, 'POST', '/rounds/demo/applications', {
    body: request,
    headers: { 'idempotency-key': crypto.randomUUID() },
  });
  const { reference, accessCode } = created as { reference: string; accessCode: string };
  const access = { 'x-access-code': accessCode };
  for (const type of ['application-form', 'disability-proof']) {
    const form = (await call(apiUrl, 'POST', `/applications/${reference}/documents/${type}`, { headers: access })) as {
      url: string;
      fields: Record<string, string>;
    };
    await uploadDemoDocument(form, type);
  }
  await call(apiUrl, 'POST', `/applications/${reference}/submission`, { headers: access });
}

/** Posts the demo PDF with an upload form, as the browser does. */
export async function uploadDemoDocument(form: { url: string; fields: Record<string, string> }, type: string) {
  const data = new FormData();
  for (const [name, value] of Object.entries(form.fields)) data.append(name, value);
  data.append('file', new Blob([DEMO_PDF], { type: 'application/pdf' }), `${type}.pdf`);
  const uploaded = await fetch(form.url, { method: 'POST', body: data });
  if (!uploaded.ok) throw new Error(`Demo upload refused with ${uploaded.status}`);
}

async function call(
  apiUrl: string,
  method: string,
  path: string,
  init: { body?: unknown; headers?: Record<string, string> },
): Promise<unknown> {
  const response = await fetch(`${apiUrl}${path}`, {
    method,
    headers: { ...(init.body !== undefined && { 'content-type': 'application/json' }), ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const answer = await response.json();
  if (!response.ok) throw new Error(`Demo application refused: ${method} ${path} ${response.status}`);
  return answer;
}
