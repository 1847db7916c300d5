import { useState } from 'preact/hooks';
import { useApp } from '../app-context.ts';
import { DeadEndPage } from '../components/dead-end-page.tsx';
import { Heading, Page } from '../components/page.tsx';
import { SecondaryButton } from '../components/secondary-button.tsx';
import { SocialServiceContacts } from '../components/social-service.tsx';
import { paths } from '../flow/routes.ts';
import { formatDay, intakeTimes } from '../format/dates.ts';

/** The confirmation: the number to write down first, then who is told and what happens next. */
export function DonePage() {
  const { t, language, receipt, round } = useApp();
  const [copied, setCopied] = useState(false);

  if (!receipt || receipt.roundId !== round.id) {
    return (
      <DeadEndPage title={t.done.title} text={t.done.gone} link={{ href: paths.status(), text: t.done.statusLink }} />
    );
  }

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(receipt.reference);
      setCopied(true);
    } catch {
      // No clipboard (an old browser, or not allowed): the number is on screen to write down.
    }
  };
  // The access code rides in the fragment, which the browser never sends to a server.
  const service = round.municipalities.find((item) => item.code === receipt.municipalityCode)?.socialService;
  const statusHref = `${paths.status()}#reference=${encodeURIComponent(receipt.reference)}&code=${encodeURIComponent(receipt.accessCode)}`;

  return (
    <Page title={t.done.title}>
      <div class="panel">
        <Heading>{t.done.title}</Heading>
        <p class="panel-label">{t.done.referenceLabel}</p>
        <p class="reference" data-testid="reference">
          {receipt.reference}
        </p>
      </div>
      <p>{t.done.writeDown}</p>
      <p class="actions">
        <SecondaryButton onPress={() => void copy()}>{t.done.copy}</SecondaryButton>
        <SecondaryButton onPress={() => window.print()}>{t.done.print}</SecondaryButton>
      </p>
      <p aria-live="polite" class="copied">
        {copied ? t.done.copied : ''}
      </p>
      <h2>{t.done.accessCodeLabel}</h2>
      <p class="access-code" data-testid="access-code">
        {receipt.accessCode}
      </p>
      <p>{t.done.accessCodeText}</p>
      <h2>{t.done.emailedTitle}</h2>
      {receipt.emails.length > 0 ? (
        <>
          <p>{t.done.emailed}</p>
          <ul class="list">
            {receipt.emails.map((email) => (
              <li key={email}>{email}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t.contact.noEmailDone}</p>
      )}
      {receipt.alreadyApplied && (
        <section class="inset" aria-labelledby="already-applied">
          <h2 id="already-applied">{t.done.alreadyAppliedTitle}</h2>
          {t.done.alreadyApplied.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </section>
      )}
      <h2>{t.done.nextTitle}</h2>
      <p>{receipt.nextSteps[language]}</p>
      <ul class="list" data-testid="dates-ahead">
        <li>{t.done.intakeUntil(t.common.dateTime(intakeTimes(round.window).last))}</li>
        <li>
          {round.resultsExpectedBy ? t.done.resultsBy(formatDay(round.resultsExpectedBy)) : t.done.resultsAfterIntake}
        </li>
      </ul>
      {service && (
        <>
          <h2>{t.done.contactsTitle}</h2>
          <p>{t.done.contactsText}</p>
          <SocialServiceContacts service={service} />
        </>
      )}
      <p>
        <a href={statusHref}>{t.done.statusLink}</a>
      </p>
    </Page>
  );
}
