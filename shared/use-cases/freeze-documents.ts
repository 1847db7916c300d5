import { createHash } from 'node:crypto';
import { checkDocument, MAX_DOCUMENT_BYTES } from '../domain/document-check.ts';
import { documentsNeeded } from '../domain/document-requirements.ts';
import { RuleViolationError, type Violation } from '../domain/errors.ts';
import type { Ports } from '../ports/index.ts';
import type { Application, StoredDocument } from '../schemas/application.ts';
import type { Round } from '../schemas/round.ts';

/** A document that passed its check, with exactly the bytes that were judged. */
export interface JudgedDocument {
  document: StoredDocument;
  bytes: Uint8Array;
}

/**
 * Judges what actually arrived for each document the application needs (`documentsNeeded`) (size and first bytes) and, when all pass, keeps
 * exactly the bytes judged as the submitted documents, named by their SHA-256. An upload form stays valid for a
 * while after submission, but it writes only the upload, which nobody reads again: staff, the selection and
 * exports see the submitted copy, which the returned records describe. A file that is not what it claims, or too
 * large, is deleted so it is uploaded again; any problem refuses the submission and keeps nothing.
 */
export async function freezeDocuments(
  ports: Pick<Ports, 'documents'>,
  round: Round,
  application: Application,
): Promise<StoredDocument[]> {
  return keepJudgedDocuments(ports, round, application, await judgeUploads(ports, round, application));
}

/**
 * The first half of `freezeDocuments`: every upload is read at once (one round trip, however many documents),
 * judged, and a refused one deleted. Throws the violations of all of them; otherwise nothing is kept yet.
 */
export async function judgeUploads(
  ports: Pick<Ports, 'documents'>,
  round: Round,
  application: Application,
): Promise<JudgedDocument[]> {
  const verdicts = await Promise.all(
    documentsNeeded(round, application).map(async ({ type }) => {
      const key = { roundId: round.id, reference: application.reference, type };
      const verdict = checkDocument(await ports.documents.readUpload(key, { maxBytes: MAX_DOCUMENT_BYTES }));
      if (!verdict.ok && verdict.problem !== 'DOCUMENT_MISSING') await ports.documents.deleteUpload(key);
      return { type, verdict };
    }),
  );
  const violations: Violation[] = [];
  const judged: JudgedDocument[] = [];
  for (const { type, verdict } of verdicts) {
    if (verdict.ok) {
      const { contentType, sizeBytes, bytes } = verdict;
      judged.push({ document: { type, contentType, sizeBytes, sha256: sha256(bytes) }, bytes });
      continue;
    }
    // A missing proof of authority says what it is and why it is needed: the person may not expect it.
    const code =
      verdict.problem === 'DOCUMENT_MISSING' && type === 'representative-authority'
        ? 'REPRESENTATIVE_AUTHORITY_MISSING'
        : verdict.problem;
    violations.push({ code, field: `documents.${type}` });
  }
  if (violations.length > 0) throw new RuleViolationError(violations);
  return judged;
}

/** The second half of `freezeDocuments`: the judged bytes kept as the submitted documents, all at once. */
export async function keepJudgedDocuments(
  ports: Pick<Ports, 'documents'>,
  round: Round,
  application: Application,
  judged: readonly JudgedDocument[],
): Promise<StoredDocument[]> {
  await Promise.all(
    judged.map(({ document, bytes }) =>
      ports.documents.keepSubmitted(
        { roundId: round.id, reference: application.reference, type: document.type, sha256: document.sha256 },
        bytes,
        document.contentType,
      ),
    ),
  );
  return judged.map(({ document }) => document);
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
