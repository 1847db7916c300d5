import { errorKindOf, isFormRefusal, isWorthRetrying } from '../../../shared/http/error-kinds.ts';
import type { ApiError } from './types.ts';

/*
 * What an error answer means to a page, read from the server's own error table (`shared/http/error-kinds.ts`), so
 * the browser sorts answers exactly as the server classified them.
 */

/** No valid sign-in any more (expired, or refused): the session ends and the sign-in page opens. */
export const endsSignIn = (error: ApiError): boolean => errorKindOf(error.status) === 'sign-in';

/** Not found, or not the caller's: the page says so without telling which. */
export const isNotFound = (error: ApiError): boolean => errorKindOf(error.status) === 'not-found';

/** The data changed since it was read (or is not ready yet): reading it again may help. */
export const isConflict = (error: ApiError): boolean => errorKindOf(error.status) === 'conflict';

/** A refusal of what was sent, shown next to the answers of the form. */
export const belongsToForm = (error: ApiError): boolean => isFormRefusal(error.status);

/** No answer, or a failure on the server's side: the same request may succeed later. */
export const canTryAgain = (error: ApiError): boolean => isWorthRetrying(error.status);

/**
 * A refusal of a document link that is about the document itself, so the page shows it next to the document: its
 * virus check (a conflict: not finished, a virus found, the check failed) or a file that is not there (a broken rule).
 */
export const isDocumentRefusal = (error: ApiError): boolean =>
  isConflict(error) || errorKindOf(error.status) === 'rule-broken';
