import { useState } from 'preact/hooks';
import type { LocalizedText } from '../../api/types.ts';
import type { FormFeedback } from './use-form-feedback.ts';

/**
 * A PDF made on this device and handed over as a download (a protocol, a copy of a person's data). `download`
 * takes what makes it, which imports the PDF code (pdf-lib and the font) on the first press only; while it is
 * made, `making` keeps the button busy, and a failure is said on the page with `failed`.
 */
export function usePdfDownload(feedback: FormFeedback, failed: LocalizedText) {
  const [making, setMaking] = useState(false);
  const download = async (make: () => Promise<void>) => {
    if (making) return;
    feedback.clear();
    setMaking(true);
    try {
      await make();
    } catch {
      feedback.fail([], failed);
    } finally {
      setMaking(false);
    }
  };
  return { making, download };
}
