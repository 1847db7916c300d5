import { useState } from 'preact/hooks';
import { listHandlers, useFocusAfterChange } from './rule-lists.tsx';
import type { ListChanges, RowBox } from './rules-form.ts';

/**
 * The state of a form with lists of rows (a round's rules, a year of services): its values, a change of a few of
 * them, and each list as `RuleList` shows it: its path, rows and boxes, and what its rows and "Add" button do, the
 * keyboard focus following every row added or removed (into a new row's first box).
 */
export function useListForm<Form>(initial: () => Form) {
  const [form, setForm] = useState(initial);
  const focusAfter = useFocusAfterChange();
  return {
    form,
    setForm,
    set: (change: Partial<Form>) => setForm((current) => ({ ...current, ...change })),
    list: <Row, W>(path: string, rows: Row[], boxes: readonly RowBox<Row, W>[], changes: ListChanges<Form, Row>) => ({
      list: path,
      rows,
      boxes,
      handlers: listHandlers({ path, rowCount: rows.length, firstBox: boxes[0]?.name, changes, setForm, focusAfter }),
    }),
  };
}
