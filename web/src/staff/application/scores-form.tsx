import { useState } from 'preact/hooks';
import type { FieldError } from '../../api/types.ts';
import { TextField } from '../../components/text-field.tsx';
import { TextArea } from '../components/text-area.tsx';
import { staffFieldError, staffRequired } from '../i18n/field-errors.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { useSignedIn } from '../session/session-context.ts';
import type { ReviewFormProps } from './review-form-props.ts';
import { ReviewSaveForm } from './review-save-form.tsx';

const pointsPath = (criterionId: string) => `scores.points.${criterionId}`;

/**
 * One box per selection criterion of the round, named in the page's language with its maximum, and the
 * justification. The browser only checks that each box holds a whole number, so the request can carry it; the
 * range is the server's rule and comes back in its words.
 */
export function ScoresForm(props: ReviewFormProps) {
  const { view, feedback } = props;
  const { s, language } = useStaffTexts();
  const { api } = useSignedIn();
  const { criteria } = view.round;
  const current = view.application.review?.scores;
  const [points, setPoints] = useState<Record<string, string>>(() =>
    Object.fromEntries(criteria.map((criterion) => [criterion.id, String(current?.points[criterion.id] ?? '')])),
  );
  const [justification, setJustification] = useState(current?.justification ?? '');

  const [first] = criteria;
  if (!first) return <p>{s.application.noCriteria}</p>;

  const check = () => {
    const own: FieldError[] = [];
    for (const criterion of criteria) {
      const value = (points[criterion.id] ?? '').trim();
      const path = pointsPath(criterion.id);
      if (value === '') {
        own.push(staffRequired(path, (w, l) => w.application.requiredPoints(criterion.name[l])));
      } else if (!/^\d{1,4}$/.test(value)) {
        own.push(
          staffFieldError(path, 'SCORE_OUT_OF_RANGE', (w, l) =>
            w.application.wholeNumber(criterion.name[l], criterion.maxPoints),
          ),
        );
      }
    }
    if (!justification.trim()) {
      own.push(staffRequired('scores.justification', (w) => w.application.requiredJustification));
    }
    return own;
  };

  return (
    <ReviewSaveForm
      {...props}
      decided={current}
      describe={(scores) => (
        <p data-testid="scores-current">
          <strong>{s.application.total(scores.total)}</strong>
        </p>
      )}
      saveAs={{ form: 'scores', fallbackPath: pointsPath(first.id) }}
      check={check}
      send={() =>
        api.recordScores(view.application.reference, {
          points: Object.fromEntries(criteria.map((criterion) => [criterion.id, Number(points[criterion.id])])),
          justification: justification.trim(),
        })
      }
      savedText={s.application.savedScores}
    >
      {criteria.map((criterion) => (
        <TextField
          {...feedback.bindText(pointsPath(criterion.id), points[criterion.id] ?? '', (value) =>
            setPoints((previous) => ({ ...previous, [criterion.id]: value })),
          )}
          key={criterion.id}
          label={s.application.criterionLabel(criterion.name[language], criterion.maxPoints)}
          inputMode="numeric"
          size="short"
        />
      ))}
      <TextArea
        {...feedback.bindText('scores.justification', justification, setJustification)}
        label={s.application.justification}
        hint={s.application.justificationHint}
      />
    </ReviewSaveForm>
  );
}
