import { formatEuro } from '../../../../shared/domain/money.ts';
import type { Round } from '../../api/types.ts';
import { municipalityName } from '../api/use-round.ts';
import { ColumnTable } from '../components/column-table.tsx';
import { useStaffTexts } from '../i18n/texts.ts';
import type { EvaluationGroup, EvaluationResponse } from './year-types.ts';

type Figures = NonNullable<EvaluationGroup['figures']>;

/**
 * The evaluation report: per municipality and overall, how many took part, how their year ended and what it cost
 * a person (mean and median); then the services used. Counts and sums only; a group too small to show says so
 * in each of its cells.
 */
export function EvaluationView({ round, report }: { round: Round; report: EvaluationResponse }) {
  const { s, language } = useStaffTexts();
  const w = s.serviceYear;
  const euro = (cents: number) => formatEuro(cents, language);
  const shown = (pick: (figures: Figures) => string | number) => (group: EvaluationGroup) =>
    group.figures ? pick(group.figures) : w.withheld;
  const groups = [
    ...report.municipalities.map((group) => ({ ...group, name: municipalityName(round, group.code, language) })),
    { ...report.overall, code: '', name: w.allMunicipalities },
  ];
  const services = report.overall.figures?.services ?? [];
  const serviceOf = (id: string) => report.services.find((service) => service.id === id);

  return (
    <>
      <p>{w.evaluationIntro}</p>
      <p>{w.withheldNote(report.smallestGroup)}</p>
      <ColumnTable
        testId="evaluation-groups"
        columns={[
          { title: w.group, rowHeader: true, cell: (group) => group.name },
          { title: w.people, numeric: true, cell: (group) => group.people },
          { title: w.completed, numeric: true, cell: shown((figures) => figures.completion.completed) },
          { title: w.leftEarly, numeric: true, cell: shown((figures) => figures.completion.leftEarly) },
          { title: w.ongoing, numeric: true, cell: shown((figures) => figures.completion.ongoing) },
          { title: w.plannedMean, numeric: true, cell: shown((figures) => euro(figures.plannedPerPerson.meanCents)) },
          {
            title: w.plannedMedian,
            numeric: true,
            cell: shown((figures) => euro(figures.plannedPerPerson.medianCents)),
          },
          { title: w.spentMean, numeric: true, cell: shown((figures) => euro(figures.spentPerPerson.meanCents)) },
          { title: w.spentMedian, numeric: true, cell: shown((figures) => euro(figures.spentPerPerson.medianCents)) },
        ]}
        rows={groups}
        rowKey={(group) => group.code || 'all'}
        caption={w.evaluationCaption}
        captionId="evaluation-groups-caption"
        captionClass="table-caption"
      />

      <h3>{w.servicesUsedTitle}</h3>
      {report.overall.figures ? (
        <ColumnTable
          testId="evaluation-services"
          columns={[
            {
              title: w.service,
              rowHeader: true,
              cell: (service) => serviceOf(service.serviceId)?.name?.[language] ?? service.serviceId,
            },
            { title: w.usedBy, numeric: true, cell: (service) => service.people },
            {
              title: w.quantity,
              numeric: true,
              cell: (service) => {
                const unit = serviceOf(service.serviceId)?.unit;
                return unit ? w.quantityValue(service.units, w.units[unit]) : service.units;
              },
            },
            { title: w.spent, numeric: true, cell: (service) => euro(service.spentCents) },
          ]}
          rows={services}
          rowKey={(service) => service.serviceId}
          caption={w.servicesUsedCaption}
          captionId="evaluation-services-caption"
          captionClass="visually-hidden"
        />
      ) : (
        <p>{w.servicesUsedWithheld}</p>
      )}
    </>
  );
}
