/**
 * Something the system learns while it starts (that it is ready, where a stand-in listens), which the host may wait
 * for before then. A failed start rejects it, and that is never an unhandled rejection: the caller hears of the
 * failure from the error the start throws, and requests waiting on it from the host.
 */
export function knownOnStart<T>(): PromiseWithResolvers<T> {
  const known = Promise.withResolvers<T>();
  known.promise.catch(() => {});
  return known;
}
