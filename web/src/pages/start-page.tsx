import { documentsNeeded } from '../../../shared/domain/document-requirements.ts';
import { useApp } from '../app-context.ts';
import { FormDownload } from '../components/form-download.tsx';
import { Heading, Page } from '../components/page.tsx';
import { paths } from '../flow/routes.ts';
import { intakeTimes } from '../format/dates.ts';

/** What the round is, who can apply, when, and what to prepare; the Start button only while intake is open. */
export function StartPage() {
  const { t, language, round } = useApp();
  const times = intakeTimes(round.window);
  const first = t.common.dateTime(times.first);
  const last = t.common.dateTime(times.last);
  const state =
    round.intakeState === 'open'
      ? t.start.open(last)
      : round.intakeState === 'not-yet-open'
        ? t.start.notYetOpen(first)
        : t.start.closed;

  // What a person applying for themself needs, then the proof of authority of whoever applies for someone.
  const own = documentsNeeded(round, { channel: 'online' });
  const representativeOnly = documentsNeeded(round, { channel: 'online', representative: {} }).filter(
    (document) => !own.some((candidate) => candidate.type === document.type),
  );
  const formInRound = round.requiredDocuments.some((document) => document.type === 'application-form');
  const formNeeded = own.some((document) => document.type === 'application-form');

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
        {own.map((document) => (
          <li key={document.type}>
            <strong>{document.name[language]}.</strong> {document.description[language]}
          </li>
        ))}
        {representativeOnly.map((document) => (
          <li key={document.type}>
            <strong>{document.name[language]}.</strong> {t.applicationForm.representativeNote}{' '}
            {document.description[language]}
          </li>
        ))}
      </ul>
      {formInRound && !formNeeded && <p>{t.applicationForm.notNeeded}</p>}
      {formInRound && <FormDownload round={round} />}
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
      <h2>{t.start.paperTitle}</h2>
      <p>{t.start.paper}</p>
      <p>
        <a href={paths.privacy(round.id)}>{t.start.privacyLink}</a>
      </p>
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
