import { useState } from 'preact/hooks';
import { SecondaryButton } from '../../components/secondary-button.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useFocusRequest } from '../../components/use-focus-request.ts';
import { fieldId } from '../../flow/steps.ts';
import type { FormFeedback } from '../components/use-form-feedback.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { type GoalDraft, nextId } from './version-draft.ts';

interface GoalsEditorProps {
  goals: GoalDraft[];
  onChange(goals: GoalDraft[]): void;
  feedback: FormFeedback;
}

/**
 * The participant's goals and needs in order of priority: each a line of its own words, moved up or down and
 * removed with buttons, and a button that adds one. After a move, focus stays on the button pressed (or the line's
 * text, at the top or bottom), and the new place is said aloud, so the order can be set from the keyboard alone.
 */
export function GoalsEditor({ goals, onChange, feedback }: GoalsEditorProps) {
  const { s } = useStaffTexts();
  const setFocus = useFocusRequest();
  const [moved, setMoved] = useState('');

  const move = (index: number, by: -1 | 1) => {
    const goal = goals[index] as GoalDraft;
    const next = [...goals];
    next.splice(index, 1);
    next.splice(index + by, 0, goal);
    onChange(next);
    const to = index + by;
    const stillThere = by === -1 ? to > 0 : to < goals.length - 1;
    setFocus(stillThere ? `goal-${goal.id}-${by === -1 ? 'up' : 'down'}` : fieldId(`plan.goals.${to}`));
    setMoved(s.plans.goalMoved(goal.text.trim() || s.plans.goal(index + 1), to + 1));
  };
  const remove = (index: number) => {
    onChange(goals.filter((_, at) => at !== index));
    setFocus(fieldId(`plan.goals.${Math.max(0, index - 1)}`));
  };
  const add = () => {
    onChange([...goals, { id: nextId(), text: '' }]);
    setFocus(fieldId(`plan.goals.${goals.length}`));
  };

  return (
    <fieldset class="fieldset plan-list">
      <legend class="legend">{s.plans.goalsTitle}</legend>
      <ol class="plan-goal-list">
        {goals.map((goal, index) => (
          <li key={goal.id} class="plan-goal">
            <TextField
              {...feedback.bindText(`plan.goals.${index}`, goal.text, (text) =>
                onChange(goals.map((other) => (other.id === goal.id ? { ...other, text } : other))),
              )}
              label={s.plans.goal(index + 1)}
              spellcheck
            />
            <div class="button-row plan-line-buttons">
              {index > 0 && (
                <button
                  type="button"
                  id={`goal-${goal.id}-up`}
                  class="button button-secondary button-small"
                  aria-label={s.plans.moveUp(index + 1)}
                  onClick={() => move(index, -1)}
                >
                  {s.plans.up}
                </button>
              )}
              {index < goals.length - 1 && (
                <button
                  type="button"
                  id={`goal-${goal.id}-down`}
                  class="button button-secondary button-small"
                  aria-label={s.plans.moveDown(index + 1)}
                  onClick={() => move(index, 1)}
                >
                  {s.plans.down}
                </button>
              )}
              {goals.length > 1 && (
                <button
                  type="button"
                  class="button button-secondary button-small"
                  aria-label={s.plans.removeGoal(index + 1)}
                  onClick={() => remove(index)}
                >
                  {s.plans.remove}
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
      <p class="visually-hidden" role="status">
        {moved}
      </p>
      {goals.length < 20 && <SecondaryButton onPress={add}>{s.plans.addGoal}</SecondaryButton>}
    </fieldset>
  );
}
