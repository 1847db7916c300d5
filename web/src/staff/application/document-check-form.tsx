import { useState } from 'preact/hooks';
import { RadioGroup } from '../../components/radio-group.tsx';
import { TextArea } from '../components/text-area.tsx';
import { staffRequired } from '../i18n/field-errors.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { useSignedIn } from '../session/session-context.ts';
import type { ReviewFormProps } from './review-form-props.ts';
import { ReviewSaveForm } from './review-save-form.tsx';

/**
 * Whether the documents are there, readable, and show what the application says; a note says what is wrong. The
 * check as it stands says who made it and when: it is what the task list and the details call checked.
 */
export function DocumentCheckForm(props: ReviewFormProps) {
  const { view, feedback } = props;
  const { s } = useStaffTexts();
  const { api } = useSignedIn();
  const current = view.application.review?.documentCheck;
  const [verified, setVerified] = useState<string | undefined>(
    current === undefined ? undefined : current.verified ? 'yes' : 'no',
  );
  const [note, setNote] = useState(current?.note ?? '');

  return (
    <ReviewSaveForm
      {...props}
      decided={current}
      describe={(check) => (
        <p data-testid="document-check-current">
          <strong>{check.verified ? s.application.currentVerified : s.application.currentNotVerified}</strong>
        </p>
      )}
      saveAs={{ form: 'documentCheck', fallbackPath: 'documentCheck.verified' }}
      check={() => (verified ? [] : [staffRequired('documentCheck.verified', (w) => w.application.requiredVerified)])}
      send={() =>
        api.checkDocuments(view.application.reference, {
          verified: verified === 'yes',
          ...(note.trim() && { note: note.trim() }),
        })
      }
      savedText={s.application.savedDocumentCheck}
    >
      <RadioGroup
        {...feedback.bindChoice('documentCheck.verified', verified, setVerified)}
        legend={s.application.verifiedLegend}
        options={[
          { value: 'yes', label: s.application.verifiedYes },
          { value: 'no', label: s.application.verifiedNo },
        ]}
      />
      <TextArea
        {...feedback.bindText('documentCheck.note', note, setNote)}
        label={s.application.note}
        hint={s.application.checkNoteHint}
        optional
      />
    </ReviewSaveForm>
  );
}
