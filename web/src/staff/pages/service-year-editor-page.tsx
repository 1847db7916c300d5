import type { Round } from '../../api/types.ts';
import { useData } from '../../api/use-data.ts';
import { LoadError, Loading } from '../components/load-state.tsx';
import { YearEditor } from '../service-year/year-editor.tsx';
import { useSignedIn } from '../session/session-context.ts';

/**
 * Administrators: `/office/rounds/{roundId}/service-year/edit`, setting up or changing the round's year. Reads
 * the year afresh, at the revision the save is made over. Reading it again (after another administrator's
 * change) shows "Loading…" in between, so the form starts anew from what is stored now.
 */
export function EditServiceYearPage({ round }: { round: Round }) {
  const { api } = useSignedIn();
  const { data, error, retry } = useData(`service-year:${round.id}`, () => api.serviceYear(round.id));
  if (error) return <LoadError error={error} retry={retry} />;
  if (!data) return <Loading />;
  return <YearEditor round={round} year={data.serviceYear} onReload={retry} />;
}
