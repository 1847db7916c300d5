import { useSending } from '../../api/use-data.ts';
import { navigate } from '../../flow/router.ts';
import type { StaffApplication } from '../api/types.ts';
import { setFlash } from '../components/flash.ts';
import type { FormFeedback } from '../components/use-form-feedback.ts';
import { staffMessage } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { useSignedIn } from '../session/session-context.ts';
import { nextToReview } from './review-steps.ts';

/**
 * Opens the next application of the same municipality's queue that waits for review, after a save: the queue's
 * "to review" page, two entries long, so one is left when the first is the application just saved. The next
 * application's page says the last one was saved; when none is left, the queue's "to review" page opens and says so.
 */
export function useOpenNext(application: StaffApplication, feedback: FormFeedback) {
  const { api, identity } = useSignedIn();
  const { busy, send } = useSending();
  // An administrator names the municipality; a social worker's queue is their own.
  const municipality = identity.role === 'administrator' ? application.person.municipalityCode : undefined;
  const { reference, roundId } = application;

  const run = async (): Promise<void> => {
    const answer = await send(() => api.queue(roundId, { state: 'to-review', limit: 2, municipality }));
    if (!answer) return;
    if (!answer.ok) return feedback.fail([], answer.error.message);
    const next = nextToReview(answer.data.items, reference);
    if (next) {
      setFlash(staffMessage((s) => s.application.nextOpened(reference)));
      navigate(staffPaths.application(next));
    } else {
      setFlash(staffMessage((s) => s.application.noneLeft(reference)));
      navigate(staffPaths.queue(roundId, { municipality, state: 'to-review' }));
    }
  };

  return { busy, run };
}
