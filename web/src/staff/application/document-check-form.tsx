import { useState } from 'preact/hooks';
import type { FieldError } from '../../api/types.ts';
import { RadioGroup } from '../../components/radio-group.tsx';
import { StepForm } from '../../components/step-form.tsx';
import { ReviewSection } from '../components/review-section.tsx';
import { SavedLine } from '../components/saved-line.tsx';
import { TextArea } from '../components/text-area.tsx';
import { useSave } from '../components/use-save.ts';
import { staffMessage, useStaffTexts } from '../i18n/texts.ts';
import { useSignedIn } from '../session/session-context.ts';
import { DecidedBy } from './decided-by.tsx';
import type { ReviewFormProps } from './review-form-props.ts';

/** Whether the documents are there, readable, and show what the application says; a note says what is wrong. */
export function DocumentCheckForm({ view, feedback, onSaved }: ReviewFormProps) {
  const { s } = useStaffTexts();
  const { api } = useSignedIn();
  const current = view.application.review?.documentCheck;
  const [verified, setVerified] = useState<string | undefined>(
    current === undefined ? undefined : current.verified ? 'yes' : 'no',
  );
  const [note, setNote] = useState(current?.note ?? '');
  const save = useSave(feedback, onSaved, { form: 'documentCheck', fallbackPath: 'documentCheck.verified' });

  const submit = (event: Event) => {
    event.preventDefault();
    const own: FieldError[] = verified
      ? []
      : [
          {
            path: 'documentCheck.verified',
            code: 'FIELD_REQUIRED',
            message: staffMessage((w) => w.application.requiredVerified),
          },
        ];
    void save.run(own, () =>
      api.checkDocuments(view.application.reference, {
        verified: verified === 'yes',
        ...(note.trim() && { note: note.trim() }),
      }),
    );
  };

  return (
    <ReviewSection id="document-check" title={s.application.documentCheckTitle}>
      {current ? (
        <>
          <p data-testid="document-check-current">
            <strong>{current.verified ? s.application.currentVerified : s.application.currentNotVerified}</strong>
          </p>
          <DecidedBy by={current.by} at={current.at} />
        </>
      ) : (
        <p>{s.application.notYet}</p>
      )}
      <StepForm onSubmit={submit} busy={save.busy} submitLabel={s.common.save} busyLabel={s.common.saving}>
        <RadioGroup
          path="documentCheck.verified"
          legend={s.application.verifiedLegend}
          options={[
            { value: 'yes', label: s.application.verifiedYes },
            { value: 'no', label: s.application.verifiedNo },
          ]}
          value={verified}
          onChange={setVerified}
          error={feedback.errorOf('documentCheck.verified')}
        />
        <TextArea
          path="documentCheck.note"
          label={s.application.note}
          hint={s.application.checkNoteHint}
          optional
          value={note}
          onInput={setNote}
          error={feedback.errorOf('documentCheck.note')}
        />
      </StepForm>
      <SavedLine text={save.saved ? s.application.savedDocumentCheck : ''} />
    </ReviewSection>
  );
}
