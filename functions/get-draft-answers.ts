import { publicRoute } from '../shared/http/public-route.ts';
import { getDraftAnswersRoute } from '../shared/routes/get-draft-answers.ts';
import { getDraftAnswers } from '../shared/use-cases/get-draft-answers.ts';

/** The answers of a draft, to continue it from the e-mailed link. */
export const handler = publicRoute(getDraftAnswersRoute, async ({ params, headers, receivedAt }, { ports }) =>
  getDraftAnswers(await ports(), { reference: params.reference, accessCode: headers.accessCode, now: receivedAt }),
);
