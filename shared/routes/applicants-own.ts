import { accessCode, reference } from '../http/route-parts.ts';

/** An applicant's own application: its reference in the path, and the access code that opens it in a header. */
export const applicantsOwn = { access: 'public', params: { reference }, headers: { accessCode } } as const;

/** The input of such a route, as its declaration parses it. */
interface OwnApplicationInput {
  params: { reference: string };
  headers: { accessCode: string };
}

/** What the use cases of an applicant's own application are given to open it: its reference and access code. */
export function ownApplication({ params, headers }: OwnApplicationInput) {
  return { reference: params.reference, accessCode: headers.accessCode };
}
