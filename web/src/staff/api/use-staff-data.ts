import { useEffect, useState } from 'preact/hooks';
import type { ApiError } from '../../api/types.ts';
import type { ApiResult } from './staff-call.ts';

/**
 * Reads what a page shows, again whenever `key` changes (another application, another filter). An answer that
 * arrives after the page moved on is dropped. `replace` puts in what a save answered with, without reading again.
 */
export function useStaffData<T>(key: string, read: () => Promise<ApiResult<T>>) {
  const [state, setState] = useState<{ key: string; data?: T; error?: ApiError }>({ key });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
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
    data: fresh ? state.data : undefined,
    error: fresh ? state.error : undefined,
    retry: () => setAttempt((n) => n + 1),
    replace: (data: T) => setState({ key, data }),
  };
}
