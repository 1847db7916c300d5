import { SecondaryButton } from '../../components/secondary-button.tsx';
import { useStaffTexts } from '../i18n/texts.ts';
import type { FormFeedback } from './use-form-feedback.ts';

/** After someone else saved first ("changed meanwhile"), the one way on: load what is stored now, then save again. */
export function ReloadAfterConflict({ feedback, reload }: { feedback: FormFeedback; reload(): void }) {
  const { s } = useStaffTexts();
  if (!feedback.conflict) return null;
  return (
    <p>
      <SecondaryButton onPress={reload}>{s.common.reload}</SecondaryButton>
    </p>
  );
}
