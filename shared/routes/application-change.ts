/** The input of a review decision (`review-change.ts`) or a plan change (`plan-change.ts`), as parsed. */
interface ApplicationChangeInput<Request> {
  params: { reference: string };
  body: Request;
}

/**
 * What the use case of a review decision or a plan change is given: the reference of the application in the path,
 * and the request body as it is.
 */
export function applicationChange<Request>({ params, body }: ApplicationChangeInput<Request>) {
  return { reference: params.reference, request: body };
}
