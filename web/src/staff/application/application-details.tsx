import { SummaryList, type SummaryRow } from '../../components/summary-list.tsx';
import { formatDay } from '../../format/dates.ts';
import { texts } from '../../i18n/texts.ts';
import type { StaffApplicationResponse } from '../api/types.ts';
import { municipalityName, useRound } from '../api/use-round.ts';
import { ReviewSection } from '../components/review-section.tsx';
import { readableTime } from '../format/readable-time.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { documentCheckLine } from './decided-by.tsx';

/**
 * Who the person is and what they declared that decides eligibility (municipality, disability group, mental
 * disorder), each marked as declared in the application: only the document check, with who made it and when,
 * reads as checked. The details and the document check step show these rows.
 */
export function useDeclaredRows(view: StaffApplicationResponse): SummaryRow[] {
  const { s, t, language } = useStaffTexts();
  const { application } = view;
  const { round } = useRound(application.roundId);
  const { person } = application;
  return [
    { label: t.check.name, value: `${person.firstName} ${person.lastName}` },
    { label: t.check.personalCode, value: application.personalCode.value },
    { label: t.check.dateOfBirth, value: formatDay(person.dateOfBirth) },
    {
      label: t.check.municipality,
      value: s.application.declared(municipalityName(round, person.municipalityCode, language)),
    },
    { label: t.check.disabilityGroup, value: s.application.declared(t.disabilityGroup.option(person.disabilityGroup)) },
    {
      label: t.check.mentalDisorder,
      value: s.application.declared(person.mentalDisorderConfirmed ? t.common.yes : t.common.no),
    },
  ];
}

/**
 * Everything the person (or their representative) said, whether staff checked it against the documents (who and
 * when), and how and when the application arrived.
 */
export function ApplicationDetails({ view }: { view: StaffApplicationResponse }) {
  const { s, t, language } = useStaffTexts();
  const { application } = view;
  const { contact, representative, paper } = application;
  const at = (instant: string) => readableTime(s, instant);
  const orNotGiven = (value: string | undefined) => value || s.common.notGiven;
  const declared = useDeclaredRows(view);
  const check = application.review?.documentCheck;

  const rows: SummaryRow[] = [
    { label: s.application.round, value: view.round.name[language] },
    ...declared,
    {
      label: s.application.checkedAgainstDocuments,
      value: check ? documentCheckLine(s, check) : s.application.notChecked,
    },
    { label: s.application.channel, value: s.common.channels[application.channel] },
    { label: s.application.received, value: application.receivedAt ? at(application.receivedAt) : s.common.notGiven },
    ...(paper
      ? [
          { label: s.application.receivedBy, value: paper.receivedBy },
          {
            label: s.application.registeredBy,
            value: `${paper.registeredBy.displayName}, ${at(paper.registeredAt)}`,
          },
        ]
      : []),
    { label: t.check.email, value: orNotGiven(contact.email) },
    { label: t.check.phone, value: orNotGiven(contact.phone) },
    ...(contact.address ? [{ label: texts[language].contact.address, value: contact.address }] : []),
    { label: t.check.language, value: t.contact.languages[contact.language] },
    { label: t.check.consent, value: at(application.consentGivenAt) },
  ];
  const representativeRows: SummaryRow[] = representative
    ? [
        { label: t.check.name, value: `${representative.firstName} ${representative.lastName}` },
        { label: t.check.capacity, value: t.check.capacities[representative.capacity] },
        { label: t.check.email, value: representative.email },
        { label: t.check.phone, value: orNotGiven(representative.phone) },
      ]
    : [];

  return (
    <ReviewSection id="details" title={s.application.detailsTitle}>
      <SummaryList rows={rows} />
      {representative && (
        <>
          <h3>{t.check.representativeTitle}</h3>
          <SummaryList rows={representativeRows} />
        </>
      )}
    </ReviewSection>
  );
}
