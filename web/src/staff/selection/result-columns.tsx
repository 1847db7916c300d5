import type { ComponentChildren } from 'preact';
import type { Column } from '../components/column-table.tsx';
import { readableTime } from '../format/readable-time.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';

/**
 * The columns a selection result and its protocol share: the application number, which leads to the application
 * and names the row, its points and when it was received.
 */
export function useResultColumns() {
  const { s } = useStaffTexts();
  const when = (instant: string) => readableTime(s, instant);
  const link = (reference: string) => <a href={staffPaths.application(reference)}>{reference}</a>;
  const reference: Column<{ reference: string }> = {
    title: s.selection.reference,
    rowHeader: true,
    cell: (row) => link(row.reference),
  };
  const received: Column<{ receivedAt: string }> = {
    title: s.selection.received,
    nowrap: true,
    cell: (row) => when(row.receivedAt),
  };
  const points = <Row,>(cell: (row: Row) => ComponentChildren): Column<Row> => ({
    title: s.selection.points,
    numeric: true,
    cell,
  });
  return { when, link, reference, received, points };
}
