import { checkDocument } from '../domain/document-check.ts';
import { RuleViolationError, type Violation } from '../domain/errors.ts';
import type { Ports } from '../ports/index.ts';
import type { Application, StoredDocument } from '../schemas/application.ts';
import type { Round } from '../schemas/round.ts';

/**
 * Judges what actually arrived for each of the round's documents: size and first bytes. A file that is not what
 * it claims, or too large, is deleted so it is uploaded again; any problem refuses the submission.
 */
export async function checkUploadedDocuments(
  ports: Pick<Ports, 'documents'>,
  round: Round,
  application: Application,
): Promise<StoredDocument[]> {
  const violations: Violation[] = [];
  const documents: StoredDocument[] = [];
  for (const { type } of round.requiredDocuments) {
    const key = { roundId: round.id, reference: application.reference, type };
    const verdict = checkDocument(type, await ports.documents.sample(key));
    if (verdict.ok) {
      documents.push(verdict.document);
      continue;
    }
    violations.push({ code: verdict.problem, field: `documents.${type}` });
    if (verdict.problem !== 'DOCUMENT_MISSING') await ports.documents.delete(key);
  }
  if (violations.length > 0) throw new RuleViolationError(violations);
  return documents;
}
