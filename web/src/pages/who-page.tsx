import { useApp } from '../app-context.ts';
import { type Choice, ChoicePage } from './choice-page.tsx';

const WHO: Choice = { step: 'who', answer: 'applicant', path: 'applicant' };

export function WhoPage() {
  const { t } = useApp();
  const options = [
    { value: 'self', label: t.who.self },
    { value: 'other', label: t.who.other, hint: t.who.otherHint },
  ];
  return <ChoicePage choice={WHO} title={t.who.title} hint={t.who.whoIsTold} options={options} />;
}
