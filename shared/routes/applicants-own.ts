import { accessCode, reference } from '../http/route-parts.ts';

/** An applicant's own application: its reference in the path, and the access code that opens it in a header. */
export const applicantsOwn = { access: 'public', params: { reference }, headers: { accessCode } } as const;
