import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError } from './types.ts';

/** What every call of the API answers, whichever client made it: the data, or an error to show. */
export type ApiAnswer<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export interface LoadedData<T> {
  /** Undefined while loading, and after an error. */
  data: T | undefined;
  error: ApiError | undefined;
  /** Reads again, after an error the person chose to try again. */
  retry(): void;
  /** Shows what a save answered with, without reading again. */
  replace(data: T): void;
}

/**
 * Reads what a page shows, again whenever `key` changes (another round, another filter), and nothing while `key`
 * is undefined. An answer that arrives after the page moved on is dropped, so a slow answer never overwrites a
 * newer one. `known` is data already read in this visit: it shows at once and nothing is read.
 */
export function useData<T>(
  key: string | undefined,
  read: () => Promise<ApiAnswer<T>>,
  known?: T | undefined,
): LoadedData<T> {
  const [state, setState] = useState<{ key: string | undefined; data?: T; error?: ApiError }>({ key });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (key === undefined || known !== undefined) return;
    let current = true;
    setState({ key });
    void read().then((answer) => {
      if (!current) return;
      setState(answer.ok ? { key, data: answer.data } : { key, error: answer.error });
    });
    return () => {
      current = false;
    };
  }, [key, attempt]);
  const fresh = state.key === key;
  return {
    data: (fresh ? state.data : undefined) ?? known,
    error: fresh ? state.error : undefined,
    retry: () => setAttempt((n) => n + 1),
    replace: (data: T) => setState({ key, data }),
  };
}

/**
 * Sends one change at a time: `busy` is true until the answer arrives, and a second press of the button meanwhile
 * sends nothing (it answers `undefined`), so a double click never saves twice.
 */
export function useSending() {
  const [busy, setBusy] = useState(false);
  // The state shows on the next render; the ref stops a second press before that.
  const sending = useRef(false);
  const send = async <Outcome>(request: () => Promise<Outcome>): Promise<Outcome | undefined> => {
    if (sending.current) return undefined;
    sending.current = true;
    setBusy(true);
    try {
      return await request();
    } finally {
      sending.current = false;
      setBusy(false);
    }
  };
  return { busy, send };
}
