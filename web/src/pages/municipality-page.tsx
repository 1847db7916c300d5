import { useApp } from '../app-context.ts';
import { type Choice, ChoicePage } from './choice-page.tsx';

const MUNICIPALITY: Choice = { step: 'municipality', answer: 'municipalityCode', path: 'person.municipalityCode' };

export function MunicipalityPage() {
  const { t, language, round } = useApp();
  const options = [
    ...round.municipalities.map((municipality) => ({ value: municipality.code, label: municipality.name[language] })),
    { value: 'other', label: t.municipality.other },
  ];
  const hint = `${t.start.personMeaning} ${t.municipality.hint}`;
  return <ChoicePage choice={MUNICIPALITY} title={t.municipality.title} hint={hint} options={options} />;
}
