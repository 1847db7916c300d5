import type { QueueResponse, ReviewState } from '../api/types.ts';
import { useStaffTexts } from '../i18n/texts.ts';

interface StateFilterProps {
  counts: QueueResponse['counts'];
  total: number;
  chosen: ReviewState | undefined;
  href(state: ReviewState | undefined): string;
}

/**
 * The filter as plain links with their counts: one press opens the filtered list, the address can be kept, and
 * the chosen one is marked for screen readers as the current page.
 */
export function StateFilter({ counts, total, chosen, href }: StateFilterProps) {
  const { s } = useStaffTexts();
  const states = Object.keys(s.common.states) as ReviewState[];
  const options: { state: ReviewState | undefined; label: string; count: number }[] = [
    { state: undefined, label: s.queue.all, count: total },
    ...states.map((state) => ({ state, label: s.common.states[state], count: counts[state] ?? 0 })),
  ];
  return (
    <nav class="state-filter" aria-labelledby="state-filter-title">
      <h2 id="state-filter-title" class="state-filter-title">
        {s.queue.filterLabel}
      </h2>
      <ul class="filter-list">
        {options.map((option) => (
          <li key={option.state ?? 'all'}>
            <a
              href={href(option.state)}
              class={option.state === chosen ? 'filter-link filter-current' : 'filter-link'}
              aria-current={option.state === chosen ? 'page' : undefined}
            >
              {s.queue.count(option.label, option.count)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
