import { Fragment } from 'preact';
import type { ResultPage, ResultRow } from '../api/types.ts';
import { type Column, ColumnTable } from '../components/column-table.tsx';
import { useStaffTexts } from '../i18n/texts.ts';
import { useResultColumns } from './result-columns.tsx';

/**
 * A page of one municipality's result as it stands now: the selected by rank, the waiting list in order, those who
 * take no part and why (each as far as the page reaches), and, after publication, each withdrawal with whom it
 * passed the place to. Application numbers and points only; each number leads to its application.
 */
export function MunicipalityResultView({ page, name }: { page: ResultPage; name: string }) {
  const { s } = useStaffTexts();
  const { promotions } = page;
  const id = `result-${page.municipalityCode}`;
  // A list whose rows are all on other pages is said to be there, not to be empty.
  const none = (count: number, empty: string) => (count > 0 ? s.selection.onOtherPage : empty);
  const { when, link, reference, received, points } = useResultColumns();
  const scored = points((entry: { totalScore: number | null }) =>
    entry.totalScore === null ? s.selection.noPoints : String(entry.totalScore),
  );
  const table = <Row,>(
    kind: string,
    caption: string,
    columns: readonly Column<NoInfer<Row>>[],
    rows: readonly Row[],
    rowKey: (row: Row) => string,
  ) => (
    <ColumnTable
      captionId={`${id}-${kind}-caption`}
      captionClass="visually-hidden"
      caption={caption}
      testId={kind}
      columns={columns}
      rows={rows}
      rowKey={rowKey}
    />
  );
  const byReference = (entry: { reference: string }) => entry.reference;
  // The three lists of the result, each in its order; `total` counts its rows on all the pages.
  const decisionLists: {
    decision: ResultRow['decision'];
    kind: string;
    title: string;
    caption: string;
    empty: string;
    total: number;
    columns: readonly Column<ResultRow>[];
  }[] = [
    {
      decision: 'selected',
      kind: 'selected',
      title: s.selection.selectedTitle,
      caption: s.selection.selectedCaption,
      empty: s.selection.noneSelected,
      total: page.selected,
      columns: [{ title: s.selection.rank, numeric: true, cell: (row) => row.rank }, reference, scored, received],
    },
    {
      decision: 'waitlisted',
      kind: 'waitlisted',
      title: s.selection.waitlistTitle,
      caption: s.selection.waitlistCaption,
      empty: s.selection.noneWaiting,
      total: page.waitlisted,
      columns: [
        { title: s.selection.position, numeric: true, cell: (row) => row.position },
        reference,
        scored,
        received,
      ],
    },
    {
      decision: 'not-selected',
      kind: 'excluded',
      title: s.selection.excludedTitle,
      caption: s.selection.excludedCaption,
      empty: s.selection.noneExcluded,
      total: page.excluded,
      columns: [
        reference,
        { title: s.selection.reason, cell: (row) => (row.reason ? s.selection.reasons[row.reason] : '') },
        points((row: { totalScore: number | null }) => row.totalScore ?? s.queue.noScore),
        received,
      ],
    },
  ];

  return (
    <section class="review-section" aria-labelledby={`${id}-title`} data-testid="municipality-result">
      <h2 id={`${id}-title`}>{name}</h2>
      <p>{s.selection.placesLine(page.selected, page.cap)}</p>

      {decisionLists.map((list) => {
        const rows = page.rows.filter((row) => row.decision === list.decision);
        return (
          <Fragment key={list.kind}>
            <h3>{list.title}</h3>
            {rows.length === 0 ? (
              <p>{none(list.total, list.empty)}</p>
            ) : (
              table(list.kind, list.caption, list.columns, rows, byReference)
            )}
          </Fragment>
        );
      })}

      {promotions.length > 0 && (
        <>
          <h3>{s.selection.promotionsTitle}</h3>
          {table(
            'promotions',
            s.selection.promotionsCaption,
            [
              { title: s.selection.when, nowrap: true, cell: (promotion) => when(promotion.at) },
              { title: s.selection.withdrawn, cell: (promotion) => link(promotion.withdrawn) },
              {
                title: s.selection.promoted,
                cell: (promotion) => (promotion.promoted ? link(promotion.promoted) : s.selection.nobody),
              },
              { title: s.selection.recordedBy, cell: (promotion) => promotion.by },
            ],
            promotions,
            (promotion) => `${promotion.withdrawn}-${promotion.at}`,
          )}
        </>
      )}
    </section>
  );
}
