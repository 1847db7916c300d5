import { SummaryList, type SummaryRow } from '../../components/summary-list.tsx';
import { needsDateOfBirth } from '../../draft/request-parts.ts';
import { formatDay } from '../../format/dates.ts';
import { parseClockTime, parseDay } from '../format/dates.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import type { PaperAnswers } from './paper-draft.ts';

/** A date as typed (`1.8.2019`) shown the standard way (`01.08.2019`). */
const asDay = (typed: string) => {
  const day = parseDay(typed);
  return day ? formatDay(day) : typed;
};

/** The paper form's answers as registered, to check before submitting, dates and times written out in full. */
export function PaperSummary({ answers }: { answers: PaperAnswers }) {
  const { s, t } = useStaffTexts();
  const { office, person, contact, representative } = answers;
  const orNotGiven = (value: string) => value.trim() || s.common.notGiven;
  const officeRows: SummaryRow[] = [
    { label: s.paper.receivedOn, value: asDay(office.receivedOn) },
    { label: s.paper.receivedAtTime, value: parseClockTime(office.receivedAtTime) ?? office.receivedAtTime },
    { label: s.paper.receivedBy, value: office.receivedBy },
  ];
  const personRows: SummaryRow[] = [
    { label: t.check.name, value: `${person.firstName} ${person.lastName}` },
    { label: t.check.personalCode, value: person.personalCode },
    ...(needsDateOfBirth(person.personalCode)
      ? [{ label: t.check.dateOfBirth, value: asDay(person.dateOfBirth) }]
      : []),
    { label: t.check.disabilityGroup, value: t.disabilityGroup.option(Number(answers.disabilityGroup)) },
    { label: t.check.mentalDisorder, value: answers.mentalDisorder === 'yes' ? t.common.yes : t.common.no },
    { label: t.check.email, value: orNotGiven(contact.email) },
    { label: t.check.phone, value: orNotGiven(contact.phone) },
    { label: t.check.language, value: t.contact.languages[contact.language] },
  ];
  const representativeRows: SummaryRow[] = answers.hasRepresentative
    ? [
        { label: t.check.name, value: `${representative.firstName} ${representative.lastName}` },
        {
          label: t.check.capacity,
          value: representative.capacity ? t.check.capacities[representative.capacity] : '',
        },
        { label: t.check.email, value: representative.email },
        { label: t.check.phone, value: orNotGiven(representative.phone) },
      ]
    : [];
  return (
    <>
      <h2>{s.paper.officeTitle}</h2>
      <SummaryList rows={officeRows} />
      <h2>{s.paper.personTitle}</h2>
      <SummaryList rows={personRows} />
      {answers.hasRepresentative && (
        <>
          <h2>{s.paper.representativeTitle}</h2>
          <SummaryList rows={representativeRows} />
        </>
      )}
    </>
  );
}
