import { useApp } from '../app-context.ts';
import { Heading, Page } from '../components/page.tsx';
import { paths } from '../flow/routes.ts';
import { formatDay } from '../format/dates.ts';

/** What the round is, who can apply, when, and what to prepare; the Start button only while intake is open. */
export function StartPage() {
  const { t, language, round } = useApp();
  const first = formatDay(round.window.firstDay);
  const last = formatDay(round.window.lastDay);
  const state =
    round.intakeState === 'open'
      ? t.start.open(last)
      : round.intakeState === 'not-yet-open'
        ? t.start.notYetOpen(first)
        : t.start.closed;

  return (
    <Page title={round.name[language]} backHref={paths.rounds()}>
      <Heading>{round.name[language]}</Heading>
      <p class={`intake-state intake-${round.intakeState}`}>{state}</p>
      <h2>{t.start.whoTitle}</h2>
      <p>{round.whoMayApply[language]}</p>
      <h2>{t.start.municipalitiesTitle}</h2>
      <ul class="list">
        {round.municipalities.map((municipality) => (
          <li key={municipality.code}>{municipality.name[language]}</li>
        ))}
      </ul>
      <h2>{t.start.whenTitle}</h2>
      <p>{t.start.dates(first, last)}</p>
      <h2>{t.start.prepareTitle}</h2>
      <p>{t.start.prepareIntro}</p>
      <ul class="list">
        {round.requiredDocuments.map((document) => (
          <li key={document.type}>
            <strong>{document.name[language]}.</strong> {document.description[language]}
          </li>
        ))}
      </ul>
      <p>{t.start.prepareFiles}</p>
      <p>{t.start.prepareCode}</p>
      <h2>{t.start.howTitle}</h2>
      <ol class="list">
        {t.start.how.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ol>
      <p>{t.start.personMeaning}</p>
      <p>{t.start.noTimeLimit}</p>
      <p>{t.common.answersKept}</p>
      {round.intakeState === 'open' && (
        <a class="button button-start" href={paths.step(round.id, 'municipality')} draggable={false}>
          {t.start.startButton}
        </a>
      )}
      <p>
        <a href={paths.linkRequest()}>{t.status.lostLink}</a>
      </p>
    </Page>
  );
}
