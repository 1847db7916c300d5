import { useState } from 'preact/hooks';
import { rigaDateTime } from '../../format/dates.ts';
import { ReviewSection } from '../components/review-section.tsx';
import { SaveForm } from '../components/save-form.tsx';
import { TextArea } from '../components/text-area.tsx';
import { useSave } from '../components/use-save.ts';
import { staffRequired } from '../i18n/field-errors.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { useSignedIn } from '../session/session-context.ts';
import type { ReviewFormProps } from './review-form-props.ts';

/** The notes so far, oldest first, and a box for a new one. Notes are added, never changed. */
export function NotesSection({ view, feedback, onSaved }: ReviewFormProps) {
  const { s } = useStaffTexts();
  const { api } = useSignedIn();
  const notes = view.application.review?.notes ?? [];
  const [text, setText] = useState('');
  // Once added, the note shows in the list above and the box is empty for the next one.
  const added: typeof onSaved = (next) => {
    onSaved(next);
    setText('');
  };
  const save = useSave(feedback, added, { form: 'note', fallbackPath: 'note.text' });

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
      <SaveForm
        save={save}
        check={() => (text.trim() ? [] : [staffRequired('note.text', (w) => w.application.requiredNote)])}
        send={() => api.addNote(view.application.reference, { text: text.trim() })}
        submitLabel={s.application.addNote}
        savedText={s.application.savedNote}
      >
        <TextArea {...feedback.bindText('note.text', text, setText)} label={s.application.newNote} />
      </SaveForm>
    </ReviewSection>
  );
}
