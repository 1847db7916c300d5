import { formatEuro } from '../../../../shared/domain/money.ts';
import type { Round } from '../../api/types.ts';
import { SummaryList } from '../../components/summary-list.tsx';
import { rigaDateTime } from '../../format/dates.ts';
import { ColumnTable } from '../components/column-table.tsx';
import { useStaffTexts } from '../i18n/texts.ts';
import { NEED_LEVELS } from './year-form.ts';
import type { Provider, ServiceYear } from './year-types.ts';

/**
 * A round's year of services as it stands: who changed it last, the budget, the list of services with their
 * units and prices, and the providers of each municipality with their services, prices and contacts.
 */
export function YearView({ round, year }: { round: Round; year: ServiceYear }) {
  const { s, language } = useStaffTexts();
  const w = s.serviceYear;
  const changedAt = rigaDateTime(year.updatedAt);
  const levels = NEED_LEVELS.flatMap((level) => {
    const cents = year.budget.byNeedLevel?.[level];
    return cents === undefined ? [] : [{ label: w.needLevel[level], value: formatEuro(cents, language) }];
  });

  return (
    <>
      <p data-testid="year-changed">
        {w.changed(s.common.dateTime(changedAt.date, changedAt.time), year.updatedBy.displayName)}
      </p>
      <h2>{w.budgetTitle}</h2>
      <SummaryList
        rows={[
          { label: w.amount, value: formatEuro(year.budget.amountCents, language) },
          ...levels,
          { label: w.months, value: String(year.months) },
          { label: w.offerPlace, value: year.offerPlaceOnEarlyEnd ? w.yes : w.no },
        ]}
      />

      <h2>{w.catalogueTitle}</h2>
      <ColumnTable
        testId="catalogue-table"
        columns={[
          { title: w.nameLv, rowHeader: true, cell: (service) => service.name.lv },
          { title: w.nameEn, cell: (service) => service.name.en },
          { title: w.serviceId, cell: (service) => service.id },
          { title: w.unit, cell: (service) => w.units[service.unit] },
          { title: w.price, numeric: true, cell: (service) => formatEuro(service.unitPriceCents, language) },
        ]}
        rows={year.catalogue}
        rowKey={(service) => service.id}
        caption={w.catalogueCaption}
        captionId="catalogue-caption"
        captionClass="visually-hidden"
      />

      <h2>{w.providersTitle}</h2>
      {round.municipalities
        .filter((municipality) => year.providers.some((provider) => provider.municipalityCode === municipality.code))
        .map((municipality) => (
          <ProvidersOf
            key={municipality.code}
            name={municipality.name[language]}
            code={municipality.code}
            providers={year.providers.filter((provider) => provider.municipalityCode === municipality.code)}
            year={year}
          />
        ))}
      {year.providers.length === 0 && <p>{w.noProviders}</p>}
    </>
  );
}

function ProvidersOf(props: { name: string; code: string; providers: Provider[]; year: ServiceYear }) {
  const { s, language } = useStaffTexts();
  const w = s.serviceYear;
  const serviceOf = (id: string) => props.year.catalogue.find((service) => service.id === id);
  return (
    <>
      <h3>{props.name}</h3>
      <ColumnTable
        testId={`providers-${props.code}`}
        columns={[
          { title: w.provider, rowHeader: true, cell: (provider) => provider.name },
          { title: w.registrationNumber, cell: (provider) => provider.registrationNumber },
          {
            title: w.servicesAndPrices,
            cell: (provider) => (
              <ul class="plain-list">
                {provider.services.map((offer) => {
                  const service = serviceOf(offer.serviceId);
                  return (
                    <li key={offer.serviceId}>
                      {w.offer(
                        service?.name[language] ?? offer.serviceId,
                        formatEuro(offer.unitPriceCents, language),
                        service ? w.units[service.unit] : '',
                      )}
                    </li>
                  );
                })}
              </ul>
            ),
          },
          {
            title: w.contacts,
            cell: (provider) => (
              <ul class="plain-list">
                {[provider.phone, provider.email, provider.address].filter(Boolean).map((contact) => (
                  <li key={contact}>{contact}</li>
                ))}
              </ul>
            ),
          },
        ]}
        rows={props.providers}
        rowKey={(provider) => provider.id}
        caption={w.providersCaption(props.name)}
        captionId={`providers-${props.code}-caption`}
        captionClass="visually-hidden"
      />
    </>
  );
}
