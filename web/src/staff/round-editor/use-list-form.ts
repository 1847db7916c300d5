import { useState } from 'preact/hooks';
import { listHandlers, useFocusAfterChange } from './rule-lists.tsx';
import type { BoxOf, ListChanges } from './rules-form.ts';

/**
 * The state of a form with lists of rows (a round's rules, a year of services): its values, a change of a few of
 * them, and what each list's rows and "Add" button do, the keyboard focus following every row added or removed.
 */
export function useListForm<Form>(initial: () => Form) {
  const [form, setForm] = useState(initial);
  const focusAfter = useFocusAfterChange();
  return {
    form,
    setForm,
    set: (change: Partial<Form>) => setForm((current) => ({ ...current, ...change })),
    list: <Row>(path: string, rowCount: number, firstBox: BoxOf<Row>, changes: ListChanges<Form, Row>) =>
      listHandlers({ path, rowCount, firstBox, changes, setForm, focusAfter }),
  };
}
