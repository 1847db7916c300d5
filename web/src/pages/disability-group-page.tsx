import { useApp } from '../app-context.ts';
import { type Choice, ChoicePage } from './choice-page.tsx';

const GROUP: Choice = { step: 'disability-group', answer: 'disabilityGroup', path: 'person.disabilityGroup' };

export function DisabilityGroupPage() {
  const { t } = useApp();
  // All adult groups are offered, not only the eligible ones: people answer what is true, and the next page
  // explains kindly when the group cannot apply.
  const options = [
    ...[1, 2, 3].map((group) => ({ value: String(group), label: t.disabilityGroup.option(group) })),
    { value: 'unknown', label: t.disabilityGroup.unknown },
  ];
  return <ChoicePage choice={GROUP} title={t.disabilityGroup.title} hint={t.disabilityGroup.hint} options={options} />;
}
