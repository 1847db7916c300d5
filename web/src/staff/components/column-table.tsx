import type { ComponentChildren } from 'preact';
import { readableTime } from '../format/readable-time.ts';
import type { StaffTexts } from '../i18n/texts.ts';
import { TableWrap } from './table-wrap.tsx';

/** One column of a table: its heading and what each row shows in it. */
export interface Column<Row> {
  title: ComponentChildren;
  cell(row: Row): ComponentChildren;
  /** Figures, aligned to the right in the heading and the cells alike. */
  numeric?: boolean;
  /** Kept on one line, as a date and time is. */
  nowrap?: boolean;
  /** The cell names its row (an application number), so it is the row's heading. */
  rowHeader?: boolean;
  /** What the column comes to over all rows, in the table's row of totals. */
  total?: ComponentChildren;
}

/** A cell's look: figures to the right, a date and time on one line. */
function cellClass<Row>(column: Column<Row>) {
  return column.numeric ? 'numeric' : column.nowrap ? 'nowrap' : undefined;
}

/** When a row's event happened, in Riga time as people read it, on one line. */
export function whenColumn<Row extends { at: string }>(s: StaffTexts, title: string): Column<Row> {
  return { title, nowrap: true, cell: (row) => readableTime(s, row.at) };
}

interface ColumnTableProps<Row> {
  columns: readonly Column<NoInfer<Row>>[];
  rows: readonly Row[];
  /** Tells rows apart; `index` where two rows can be alike (the same action twice in the same millisecond). */
  rowKey(row: Row, index: number): string;
  caption: ComponentChildren;
  captionId: string;
  /** `visually-hidden` where a heading above already names the table for sighted readers. */
  captionClass: string;
  tableClass?: string;
  testId?: string;
  /** Names a last row, of each column's `total`, in the first column's place; without it there is none. */
  totalsTitle?: ComponentChildren;
}

/** A table of rows, one column heading each, in the scrolling box that a wide table needs on a narrow screen. */
export function ColumnTable<Row>({
  columns,
  rows,
  rowKey,
  caption,
  captionId,
  captionClass,
  tableClass = 'table',
  testId,
  totalsTitle,
}: ColumnTableProps<Row>) {
  return (
    <TableWrap captionId={captionId}>
      <table class={tableClass} data-testid={testId}>
        <caption id={captionId} class={captionClass}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col" class={column.numeric ? 'numeric' : undefined}>
                {column.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={rowKey(row, rowIndex)}>
              {columns.map((column, index) =>
                column.rowHeader ? (
                  <th key={index} scope="row">
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={index} class={cellClass(column)}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        {totalsTitle !== undefined && (
          <tfoot>
            <tr>
              {columns.map((column, index) =>
                index === 0 ? (
                  <th key={index} scope="row">
                    {totalsTitle}
                  </th>
                ) : (
                  <td key={index} class={cellClass(column)}>
                    {column.total}
                  </td>
                ),
              )}
            </tr>
          </tfoot>
        )}
      </table>
    </TableWrap>
  );
}
