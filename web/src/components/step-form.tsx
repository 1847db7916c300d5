import type { ComponentChildren } from 'preact';
import { useLanguage } from '../app-context.ts';

interface StepFormProps {
  onSubmit(event: Event): void;
  busy?: boolean;
  submitLabel?: string;
  /** Shown on the button while the answer is awaited. @default "Saving…" */
  busyLabel?: string;
  children?: ComponentChildren;
}

/**
 * A form whose Enter key and button both mean "Continue". The browser's own validation bubbles are off: they
 * vanish, cannot be styled large and speak the browser's language, so the page shows its own messages.
 */
export function StepForm({ onSubmit, busy = false, submitLabel, busyLabel, children }: StepFormProps) {
  const { t } = useLanguage();
  return (
    <form class="form" noValidate onSubmit={onSubmit}>
      {children}
      {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus while saving. */}
      <button class="button" type="submit" aria-disabled={busy ? 'true' : undefined}>
        {busy ? (busyLabel ?? t.common.saving) : (submitLabel ?? t.common.continue)}
      </button>
    </form>
  );
}
