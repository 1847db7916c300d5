import { useState } from 'preact/hooks';
import { StepForm } from '../../components/step-form.tsx';
import { rigaDateTime } from '../../format/dates.ts';
import { ReviewSection } from '../components/review-section.tsx';
import { SavedLine } from '../components/saved-line.tsx';
import { TextArea } from '../components/text-area.tsx';
import { useSave } from '../components/use-save.ts';
import { staffMessage, useStaffTexts } from '../i18n/texts.ts';
import { useSignedIn } from '../session/session-context.ts';
import type { ReviewFormProps } from './review-form-props.ts';

/** The notes so far, oldest first, and a box for a new one. Notes are added, never changed. */
export function NotesSection({ view, feedback, onSaved }: ReviewFormProps) {
  const { s } = useStaffTexts();
  const { api } = useSignedIn();
  const notes = view.application.review?.notes ?? [];
  const [text, setText] = useState('');
  const save = useSave(feedback, onSaved, { form: 'note', fallbackPath: 'note.text' });

  const submit = async (event: Event) => {
    event.preventDefault();
    const own = text.trim()
      ? []
      : [{ path: 'note.text', code: 'FIELD_REQUIRED', message: staffMessage((w) => w.application.requiredNote) }];
    if (await save.run(own, () => api.addNote(view.application.reference, { text: text.trim() }))) setText('');
  };

  return (
    <ReviewSection id="notes" title={s.application.notesTitle}>
      {notes.length === 0 ? (
        <p>{s.application.noNotes}</p>
      ) : (
        <ol class="notes" data-testid="notes">
          {notes.map((note) => {
            const when = rigaDateTime(note.at);
            return (
              <li class="note" key={`${note.at}-${note.by.subject}`}>
                <p class="pre-line">{note.text}</p>
                <p class="hint">{s.common.by(note.by.displayName, when.date, when.time)}</p>
              </li>
            );
          })}
        </ol>
      )}
      <StepForm
        onSubmit={(event) => void submit(event)}
        busy={save.busy}
        submitLabel={s.application.addNote}
        busyLabel={s.common.saving}
      >
        <TextArea
          path="note.text"
          label={s.application.newNote}
          value={text}
          onInput={setText}
          error={feedback.errorOf('note.text')}
        />
      </StepForm>
      <SavedLine text={save.saved ? s.application.savedNote : ''} />
    </ReviewSection>
  );
}
