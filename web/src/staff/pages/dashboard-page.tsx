import type { Round } from '../../api/types.ts';
import { useData } from '../../api/use-data.ts';
import { Page } from '../../components/page.tsx';
import { rigaDateTime } from '../../format/dates.ts';
import type { DashboardResponse, ReviewState } from '../api/types.ts';
import { municipalityName, useRound } from '../api/use-round.ts';
import { LoadError, Loading } from '../components/load-state.tsx';
import { RoundHeading } from '../components/round-heading.tsx';
import { TableWrap } from '../components/table-wrap.tsx';
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
  const sum = (pick: (row: DashboardResponse['municipalities'][number]) => number) =>
    data.municipalities.reduce((total, row) => total + pick(row), 0);
  const numbers = (pick: (row: DashboardResponse['municipalities'][number]) => number | undefined) =>
    data.municipalities.map((row) => pick(row));
  const columns: { label: string; values: (number | undefined)[]; total: number }[] = [
    { label: s.selection.places, values: numbers((row) => row.cap), total: sum((row) => row.cap) },
    { label: s.dashboard.total, values: numbers((row) => row.total), total: sum((row) => row.total) },
    ...states.map((state) => ({
      label: s.common.states[state],
      values: numbers((row) => row.counts[state] ?? 0),
      total: sum((row) => row.counts[state] ?? 0),
    })),
    ...(withSelection
      ? [
          {
            label: s.selection.selected,
            values: numbers((row) => row.selection?.selected),
            total: sum((row) => row.selection?.selected ?? 0),
          },
          {
            label: s.selection.waitlisted,
            values: numbers((row) => row.selection?.waitlisted),
            total: sum((row) => row.selection?.waitlisted ?? 0),
          },
          {
            label: s.selection.excluded,
            values: numbers((row) => row.selection?.excluded),
            total: sum((row) => row.selection?.excluded ?? 0),
          },
        ]
      : []),
  ];
  return (
    <TableWrap captionId="dashboard-caption">
      <table class="table" data-testid="dashboard-table">
        <caption id="dashboard-caption" class="table-caption">
          {s.dashboard.tableCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{s.selection.municipality}</th>
            {columns.map((column) => (
              <th scope="col" class="numeric" key={column.label}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.municipalities.map((row, index) => (
            <tr key={row.code}>
              <th scope="row">
                <a href={staffPaths.queue(round.id, { municipality: row.code })}>{nameOf(row.code)}</a>
              </th>
              {columns.map((column) => (
                <td class="numeric" key={column.label}>
                  {column.values[index] ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{s.dashboard.allMunicipalities}</th>
            {columns.map((column) => (
              <td class="numeric" key={column.label}>
                {column.total}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </TableWrap>
  );
}
