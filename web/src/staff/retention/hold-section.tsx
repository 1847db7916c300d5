import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldError } from '../../api/types.ts';
import { RadioGroup } from '../../components/radio-group.tsx';
import type { HoldReason, RetentionResponse } from '../api/types.ts';
import { whoAndWhen } from '../application/decided-by.tsx';
import { ReviewSection } from '../components/review-section.tsx';
import { SaveForm } from '../components/save-form.tsx';
import { SavedLine } from '../components/saved-line.tsx';
import { TextArea } from '../components/text-area.tsx';
import type { FormFeedback } from '../components/use-form-feedback.ts';
import { useSave } from '../components/use-save.ts';
import { staffRequired } from '../i18n/field-errors.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { useSignedIn } from '../session/session-context.ts';

interface HoldSectionProps {
  view: RetentionResponse;
  feedback: FormFeedback;
  onChanged(view: RetentionResponse): void;
}

/**
 * The legal hold: while it stands nothing of the application is erased. Shows the hold with who placed it and why,
 * and lifts it; or places one, with an appeal as the reason or another reason written down. Either change replaces
 * the form, so focus moves to what the section now says, and the line under it says what was done.
 */
export function HoldSection({ view, feedback, onChanged }: HoldSectionProps) {
  const { s } = useStaffTexts();
  const w = s.retention;
  const [done, setDone] = useState<'placed' | 'lifted' | undefined>(undefined);
  const changed = (what: 'placed' | 'lifted') => (next: RetentionResponse) => {
    onChanged(next);
    setDone(what);
  };
  return (
    <ReviewSection id="hold" title={w.holdTitle}>
      <p>{w.holdIntro}</p>
      {view.hold ? (
        <LiftForm view={view} feedback={feedback} onChanged={changed('lifted')} focus={done === 'placed'} />
      ) : (
        <PlaceForm view={view} feedback={feedback} onChanged={changed('placed')} focus={done === 'lifted'} />
      )}
      <SavedLine text={done ? w[done] : ''} />
    </ReviewSection>
  );
}

/** What a form of the section starts with; focused when the other form was just used. */
function Lead({ text, focus, testId }: { text: string; focus: boolean; testId: string }) {
  const lead = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (focus) lead.current?.focus();
  }, [focus]);
  return (
    <p tabIndex={-1} ref={lead} data-testid={testId}>
      <strong>{text}</strong>
    </p>
  );
}

function LiftForm({ view, feedback, onChanged, focus }: HoldSectionProps & { focus: boolean }) {
  const { s } = useStaffTexts();
  const { api } = useSignedIn();
  const w = s.retention;
  const save = useSave(feedback, onChanged, { form: 'hold', fallbackPath: 'hold.lift' });
  const hold = view.hold;
  if (!hold) return null;
  return (
    <>
      <Lead text={w.held} focus={focus} testId="hold-current" />
      <p>{w.heldReason(w.reasons[hold.reason])}</p>
      {hold.note && <p class="pre-line">{w.heldNote(hold.note)}</p>}
      <p class="hint">{w.heldBy(whoAndWhen(s, hold))}</p>
      <p>{w.liftHint}</p>
      <SaveForm save={save} check={() => []} send={() => api.liftHold(view.reference)} submitLabel={w.lift}>
        {null}
      </SaveForm>
    </>
  );
}

function PlaceForm({ view, feedback, onChanged, focus }: HoldSectionProps & { focus: boolean }) {
  const { s } = useStaffTexts();
  const { api } = useSignedIn();
  const w = s.retention;
  const [reason, setReason] = useState<HoldReason | undefined>(undefined);
  const [note, setNote] = useState('');
  const save = useSave(feedback, onChanged, { form: 'hold', fallbackPath: 'hold.reason' });
  const check = () => {
    const own: FieldError[] = [];
    if (!reason) own.push(staffRequired('hold.reason', (words) => words.retention.requiredReason));
    if (reason === 'other' && !note.trim()) {
      own.push(staffRequired('hold.note', (words) => words.retention.requiredNote));
    }
    return own;
  };
  return (
    <>
      <Lead text={w.notHeld} focus={focus} testId="hold-current" />
      <SaveForm
        save={save}
        check={check}
        send={() =>
          api.placeHold(view.reference, { reason: reason ?? 'appeal', ...(note.trim() && { note: note.trim() }) })
        }
        submitLabel={w.place}
      >
        <RadioGroup
          {...feedback.bindChoice('hold.reason', reason, (value) => setReason(value as HoldReason))}
          legend={w.reason}
          options={[
            { value: 'appeal', label: w.reasons.appeal },
            { value: 'other', label: w.reasons.other },
          ]}
        />
        <TextArea {...feedback.bindText('hold.note', note, setNote)} label={w.note} hint={w.noteHint} />
      </SaveForm>
    </>
  );
}
