import { useEffect, useRef, useState } from 'preact/hooks';
import { REPRESENTATIVE_AUTHORITY } from '../../../shared/domain/document-requirements.ts';
import { api } from '../api/client.ts';
import type { Round, StatusAnswer } from '../api/types.ts';
import { useLanguage } from '../app-context.ts';
import { Page } from '../components/page.tsx';
import { SocialServiceContacts } from '../components/social-service.tsx';
import { SummaryList, type SummaryRow } from '../components/summary-list.tsx';
import { holdAccess } from '../flow/held-access.ts';
import { paths } from '../flow/routes.ts';
import { formatDay, rigaDateTime } from '../format/dates.ts';
import { AccessForm, useAccessLookup } from './access-lookup.tsx';
import { PlanLink } from './plan/plan-link.tsx';

/**
 * The e-mail links here with `#reference=…&code=…`: the part after `#` never reaches a server. The page reads it,
 * takes it out of the address bar (so it is not left on screen or in the history), and shows the status.
 */
function fromFragment(): { reference: string; accessCode: string } | undefined {
  const fragment = new URLSearchParams(window.location.hash.slice(1));
  const reference = fragment.get('reference');
  const accessCode = fragment.get('code');
  if (!reference || !accessCode) return undefined;
  history.replaceState(null, '', paths.status());
  return { reference, accessCode };
}

export function StatusPage() {
  const { t, language } = useLanguage();
  const lookup = useAccessLookup(fromFragment);
  const [result, setResult] = useState<{ status: StatusAnswer; round?: Round } | undefined>(undefined);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  const look = async () => {
    setResult(undefined);
    const created = lookup.given();
    if (!created) return;
    // The button stays busy through both reads: the status, then the round it names.
    const looked = await lookup.send(async () => {
      const answer = await api.status(created);
      if (!answer.ok) return answer;
      const round = await api.round(answer.data.roundId);
      return { ok: true as const, data: { status: answer.data, ...(round.ok && { round: round.data }) } };
    });
    if (!looked) return;
    if (looked.ok) {
      // The plan page, opened from here, reads the plan with the same number and code.
      holdAccess(created);
      return setResult(looked.data);
    }
    lookup.refused(looked.error);
  };

  // Opened from the e-mail link: show the status straight away.
  useEffect(() => {
    if (lookup.fields.reference && lookup.fields.accessCode) void look();
  }, []);
  useEffect(() => {
    if (result) resultHeading.current?.focus();
  }, [result]);

  const status = result?.status;
  const municipality = result?.round?.municipalities.find((candidate) => candidate.code === status?.municipalityCode);
  const received = status?.receivedAt ? rigaDateTime(status.receivedAt) : undefined;

  /** What is known of the application; the round and its municipality only when the round could be read. */
  const statusRows = (shown: StatusAnswer): SummaryRow[] => {
    const rows: SummaryRow[] = [];
    if (result?.round) rows.push({ label: t.status.round, value: result.round.name[language] });
    if (municipality) rows.push({ label: t.status.municipality, value: municipality.name[language] });
    const tag = <strong class={`status-tag status-${shown.status}`}>{t.status.statuses[shown.status]}</strong>;
    rows.push({ label: t.status.statusLabel, value: tag });
    if (received)
      rows.push({ label: t.status.receivedLabel, value: t.status.receivedAt(received.date, received.time) });
    const documentName = (type: string) =>
      [...(result?.round?.requiredDocuments ?? []), REPRESENTATIVE_AUTHORITY].find((r) => r.type === type)?.name[
        language
      ] ?? type;
    const documents = (
      <ul class="plain-list">
        {shown.documents.map((document) => (
          <li key={document.type}>
            {documentName(document.type)}
            {': '}
            {document.received ? t.status.documentReceived : t.status.documentMissing}
          </li>
        ))}
      </ul>
    );
    rows.push({ label: t.status.documents, value: documents });
    return rows;
  };

  return (
    <Page title={t.status.title} backHref={paths.rounds()} {...lookup.feedback}>
      <AccessForm lookup={lookup} words={t.status} onLook={look} />
      {status && (
        <section class="result" aria-labelledby="result-heading">
          <h2 id="result-heading" tabIndex={-1} ref={resultHeading}>
            {t.status.resultTitle(status.reference)}
          </h2>
          <SummaryList rows={statusRows(status)} />
          {status.result ? <ResultSection result={status.result} /> : null}
          {status.result?.outcome === 'selected' && <PlanLink />}
          {!status.result && (
            <>
              <h3>{t.status.nextTitle}</h3>
              <p>{status.nextSteps[language]}</p>
            </>
          )}
          {!status.result?.decision && municipality?.socialService && (
            <>
              <h3>{t.status.contactsTitle}</h3>
              <SocialServiceContacts service={municipality.socialService} />
            </>
          )}
        </section>
      )}
      <p>
        <a href={paths.linkRequest()}>{t.status.lostLink}</a>
      </p>
    </Page>
  );
}

/** The published result and, for a waiting-list place or a refusal, why, who decided, and how and by when to contest. */
function ResultSection({ result }: { result: NonNullable<StatusAnswer['result']> }) {
  const { t, language } = useLanguage();
  const outcome = result.outcome === 'selected' && result.offeredAt ? 'offered' : result.outcome;
  const rows: SummaryRow[] = [
    { label: t.status.outcomeLabel, value: <strong data-testid="outcome">{t.status.outcomes[outcome]}</strong> },
  ];
  if (result.position !== undefined) rows.push({ label: t.status.positionLabel, value: String(result.position) });
  rows.push({ label: t.status.publishedLabel, value: rigaDateTime(result.publishedAt).date });
  const decision = result.decision;
  return (
    <div data-testid="decision">
      <h3>{t.status.resultHeading}</h3>
      <SummaryList rows={rows} />
      {decision && (
        <>
          {decision.reason.length > 0 && (
            <>
              <h3>{t.status.why}</h3>
              {decision.reason.map((line) => (
                <p key={line.en}>{line[language]}</p>
              ))}
            </>
          )}
          {decision.messageForPerson && (
            <>
              <h3>{t.status.forPerson}</h3>
              <p class="pre-line">{decision.messageForPerson}</p>
            </>
          )}
          <h3>{t.status.decidedBy}</h3>
          <p>{decision.decidedBy[language]}</p>
          <h3>{t.status.contest}</h3>
          {decision.contest.map((line) => (
            <p key={line.en}>{line[language]}</p>
          ))}
          <SummaryList
            rows={[{ label: t.status.contestBy, value: <strong>{formatDay(decision.contestBy)}</strong> }]}
          />
          {decision.contacts && (
            <>
              <h3>{t.status.contactsTitle}</h3>
              <SocialServiceContacts service={decision.contacts} />
            </>
          )}
        </>
      )}
    </div>
  );
}
