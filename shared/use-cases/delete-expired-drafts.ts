import type { Ports } from '../ports/index.ts';
import { DocumentTypeSchema } from '../schemas/round.ts';

/**
 * Deletes every draft past its expiry and what was uploaded for it. In AWS the table's TTL deletes the items and
 * the bucket's lifecycle the uploads; the local host, whose DynamoDB never deletes expired items, runs this on a
 * timer. The uploads go first: a sweep that stops half-way leaves the draft to be found again next time.
 */
export async function deleteExpiredDrafts(
  ports: Pick<Ports, 'applications' | 'documents'>,
  now: Date,
): Promise<{ deleted: string[] }> {
  const deleted: string[] = [];
  for (const draft of await ports.applications.expiredDrafts(now)) {
    const { reference, roundId } = draft;
    await Promise.all(
      DocumentTypeSchema.options.map((type) => ports.documents.deleteUpload({ roundId, reference, type })),
    );
    if (await ports.applications.deleteExpiredDraft(reference, now)) deleted.push(reference);
  }
  return { deleted };
}
