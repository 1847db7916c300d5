import { useApp } from '../app-context.ts';
import { type Choice, ChoicePage } from './choice-page.tsx';

const MENTAL_DISORDER: Choice = {
  step: 'mental-disorder',
  answer: 'mentalDisorder',
  path: 'person.mentalDisorderConfirmed',
};

export function MentalDisorderPage() {
  const { t } = useApp();
  const options = [
    { value: 'yes', label: t.common.yes },
    { value: 'no', label: t.common.no },
  ];
  return (
    <ChoicePage
      choice={MENTAL_DISORDER}
      title={t.mentalDisorder.title}
      hint={t.mentalDisorder.hint}
      options={options}
    />
  );
}
