import { useState } from 'preact/hooks';
import type { FieldError } from '../../api/types.ts';
import { StepForm } from '../../components/step-form.tsx';
import { TextField } from '../../components/text-field.tsx';
import { ReviewSection } from '../components/review-section.tsx';
import { SavedLine } from '../components/saved-line.tsx';
import { TextArea } from '../components/text-area.tsx';
import { useSave } from '../components/use-save.ts';
import { staffMessage, useStaffTexts } from '../i18n/texts.ts';
import { useSignedIn } from '../session/session-context.ts';
import { DecidedBy } from './decided-by.tsx';
import type { ReviewFormProps } from './review-form-props.ts';

const pointsPath = (criterionId: string) => `scores.points.${criterionId}`;

/**
 * One box per selection criterion of the round, named in the page's language with its maximum, and the
 * justification. The browser only checks that each box holds a whole number, so the request can carry it; the
 * range is the server's rule and comes back in its words.
 */
export function ScoresForm({ view, feedback, onSaved }: ReviewFormProps) {
  const { s, language } = useStaffTexts();
  const { api } = useSignedIn();
  const { criteria } = view.round;
  const current = view.application.review?.scores;
  const [points, setPoints] = useState<Record<string, string>>(() =>
    Object.fromEntries(criteria.map((criterion) => [criterion.id, String(current?.points[criterion.id] ?? '')])),
  );
  const [justification, setJustification] = useState(current?.justification ?? '');
  const firstPath = criteria[0] ? pointsPath(criteria[0].id) : 'scores.justification';
  const save = useSave(feedback, onSaved, { form: 'scores', fallbackPath: firstPath });

  if (criteria.length === 0) {
    return (
      <ReviewSection id="scores" title={s.application.scoresTitle}>
        <p>{s.application.noCriteria}</p>
      </ReviewSection>
    );
  }

  const submit = (event: Event) => {
    event.preventDefault();
    const own: FieldError[] = [];
    for (const criterion of criteria) {
      const value = (points[criterion.id] ?? '').trim();
      const path = pointsPath(criterion.id);
      if (value === '') {
        own.push({
          path,
          code: 'FIELD_REQUIRED',
          message: staffMessage((w, l) => w.application.requiredPoints(criterion.name[l])),
        });
      } else if (!/^\d{1,4}$/.test(value)) {
        own.push({
          path,
          code: 'SCORE_OUT_OF_RANGE',
          message: staffMessage((w, l) => w.application.wholeNumber(criterion.name[l], criterion.maxPoints)),
        });
      }
    }
    if (!justification.trim()) {
      own.push({
        path: 'scores.justification',
        code: 'FIELD_REQUIRED',
        message: staffMessage((w) => w.application.requiredJustification),
      });
    }
    void save.run(own, () =>
      api.recordScores(view.application.reference, {
        points: Object.fromEntries(criteria.map((criterion) => [criterion.id, Number(points[criterion.id])])),
        justification: justification.trim(),
      }),
    );
  };

  return (
    <ReviewSection id="scores" title={s.application.scoresTitle}>
      {current ? (
        <>
          <p data-testid="scores-current">
            <strong>{s.application.total(current.total)}</strong>
          </p>
          <DecidedBy by={current.by} at={current.at} />
        </>
      ) : (
        <p>{s.application.notYet}</p>
      )}
      <StepForm onSubmit={submit} busy={save.busy} submitLabel={s.common.save} busyLabel={s.common.saving}>
        {criteria.map((criterion) => (
          <TextField
            key={criterion.id}
            path={pointsPath(criterion.id)}
            label={s.application.criterionLabel(criterion.name[language], criterion.maxPoints)}
            value={points[criterion.id] ?? ''}
            onInput={(value) => setPoints((previous) => ({ ...previous, [criterion.id]: value }))}
            inputMode="numeric"
            size="short"
            error={feedback.errorOf(pointsPath(criterion.id))}
          />
        ))}
        <TextArea
          path="scores.justification"
          label={s.application.justification}
          hint={s.application.justificationHint}
          value={justification}
          onInput={setJustification}
          error={feedback.errorOf('scores.justification')}
        />
      </StepForm>
      <SavedLine text={save.saved ? s.application.savedScores : ''} />
    </ReviewSection>
  );
}
