import { useState } from 'preact/hooks';
import type { LocalizedText } from '../api/types.ts';
import { useApp } from '../app-context.ts';
import { needsSaving, saveApplication } from '../draft/save-application.ts';
import { navigate } from '../flow/router.ts';
import { paths } from '../flow/routes.ts';
import { keptUntil } from '../format/kept-until.ts';

/**
 * "Save and continue later", once the server keeps the draft: stores the answers on screen and shows where the
 * link to continue went. Says until when the draft is kept, when that is known.
 */
export function SaveLater() {
  const { t, draft, updateDraft, language, round } = useApp();
  const words = t.saveLater;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<LocalizedText | undefined>(undefined);
  if (!draft.created) return null;

  const save = async () => {
    if (busy) return;
    setError(undefined);
    setBusy(true);
    const saved = needsSaving(draft, language) ? await saveApplication(draft, language) : { ok: true as const, draft };
    setBusy(false);
    if (!saved.ok) return setError(saved.error.message);
    updateDraft(() => saved.draft);
    navigate(paths.saved(round.id));
  };

  return (
    <div class="save-later">
      {draft.expiresAt && <p>{words.keptUntil(keptUntil(draft.expiresAt))}</p>}
      <button
        type="button"
        class="button button-secondary"
        aria-disabled={busy}
        onClick={() => void save()}
        aria-describedby={error ? 'save-later-error' : undefined}
      >
        {busy ? words.busy : words.button}
      </button>
      {error && (
        <p class="error-message" id="save-later-error" role="alert">
          {error[language]}
        </p>
      )}
    </div>
  );
}
