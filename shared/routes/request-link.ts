import type { PublicRoute } from '../http/route-declaration.ts';
import { LinkRequestResponseSchema, LinkRequestSchema } from '../schemas/api.ts';

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
