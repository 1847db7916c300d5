import type { Ref } from 'preact';
import { SecondaryButton } from '../../components/secondary-button.tsx';
import type { QueueSearchResponse, QueueSort } from '../api/types.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { QueueTable } from './queue-table.tsx';

interface SearchResultsProps {
  results: QueueSearchResponse;
  sort: QueueSort;
  /** The heading, which takes focus when new results arrive, so a screen reader reads how many were found. */
  headingRef: Ref<HTMLHeadingElement>;
  /** A later page is shown: the way back to the first. */
  paged: boolean;
  onPage(cursor: string | undefined): void;
  onClear(): void;
}

/** What a search found, or that it found nothing, with the way back to the whole queue. */
export function SearchResults({ results, sort, headingRef, paged, onPage, onClear }: SearchResultsProps) {
  const { s } = useStaffTexts();
  const clear = (
    <p>
      <SecondaryButton onPress={onClear}>{s.queue.clearSearch}</SecondaryButton>
    </p>
  );
  const heading = (text: string) => (
    <h2 id="search-results-title" tabIndex={-1} ref={headingRef}>
      {text}
    </h2>
  );
  if (results.found === 0) {
    return (
      <section aria-labelledby="search-results-title">
        {heading(s.queue.nothingFoundTitle)}
        <p>{s.queue.nothingFound}</p>
        {clear}
      </section>
    );
  }
  return (
    <section aria-labelledby="search-results-title">
      {heading(s.queue.resultsTitle(results.found))}
      <p>{s.queue.matchedBy[results.matchedBy]}</p>
      {clear}
      <QueueTable
        items={results.items}
        sort={sort}
        caption={s.queue.resultsCaption(s.queue.ordered[sort], results.items.length, results.found)}
      />
      {(results.nextCursor || paged) && (
        <p class="pagination">
          {paged && <SecondaryButton onPress={() => onPage(undefined)}>{s.common.firstPage}</SecondaryButton>}
          {results.nextCursor && (
            <SecondaryButton onPress={() => onPage(results.nextCursor)}>{s.common.nextPage}</SecondaryButton>
          )}
        </p>
      )}
    </section>
  );
}
