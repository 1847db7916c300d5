import { SummaryList, type SummaryRow } from '../../components/summary-list.tsx';
import { formatDay, rigaDateTime } from '../../format/dates.ts';
import { texts } from '../../i18n/texts.ts';
import type { StaffApplicationResponse } from '../api/types.ts';
import { municipalityName, useRound } from '../api/use-round.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { DeliveryProblems } from './delivery-problems.tsx';

/**
 * Everything the person (or their representative) said, and how and when the application arrived; before it, any
 * e-mail that did not reach them.
 */
export function ApplicationDetails({ view }: { view: StaffApplicationResponse }) {
  const { s, t, language } = useStaffTexts();
  const { application } = view;
  const { round } = useRound(application.roundId);
  const { person, contact, representative, paper } = application;
  const at = (instant: string) => {
    const when = rigaDateTime(instant);
    return s.common.dateTime(when.date, when.time);
  };
  const orNotGiven = (value: string | undefined) => value || s.common.notGiven;

  const rows: SummaryRow[] = [
    { label: s.application.round, value: view.round.name[language] },
    { label: t.check.name, value: `${person.firstName} ${person.lastName}` },
    { label: t.check.personalCode, value: application.personalCode.value },
    { label: t.check.dateOfBirth, value: formatDay(person.dateOfBirth) },
    { label: t.check.municipality, value: municipalityName(round, person.municipalityCode, language) },
    { label: t.check.disabilityGroup, value: t.disabilityGroup.option(person.disabilityGroup) },
    {
      label: t.check.mentalDisorder,
      value: person.mentalDisorderConfirmed
        ? s.application.mentalDisorderConfirmed
        : s.application.mentalDisorderNotConfirmed,
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
    <>
      <DeliveryProblems problems={application.deliveryProblems} />
      <section aria-labelledby="details-title">
        <h2 id="details-title">{s.application.detailsTitle}</h2>
        <SummaryList rows={rows} />
        {representative && (
          <>
            <h3>{t.check.representativeTitle}</h3>
            <SummaryList rows={representativeRows} />
          </>
        )}
      </section>
    </>
  );
}
