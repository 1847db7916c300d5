import type { ApplicationChange } from '../ports/application-repository.ts';
import type { Ports } from '../ports/index.ts';

/**
 * Brings the staff queue (its rows, the counts per state of each municipality, the index of name words) up to
 * stored changes of applications, fed by the table's stream. Submissions reach the queue only this way: the
 * applicant's submit writes nothing more than the application and its person's claim. A staff change has
 * followed itself already, in its own transaction, so the queue the social worker goes back to shows it at once;
 * its stream record then changes nothing. Following is exact however often a change comes: the repository
 * follows a change only onto an older entry (`ApplicationRepository.followChanges`).
 */
export async function followQueue(
  ports: Pick<Ports, 'applications'>,
  changes: readonly ApplicationChange[],
): Promise<void> {
  await ports.applications.followChanges(changes);
}
