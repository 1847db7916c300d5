import { formatEuro } from '../../../../shared/domain/money.ts';
import type { Round } from '../../api/types.ts';
import { SummaryList } from '../../components/summary-list.tsx';
import { navigate } from '../../flow/router.ts';
import { municipalityName } from '../api/use-round.ts';
import { ColumnTable } from '../components/column-table.tsx';
import { MunicipalityPicker } from '../components/municipality-picker.tsx';
import { PairBarChart } from '../components/pair-bar-chart.tsx';
import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import type { AreaFigures, ServiceYearFiguresResponse } from './year-types.ts';

/** `2019-09` → `09.2019`: a month as dates are written in Latvia, in both languages. */
function formatMonth(month: string): string {
  const [year, number] = month.split('-');
  return `${number}.${year}`;
}

/** Something with money committed and spent: a municipality, a month, a kind of service. */
interface MoneyRow {
  key: string;
  name: string;
  committedCents: number;
  spentCents: number;
}

/**
 * The budget of a year of services: the figures of all municipalities together, each municipality's, and, for
 * the area chosen (all, or one municipality), the months and the kinds of service. Every chart is followed by a
 * table of the same figures, its accessible equivalent.
 */
export function FiguresView(props: { round: Round; figures: ServiceYearFiguresResponse; area: string | undefined }) {
  const { s, language } = useStaffTexts();
  const { round, figures } = props;
  const w = s.serviceYear;
  const euro = (cents: number) => formatEuro(cents, language);
  const area = figures.municipalities.find((municipality) => municipality.code === props.area);
  const chosen: AreaFigures = area ?? figures.overall;
  const areaName = area ? municipalityName(round, area.code, language) : w.allMunicipalities;
  const serviceName = (id: string) => figures.services.find((service) => service.id === id)?.name?.[language] ?? id;

  return (
    <>
      <h2>{w.overallTitle}</h2>
      <SummaryList
        rows={[
          { label: w.participants, value: String(figures.overall.participants) },
          { label: w.plans, value: String(figures.overall.plans) },
          { label: w.plansAgreed, value: String(figures.overall.plansAgreed) },
          { label: w.committed, value: euro(figures.overall.committedCents) },
          { label: w.spent, value: euro(figures.overall.spentCents) },
        ]}
      />
      <p class="hint">{w.participantsHint}</p>

      <h2>{w.municipalitiesTitle}</h2>
      <MoneyChart
        testId="chart-municipalities"
        title={w.chartMunicipalities}
        rows={figures.municipalities.map((municipality) => ({
          key: municipality.code,
          name: municipalityName(round, municipality.code, language),
          ...municipality,
        }))}
      />
      <ColumnTable
        testId="figures-municipalities"
        columns={[
          { title: s.selection.municipality, rowHeader: true, cell: (row) => row.name },
          { title: w.participants, numeric: true, cell: (row) => row.participants },
          { title: w.plans, numeric: true, cell: (row) => row.plans },
          { title: w.plansAgreed, numeric: true, cell: (row) => row.plansAgreed },
          { title: w.committed, numeric: true, cell: (row) => euro(row.committedCents) },
          { title: w.spent, numeric: true, cell: (row) => euro(row.spentCents) },
        ]}
        rows={[
          ...figures.municipalities.map((row) => ({ ...row, name: municipalityName(round, row.code, language) })),
          { ...figures.overall, code: '', name: w.allMunicipalities },
        ]}
        rowKey={(row) => row.code || 'all'}
        caption={w.municipalitiesCaption}
        captionId="figures-municipalities-caption"
        captionClass="visually-hidden"
      />

      <MunicipalityPicker
        round={round}
        chosen={area?.code}
        all={{ label: w.areaLabel, option: w.allMunicipalities }}
        onChoose={(code) => navigate(staffPaths.serviceYearDashboard(round.id, code || undefined))}
        onMissing={() => {}}
      />

      <h2>{w.byMonthTitle(areaName)}</h2>
      {figures.months.length === 0 ? (
        <p>{w.noMonths}</p>
      ) : (
        <MoneyTable
          testId="figures-months"
          chartTitle={w.chartMonths(areaName)}
          caption={w.byMonthCaption(areaName)}
          heading={w.month}
          rows={chosen.byMonth.map((month) => ({ key: month.month, name: formatMonth(month.month), ...month }))}
        />
      )}

      <h2>{w.byServiceTitle(areaName)}</h2>
      <MoneyTable
        testId="figures-services"
        chartTitle={w.chartServices(areaName)}
        caption={w.byServiceCaption(areaName)}
        heading={w.service}
        rows={chosen.byService.map((service) => ({
          key: service.serviceId,
          name: serviceName(service.serviceId),
          ...service,
        }))}
      />
    </>
  );
}

/** Spent as the filled bar, committed as its outline: how much of what the plans give is used. */
function MoneyChart({ testId, title, rows }: { testId: string; title: string; rows: MoneyRow[] }) {
  const { s, language } = useStaffTexts();
  const w = s.serviceYear;
  const euro = (cents: number) => formatEuro(cents, language);
  return (
    <PairBarChart
      testId={testId}
      title={title}
      note={w.chartNote}
      legend={{ filled: w.spent, outlined: w.committed }}
      rows={rows.map((row) => ({
        key: row.key,
        name: row.name,
        filled: row.spentCents,
        outlined: row.committedCents,
        text: w.chartText(row.name, euro(row.spentCents), euro(row.committedCents)),
        numbers: w.chartNumbers(euro(row.spentCents), euro(row.committedCents)),
      }))}
    />
  );
}

/** A chart of money by month or kind of service, and the table of the same figures. */
function MoneyTable(props: { testId: string; chartTitle: string; caption: string; heading: string; rows: MoneyRow[] }) {
  const { s, language } = useStaffTexts();
  const w = s.serviceYear;
  return (
    <>
      <MoneyChart testId={`${props.testId}-chart`} title={props.chartTitle} rows={props.rows} />
      <ColumnTable
        testId={props.testId}
        columns={[
          { title: props.heading, rowHeader: true, cell: (row) => row.name },
          { title: w.committed, numeric: true, cell: (row) => formatEuro(row.committedCents, language) },
          { title: w.spent, numeric: true, cell: (row) => formatEuro(row.spentCents, language) },
        ]}
        rows={props.rows}
        rowKey={(row) => row.key}
        caption={props.caption}
        captionId={`${props.testId}-caption`}
        captionClass="visually-hidden"
      />
    </>
  );
}
