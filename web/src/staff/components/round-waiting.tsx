import type { RoundSummary } from '../../api/types.ts';
import { useData } from '../../api/use-data.ts';
import type { WaitingCountsResponse, WaitingState } from '../api/types.ts';
import { municipalityName, useRound } from '../api/use-round.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { useSignedIn } from '../session/session-context.ts';
import { InlineLoadError, Loading } from './load-state.tsx';
import { TableWrap } from './table-wrap.tsx';

const WAITING: readonly WaitingState[] = ['to-review', 'possible-duplicate'];

/**
 * What waits in a round: for a social worker, their own municipality's applications to review and possible
 * duplicates, each leading to the queue filtered to them; for an administrator, who to chase.
 */
export function RoundWaiting({ round }: { round: RoundSummary }) {
  const { api, identity } = useSignedIn();
  const { data, error, retry } = useData(`waiting ${round.id}`, () => api.waiting(round.id));
  if (error) return <InlineLoadError error={error} retry={retry} />;
  if (!data) return <Loading />;
  return identity.role === 'administrator' ? (
    <WhoToChase round={round} waiting={data} />
  ) : (
    <WaitingForYou round={round} waiting={data} />
  );
}

function WaitingForYou({ round, waiting }: { round: RoundSummary; waiting: WaitingCountsResponse }) {
  const { s } = useStaffTexts();
  const [own] = waiting.municipalities;
  if (!own) return <p>{s.rounds.notInRound}</p>;
  if (own.waiting === 0) return <p>{s.rounds.nothingWaiting}</p>;
  const labelId = `waiting-${round.id}`;
  return (
    <>
      <p id={labelId}>{s.rounds.waitingForYou}</p>
      <ul class="list" aria-labelledby={labelId}>
        {WAITING.map((state) => (
          <li key={state}>
            <a href={staffPaths.queue(round.id, { state })}>
              {s.rounds.waitingCount(s.common.states[state], own.counts[state])}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Every municipality with what waits there, the most first, each leading to its queue. */
function WhoToChase({ round, waiting }: { round: RoundSummary; waiting: WaitingCountsResponse }) {
  const { s, language } = useStaffTexts();
  // The names of the municipalities are in the round's rules, which the other pages of the round read too.
  const full = useRound(round.id).round;
  const total = waiting.municipalities.reduce((sum, municipality) => sum + municipality.waiting, 0);
  // A stable sort: equal counts stay in the round's order.
  if (total === 0) return <p>{s.rounds.nothingWaitingAnywhere}</p>;
  const rows = [...waiting.municipalities].sort((a, b) => b.waiting - a.waiting);
  const captionId = `who-to-chase-${round.id}`;
  return (
    <>
      <p>{s.rounds.waitingTotal(total)}</p>
      <TableWrap captionId={captionId}>
        <table class="table">
          <caption id={captionId} class="table-caption">
            {s.rounds.chaseCaption(round.name[language])}
          </caption>
          <thead>
            <tr>
              <th scope="col">{s.rounds.municipality}</th>
              {WAITING.map((state) => (
                <th scope="col" class="numeric" key={state}>
                  {s.common.states[state]}
                </th>
              ))}
              <th scope="col" class="numeric" aria-sort="descending">
                {s.rounds.waiting}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ municipalityCode, counts, waiting: count }) => (
              <tr key={municipalityCode}>
                <th scope="row">
                  <a href={staffPaths.queue(round.id, { municipality: municipalityCode })}>
                    {municipalityName(full, municipalityCode, language)}
                  </a>
                </th>
                {WAITING.map((state) => (
                  <td class="numeric" key={state}>
                    {counts[state]}
                  </td>
                ))}
                <td class="numeric">{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
