import { api } from '../api/client.ts';
import { useData } from '../api/use-data.ts';
import { useLanguage } from '../app-context.ts';
import { Heading, Page } from '../components/page.tsx';
import { paths } from '../flow/routes.ts';
import { intakeTimes } from '../format/dates.ts';

export function RoundsPage() {
  const { t, language } = useLanguage();
  const { data, error } = useData('rounds', () => api.rounds());
  const rounds = data?.rounds;

  return (
    // The list of rounds is the service's front page: its <title> is the service's name, said once.
    <Page title={t.common.serviceName}>
      <Heading>{t.rounds.title}</Heading>
      <p>{t.rounds.intro}</p>
      {!rounds && !error && <p role="status">{t.common.loading}</p>}
      {error && (
        <div class="notice" role="alert">
          <p>{t.rounds.loadError}</p>
          <p>{error.message[language]}</p>
        </div>
      )}
      {rounds && rounds.length === 0 && <p>{t.rounds.none}</p>}
      {rounds && rounds.length > 0 && (
        <>
          <p>{t.rounds.chooseRound}</p>
          <ul class="round-list">
            {rounds.map((round) => {
              const times = intakeTimes(round.window);
              const first = t.common.dateTime(times.first);
              const last = t.common.dateTime(times.last);
              return (
                <li class="round" key={round.id}>
                  <h2 class="round-name">
                    <a href={paths.start(round.id)}>{round.name[language]}</a>
                  </h2>
                  <p>{t.rounds.dates(first, last)}</p>
                  <p class={`intake-state intake-${round.intakeState}`}>
                    {round.intakeState === 'open'
                      ? t.rounds.open(last)
                      : round.intakeState === 'not-yet-open'
                        ? t.rounds.notYetOpen(first)
                        : t.rounds.closed}
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <h2>{t.rounds.statusTitle}</h2>
      <p>
        <a href={paths.status()}>{t.rounds.statusLink}</a>
      </p>
      <p>
        <a href={paths.linkRequest()}>{t.status.lostLink}</a>
      </p>
    </Page>
  );
}
