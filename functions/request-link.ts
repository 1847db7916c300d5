import { setTimeout as sleep } from 'node:timers/promises';
import { readConfig } from '../shared/config.ts';
import { publicRoute } from '../shared/http/public-route.ts';
import { logger } from '../shared/logging/logger.ts';
import { requestLinkRoute } from '../shared/routes/request-link.ts';
import { requestLink } from '../shared/use-cases/request-link.ts';

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
export const handler = publicRoute(requestLinkRoute, async ({ body, receivedAt }, { ports }) => {
  const started = Date.now();
  const outcome = await requestLink(await ports(), body, {
    webUrl: readConfig('web').PUBLIC_WEB_URL,
    now: new Date(receivedAt),
  });
  logger.info('Link request handled', { outcome });
  await sleep(Math.max(0, ANSWER_FLOOR_MS - (Date.now() - started)));
  return ANSWER;
});
