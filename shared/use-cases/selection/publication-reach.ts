import type { Application } from '../../schemas/application.ts';
import type { SelectionResult } from '../../schemas/selection.ts';
import type { PublicationReach } from '../../schemas/selection-api.ts';
import { recipientsOf } from '../recipients.ts';

/**
 * Whom publishing these results e-mails: every application of every result gets its outcome, and the result
 * e-mail goes to each of its recipients (`recipientsOf`, as the e-mail itself is sent). Counted from the
 * applications as read now, so an address changed since the run counts as it will be used.
 */
export function publicationReach(
  results: ReadonlyArray<{ result: SelectionResult }>,
  applications: ReadonlyMap<string, readonly Application[]>,
): PublicationReach {
  const byReference = new Map(
    [...applications.values()].flat().map((application) => [application.reference, application]),
  );
  const references = results.flatMap(({ result }) =>
    [...result.selected, ...result.waitlisted, ...result.excluded].map((entry) => entry.reference),
  );
  let emails = 0;
  let applicationsWithoutEmail = 0;
  for (const reference of references) {
    const application = byReference.get(reference);
    const recipients = application ? recipientsOf(application).length : 0;
    emails += recipients;
    if (recipients === 0) applicationsWithoutEmail += 1;
  }
  return { emails, applications: references.length, applicationsWithoutEmail };
}
