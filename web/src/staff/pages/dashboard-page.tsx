import type { Round } from '../../api/types.ts';
import { useData } from '../../api/use-data.ts';
import { Page } from '../../components/page.tsx';
import { rigaDateTime } from '../../format/dates.ts';
import type { DashboardResponse, ReviewState } from '../api/types.ts';
import { municipalityName, useRound } from '../api/use-round.ts';
import { type Column, ColumnTable } from '../components/column-table.tsx';
import { LoadError, Loading } from '../components/load-state.tsx';
import { RoundHeading } from '../components/round-heading.tsx';
import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { DashboardChart } from '../selection/dashboard-chart.tsx';
import { useSignedIn } from '../session/session-context.ts';

/**
 * Administrators: the round at a glance. Applications against places per municipality as a chart, and the same
 * numbers with every review state and the latest selection as a table.
 */
export function DashboardPage({ roundId }: { roundId: string }) {
  const { s, language } = useStaffTexts();
  const { api } = useSignedIn();
  const { round, error: roundError, retry: retryRound } = useRound(roundId);
  const { data, error, retry } = useData(`dashboard:${roundId}`, () => api.dashboard(roundId));
  if (roundError) return <LoadError error={roundError} retry={retryRound} />;
  if (error) return <LoadError error={error} retry={retry} />;
  if (!round || !data) return <Loading />;
  const nameOf = (code: string) => municipalityName(round, code, language);
  const latest = data.latestRun;
  const ranAt = latest ? rigaDateTime(latest.ranAt) : undefined;

  return (
    <Page title={s.dashboard.title}>
      <RoundHeading title={s.dashboard.title} round={round} nav="dashboard" />
      <p>{s.dashboard.intro}</p>
      <p data-testid="latest-run">
        {latest && ranAt
          ? s.dashboard.latestRun(s.common.dateTime(ranAt.date, ranAt.time), s.selection.statuses[latest.status])
          : s.dashboard.noRun}{' '}
        <a href={staffPaths.selection(round.id)}>{s.dashboard.selectionLink}</a>
      </p>
      <DashboardChart municipalities={data.municipalities} nameOf={nameOf} />
      <DashboardTable round={round} data={data} nameOf={nameOf} />
    </Page>
  );
}

function DashboardTable({
  round,
  data,
  nameOf,
}: {
  round: Round;
  data: DashboardResponse;
  nameOf(code: string): string;
}) {
  const { s } = useStaffTexts();
  const states = Object.keys(s.common.states) as ReviewState[];
  const withSelection = data.latestRun !== undefined;
  type Row = DashboardResponse['municipalities'][number];
  // A column of figures, one per municipality (blank where there is none), and their total.
  const figures = (title: string, pick: (row: Row) => number | undefined): Column<Row> => ({
    title,
    numeric: true,
    cell: (row) => pick(row) ?? '',
    total: data.municipalities.reduce((total, row) => total + (pick(row) ?? 0), 0),
  });
  return (
    <ColumnTable
      columns={[
        {
          title: s.selection.municipality,
          rowHeader: true,
          cell: (row) => <a href={staffPaths.queue(round.id, { municipality: row.code })}>{nameOf(row.code)}</a>,
        },
        figures(s.selection.places, (row) => row.cap),
        figures(s.dashboard.total, (row) => row.total),
        ...states.map((state) => figures(s.common.states[state], (row) => row.counts[state] ?? 0)),
        ...(withSelection
          ? [
              figures(s.selection.selected, (row) => row.selection?.selected),
              figures(s.selection.waitlisted, (row) => row.selection?.waitlisted),
              figures(s.selection.excluded, (row) => row.selection?.excluded),
            ]
          : []),
      ]}
      rows={data.municipalities}
      rowKey={(row) => row.code}
      caption={s.dashboard.tableCaption}
      captionId="dashboard-caption"
      captionClass="table-caption"
      testId="dashboard-table"
      totalsTitle={s.dashboard.allMunicipalities}
    />
  );
}
