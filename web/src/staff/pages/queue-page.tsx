import type { Round } from '../../api/types.ts';
import { useData } from '../../api/use-data.ts';
import { useLocation } from '../../flow/router.ts';
import type { ReviewState } from '../api/types.ts';
import { InlineLoadError, Loading } from '../components/load-state.tsx';
import { MunicipalityPage, useChosenMunicipality } from '../components/municipality-page.tsx';
import { QueueTable } from '../components/queue-table.tsx';
import { StateFilter } from '../components/state-filter.tsx';
import { useFormFeedback } from '../components/use-form-feedback.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { useSignedIn } from '../session/session-context.ts';

/** What the address says besides the municipality: `?state=` (the filter), `?cursor=` (the page). */
function queueQuery(search: string, states: readonly string[]) {
  const query = new URLSearchParams(search);
  const state = query.get('state') ?? undefined;
  return {
    state: state && states.includes(state) ? (state as ReviewState) : undefined,
    cursor: query.get('cursor') ?? undefined,
  };
}

/** A municipality's applications in the round, in selection order, filtered by review state, page by page. */
export function QueuePage({ round }: { round: Round }) {
  const { s } = useStaffTexts();
  const location = useLocation();
  const feedback = useFormFeedback();
  const query = queueQuery(location.search, Object.keys(s.common.states));
  const { municipality } = useChosenMunicipality();

  return (
    <MunicipalityPage
      title={s.queue.title}
      round={round}
      municipality={municipality}
      feedback={feedback}
      chooseHref={(code) => staffPaths.queue(round.id, { municipality: code })}
      nav="queue"
    >
      {municipality && <Queue round={round} municipality={municipality} query={query} />}
    </MunicipalityPage>
  );
}

function Queue({
  round,
  municipality,
  query,
}: {
  round: Round;
  municipality: string;
  query: ReturnType<typeof queueQuery>;
}) {
  const { s } = useStaffTexts();
  const { api, identity } = useSignedIn();
  const forAdministrator = identity.role === 'administrator' ? municipality : undefined;
  const filter = { state: query.state, cursor: query.cursor, municipality: forAdministrator };
  const { data, error, retry } = useData(JSON.stringify([round.id, filter]), () => api.queue(round.id, filter));

  if (error) return <InlineLoadError error={error} retry={retry} />;
  if (!data) return <Loading />;
  const link = (change: { state?: string | undefined; cursor?: string | undefined }) =>
    staffPaths.queue(round.id, { municipality: forAdministrator, state: change.state, cursor: change.cursor });
  return (
    <>
      <StateFilter counts={data.counts} total={data.total} chosen={query.state} href={(state) => link({ state })} />
      <QueueTable
        queue={data}
        filterLabel={query.state ? s.common.states[query.state] : s.queue.all}
        shownOf={query.state ? data.counts[query.state] : data.total}
      />
      {(data.nextCursor || query.cursor) && (
        <p class="pagination">
          {query.cursor && <a href={link({ state: query.state })}>{s.common.firstPage}</a>}
          {data.nextCursor && <a href={link({ state: query.state, cursor: data.nextCursor })}>{s.common.nextPage}</a>}
        </p>
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
