import { type MutableRef, useEffect, useRef, useState } from 'preact/hooks';
import { belongsToForm } from '../../api/error-kinds.ts';
import type { Round } from '../../api/types.ts';
import { useData } from '../../api/use-data.ts';
import { focusField } from '../../components/focus.ts';
import { useLocation } from '../../flow/router.ts';
import { fieldId } from '../../flow/steps.ts';
import type { QueueSort, ReviewState } from '../api/types.ts';
import { type KeptSearch, useKeptSearch } from '../components/kept-search.ts';
import { InlineLoadError, Loading } from '../components/load-state.tsx';
import { type ChosenMunicipality, MunicipalityPage } from '../components/municipality-page.tsx';
import { QueueSearchForm } from '../components/queue-search-form.tsx';
import { QueueSortForm } from '../components/queue-sort-form.tsx';
import { QueueTable } from '../components/queue-table.tsx';
import { SearchResults } from '../components/search-results.tsx';
import { StateFilter } from '../components/state-filter.tsx';
import { type FormFeedback, showApiError, useFormFeedback } from '../components/use-form-feedback.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { useSignedIn } from '../session/session-context.ts';

/** What the address says besides the municipality: `?state=` (the filter), `?sort=`, `?cursor=` (the page). */
function queueQuery(search: string, states: readonly string[], sorts: readonly string[]) {
  const query = new URLSearchParams(search);
  const state = query.get('state') ?? undefined;
  const sort = query.get('sort') ?? undefined;
  return {
    state: state && states.includes(state) ? (state as ReviewState) : undefined,
    sort: sort && sorts.includes(sort) ? (sort as QueueSort) : ('selection' as const),
    cursor: query.get('cursor') ?? undefined,
  };
}
type QueueQuery = ReturnType<typeof queueQuery>;

/**
 * A municipality's applications in the round, in selection order or another, filtered by review state, page by
 * page; or the ones a search by reference, personal code or name found.
 */
export function QueuePage({ round }: { round: Round }) {
  const { s } = useStaffTexts();
  const location = useLocation();
  const feedback = useFormFeedback();
  const query = queueQuery(location.search, Object.keys(s.common.states), Object.keys(s.queue.sorts));

  return (
    <MunicipalityPage
      title={s.queue.title}
      round={round}
      feedback={feedback}
      chooseHref={(code) => staffPaths.queue(round.id, { municipality: code })}
      nav="queue"
    >
      {(chosen) => (
        <Queue
          key={chosen.municipality}
          round={round}
          forAdministrator={chosen.forAdministrator}
          query={query}
          address={location.search}
          feedback={feedback}
        />
      )}
    </MunicipalityPage>
  );
}

interface QueueProps {
  round: Round;
  forAdministrator: ChosenMunicipality['forAdministrator'];
  query: QueueQuery;
  address: string;
  feedback: FormFeedback;
}

function Queue({ round, forAdministrator, query, address, feedback }: QueueProps) {
  const { s } = useStaffTexts();
  const { identity } = useSignedIn();
  const [search, setSearch] = useKeptSearch(address);
  // A new form (empty) after the search is cleared; focus then returns to its box.
  const [formKey, setFormKey] = useState(0);
  const focusResults = useRef(false);
  useEffect(() => {
    if (formKey > 0) focusField(fieldId('text'));
  }, [formKey]);

  const link = (change: { state?: string | undefined; sort?: QueueSort; cursor?: string | undefined }) =>
    staffPaths.queue(round.id, {
      municipality: forAdministrator,
      state: change.state,
      sort: change.sort === 'selection' ? undefined : change.sort,
      cursor: change.cursor,
    });
  const show = (next: KeptSearch) => {
    focusResults.current = true;
    setSearch(next);
  };
  const clear = () => {
    feedback.clear();
    setSearch(undefined);
    setFormKey((key) => key + 1);
  };

  return (
    <>
      <QueueSearchForm
        key={formKey}
        searched={search?.text}
        error={feedback.errorOf('text')}
        onSearch={(text) => {
          feedback.clear();
          show({ text });
        }}
        onMissing={(errors) => feedback.fail(errors)}
      />
      <QueueSortForm key={query.sort} sort={query.sort} href={(sort) => link({ state: query.state, sort })} />
      {search ? (
        <QueueSearch
          round={round}
          municipality={forAdministrator}
          search={search}
          sort={query.sort}
          focusResults={focusResults}
          feedback={feedback}
          onPage={(cursor) => show({ text: search.text, ...(cursor && { page: { sort: query.sort, cursor } }) })}
          onRefused={() => setSearch(undefined)}
          onClear={clear}
        />
      ) : (
        <WholeQueue round={round} municipality={forAdministrator} query={query} link={link} />
      )}
      <h2>{s.queue.tasksTitle}</h2>
      <ul class="list">
        {identity.role === 'social-worker' && (
          <li>
            <a href={staffPaths.paper(round.id)}>{s.queue.paperLink}</a>
          </li>
        )}
        <li>
          <a href={staffPaths.export(round.id, forAdministrator)}>{s.queue.exportLink}</a>
        </li>
      </ul>
    </>
  );
}

