import { setTimeout as sleep } from 'node:timers/promises';
import { readConfig } from '../config.ts';
import type { PublicRoute } from '../http/route-declaration.ts';
import type { PublicRun } from '../http/route-run.ts';
import { logger } from '../logging/logger.ts';
import { LinkRequestResponseSchema, LinkRequestSchema } from '../schemas/api.ts';
import { requestLink } from '../use-cases/request-link.ts';

export const requestLinkRoute = {
  method: 'POST',
  path: '/applications/link-requests',
  handler: 'request-link',
  access: 'public',
  summary:
    'Send the status link and the access code again, to the e-mail address on file, when the number and the ' +
    'address given match (at most 3 e-mails per application a day). The answer is the same whether or not ' +
    'they match.',
  body: LinkRequestSchema,
  answers: { 202: { json: LinkRequestResponseSchema } },
  // Counts the e-mails per application and day.
  needs: { table: 'readWrite', repositories: ['rounds', 'applications', 'notifications'], mail: true },
} as const satisfies PublicRoute;

/**
 * Every answer takes at least this long, so that how long it took does not tell whether an e-mail went out (a
 * match reads, counts and sends; a mismatch only reads).
 */
const ANSWER_FLOOR_MS = 800;

const ANSWER = {
  message: {
    lv: 'Ja pieteikuma numurs un e-pasts sakrīt, mēs nosūtījām saiti un piekļuves kodu uz šo e-pastu. Tas var aizņemt dažas minūtes.',
    en: 'If the application number and the e-mail match, we have sent the link and the access code to that e-mail. It can take a few minutes.',
  },
};

/** The status link sent again, answered alike whether or not the number and the address matched. */
export const run: PublicRun<typeof requestLinkRoute> = async ({ body, receivedAt }, { ports }) => {
  const started = Date.now();
  const outcome = await requestLink(await ports(), body, {
    webUrl: readConfig('web').PUBLIC_WEB_URL,
    now: new Date(receivedAt),
  });
  logger.info('Link request handled', { outcome });
  await sleep(Math.max(0, ANSWER_FLOOR_MS - (Date.now() - started)));
  return ANSWER;
};
