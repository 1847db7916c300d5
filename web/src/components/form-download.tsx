import { useState } from 'preact/hooks';
import type { Round } from '../api/types.ts';
import { useLanguage } from '../app-context.ts';
import type { FormFilling } from '../pdf/form-content.ts';
import { BusyButton } from './busy-button.tsx';

type Phase = 'idle' | 'preparing' | 'failed';

/**
 * A button that makes the application form as a PDF on this device: blank, or filled in with `filling`. The PDF
 * code loads only on the first press, so the pages stay light for everyone who does not need it.
 */
export function FormDownload({ round, filling }: { round: Round; filling?: FormFilling }) {
  const { t, language } = useLanguage();
  const [phase, setPhase] = useState<Phase>('idle');

  const download = async () => {
    if (phase === 'preparing') return;
    setPhase('preparing');
    try {
      const { downloadForm } = await import('../pdf/download-form.ts');
      await downloadForm(round, language, filling);
      // The browser itself shows the file it saved.
      setPhase('idle');
    } catch {
      setPhase('failed');
    }
  };

  const status = phase === 'idle' ? '' : t.applicationForm[phase];
  return (
    <div class="form-download">
      <p>{filling ? t.applicationForm.filledIntro : t.applicationForm.blankIntro}</p>
      <BusyButton
        busy={phase === 'preparing'}
        label={filling ? t.applicationForm.filledButton : t.applicationForm.blankButton}
        onPress={() => void download()}
      />
      <p aria-live="polite" class={phase === 'failed' ? 'error-message' : 'hint'}>
        {status}
      </p>
    </div>
  );
}
