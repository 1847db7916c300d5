import { useEffect } from 'preact/hooks';
import { api } from '../../api/client.ts';
import { useData } from '../../api/use-data.ts';
import { Heading, Page } from '../../components/page.tsx';
import { navigate } from '../../flow/router.ts';
import { formatDay } from '../../format/dates.ts';
import { LoadError, Loading } from '../components/load-state.tsx';
import { RoundWaiting } from '../components/round-waiting.tsx';
import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { useSignedIn } from '../session/session-context.ts';

/**
 * The start page: the rounds to work on, each with what waits there. With one round a social worker has nothing to
 * choose, so its queue opens: its filter counts the same waiting applications.
 */
export function StaffRoundsPage() {
  const { s, language } = useStaffTexts();
  const { identity } = useSignedIn();
  const { data, error, retry } = useData('rounds', () => api.rounds());
  // An administrator stays on the list even with one round: it is where a new round is started.
  const only = data?.rounds.length === 1 && identity.role !== 'administrator' ? data.rounds[0] : undefined;

  useEffect(() => {
    if (only) navigate(staffPaths.queue(only.id), { replace: true });
  }, [only?.id]);

  if (error) return <LoadError error={error} retry={retry} />;
  if (!data || only) return <Loading />;
  return (
    <Page title={s.rounds.title}>
      <Heading>{s.rounds.title}</Heading>
      <p>{s.rounds.intro}</p>
      {data.rounds.length === 0 && <p>{s.rounds.none}</p>}
      <ul class="round-list">
        {data.rounds.map((round) => (
          <li class="round" key={round.id}>
            <h2 class="round-name">
              <a href={staffPaths.queue(round.id)}>{round.name[language]}</a>
            </h2>
            <p>{s.rounds.dates(formatDay(round.window.firstDay), formatDay(round.window.lastDay))}</p>
            <RoundWaiting round={round} />
            <ul class="link-row" aria-label={s.rounds.pagesOf(round.name[language])}>
              {identity.role === 'administrator' && (
                <li>
                  <a href={staffPaths.dashboard(round.id)}>{s.roundNav.dashboard}</a>
                </li>
              )}
              <li>
                <a href={staffPaths.selection(round.id)}>{s.roundNav.selection}</a>
              </li>
              <li>
                <a href={staffPaths.protocol(round.id)}>{s.roundNav.protocol}</a>
              </li>
            </ul>
          </li>
        ))}
      </ul>
      {identity.role === 'administrator' && (
        <>
          <p>
            <a href={staffPaths.newRound()}>{s.rounds.newRound}</a>
          </p>
          <h2>{s.rounds.auditTitle}</h2>
          <p>{s.rounds.auditText}</p>
          <p>
            <a href={staffPaths.audit()}>{s.common.navAudit}</a>
          </p>
        </>
      )}
    </Page>
  );
}
