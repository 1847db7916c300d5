import { useState } from 'preact/hooks';
import { navigate } from '../../flow/router.ts';
import type { QueueSort } from '../api/types.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { InlineForm } from './inline-form.tsx';
import { SelectField } from './select-field.tsx';

/**
 * The choice of order for the queue and the search results. The order is no secret, so the address keeps it and
 * a sorted list can be bookmarked; the select changes nothing until the button is pressed.
 */
export function QueueSortForm({ sort, href }: { sort: QueueSort; href(sort: QueueSort): string }) {
  const { s } = useStaffTexts();
  const [value, setValue] = useState<string>(sort);
  return (
    <InlineForm secondary buttonLabel={s.queue.sortButton} onSend={() => navigate(href(value as QueueSort))}>
      <SelectField
        path="sort"
        label={s.queue.sortLabel}
        value={value}
        onChange={setValue}
        options={(Object.keys(s.queue.sorts) as QueueSort[]).map((option) => ({
          value: option,
          label: s.queue.sorts[option],
        }))}
      />
    </InlineForm>
  );
}
