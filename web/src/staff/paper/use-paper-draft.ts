import { useState } from 'preact/hooks';
import { discardPaperDraft, loadPaperDraft, newPaperDraft, type PaperDraft, savePaperDraft } from './paper-draft.ts';

/** The paper application of this round being registered, kept for a reload at every change. */
export function usePaperDraft(roundId: string) {
  const [draft, setDraft] = useState<PaperDraft>(() => loadPaperDraft(roundId) ?? newPaperDraft(roundId));
  return {
    draft,
    update(change: (draft: PaperDraft) => PaperDraft) {
      setDraft((previous) => {
        const next = change(previous);
        savePaperDraft(next);
        return next;
      });
    },
    /** After submitting: the next paper form starts empty, with a new idempotency key. */
    discard() {
      discardPaperDraft();
      setDraft(newPaperDraft(roundId));
    },
  };
}