function WholeQueue({
  round,
  municipality,
  query,
  link,
}: {
  round: Round;
  /** Named for administrators only: a social worker's is the one of their sign-in. */
  municipality: string | undefined;
  query: QueueQuery;
  link(change: { state?: string | undefined; sort?: QueueSort; cursor?: string | undefined }): string;
}) {
  const { s } = useStaffTexts();
  const { api } = useSignedIn();
  const filter = { state: query.state, sort: query.sort, cursor: query.cursor, municipality };
  const { data, error, retry } = useData(JSON.stringify([round.id, filter]), () => api.queue(round.id, filter));

  if (error) return <InlineLoadError error={error} retry={retry} />;
  if (!data) return <Loading />;
  const { state, sort } = query;
  return (
    <>
      <StateFilter
        counts={data.counts}
        total={data.total}
        chosen={state}
        href={(chosen) => link({ state: chosen, sort })}
      />
      <QueueTable
        items={data.items}
        sort={sort}
        caption={s.queue.caption(
          s.queue.ordered[sort],
          state ? s.common.states[state] : s.queue.all,
          data.items.length,
          state ? data.counts[state] : data.total,
        )}
      />
      {(data.nextCursor || query.cursor) && (
        <p class="pagination">
          {query.cursor && <a href={link({ state, sort })}>{s.common.firstPage}</a>}
          {data.nextCursor && <a href={link({ state, sort, cursor: data.nextCursor })}>{s.common.nextPage}</a>}
        </p>
      )}
    </>
  );
}

interface QueueSearchProps {
  round: Round;
  municipality: string | undefined;
  search: KeptSearch;
  sort: QueueSort;
  /** Set when the person asked for results: the results' heading takes focus once they arrive. */
  focusResults: MutableRef<boolean>;
  feedback: FormFeedback;
  onPage(cursor: string | undefined): void;
  /** The server refused the text: the reason is shown next to the search box. */
  onRefused(): void;
  onClear(): void;
}

function QueueSearch({
  round,
  municipality,
  search,
  sort,
  focusResults,
  feedback,
  onPage,
  onRefused,
  onClear,
}: QueueSearchProps) {
  const { api } = useSignedIn();
  // A cursor of another order is no place in this one: the results start again from the first.
  const cursor = search.page?.sort === sort ? search.page.cursor : undefined;
  const body = { text: search.text, sort, cursor, municipality };
  const { data, error, retry } = useData(JSON.stringify([round.id, body]), () => api.searchQueue(round.id, body));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (data && focusResults.current) {
      focusResults.current = false;
      heading.current?.focus();
    }
  }, [data]);
  useEffect(() => {
    if (error && belongsToForm(error)) {
      focusResults.current = false;
      showApiError(feedback, error, '', 'text');
      onRefused();
    }
  }, [error]);

  if (error) return belongsToForm(error) ? null : <InlineLoadError error={error} retry={retry} />;
  if (!data) return <Loading />;
  return (
    <SearchResults
      results={data}
      sort={sort}
      headingRef={heading}
      paged={cursor !== undefined}
      onPage={onPage}
      onClear={onClear}
    />
  );
}
