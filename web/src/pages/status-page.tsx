import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { FieldError, LocalizedText, Round, StatusAnswer } from '../api/types.ts';
import { useLanguage } from '../app-context.ts';
import { Heading, Page } from '../components/page.tsx';
import { StepForm } from '../components/step-form.tsx';
import { TextField } from '../components/text-field.tsx';
import { paths } from '../flow/routes.ts';
import { rigaDateTime } from '../format/dates.ts';
import { bothLanguages } from '../i18n/texts.ts';

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
  const [fields, setFields] = useState(() => fromFragment() ?? { reference: '', accessCode: '' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [pageError, setPageError] = useState<LocalizedText | undefined>(undefined);
  const [errorFocusKey, setErrorFocusKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ status: StatusAnswer; round?: Round } | undefined>(undefined);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  const look = async (reference: string, accessCode: string) => {
    setPageError(undefined);
    setResult(undefined);
    const missing: FieldError[] = [];
    if (!reference.trim()) {
      missing.push({
        path: 'reference',
        code: 'FIELD_REQUIRED',
        message: bothLanguages((w) => w.status.requiredReference),
      });
    }
    if (!accessCode.trim()) {
      missing.push({
        path: 'accessCode',
        code: 'FIELD_REQUIRED',
        message: bothLanguages((w) => w.status.requiredAccessCode),
      });
    }
    setErrors(missing);
    if (missing.length > 0) return setErrorFocusKey((key) => key + 1);

    setBusy(true);
    const created = { reference: reference.trim().toUpperCase(), accessCode: accessCode.trim().toUpperCase() };
    const answer = await api.status(created);
    if (!answer.ok) {
      setBusy(false);
      // "Not found" and "wrong code" read the same on purpose; the message asks to check both, shown at the number.
      if (answer.error.status === 404 || answer.error.status === 403 || answer.error.status === 401) {
        setErrors([{ path: 'reference', code: answer.error.code, message: answer.error.message }]);
      } else setPageError(answer.error.message);
      return setErrorFocusKey((key) => key + 1);
    }
    const round = await api.round(answer.data.roundId);
    setBusy(false);
    setResult({ status: answer.data, ...(round.ok && { round: round.data }) });
  };

  // Opened from the e-mail link: show the status straight away.
  useEffect(() => {
    if (fields.reference && fields.accessCode) void look(fields.reference, fields.accessCode);
  }, []);
  useEffect(() => {
    if (result) resultHeading.current?.focus();
  }, [result]);

  const errorOf = (path: string) => errors.find((error) => error.path === path)?.message;
  const status = result?.status;
  const municipality = result?.round?.municipalities.find((candidate) => candidate.code === status?.municipalityCode);
  const received = status?.receivedAt ? rigaDateTime(status.receivedAt) : undefined;

  return (
    <Page
      title={t.status.title}
      backHref={paths.rounds()}
      errors={errors}
      pageError={pageError}
      errorFocusKey={errorFocusKey}
    >
      <StepForm
        onSubmit={(event) => {
          event.preventDefault();
          void look(fields.reference, fields.accessCode);
        }}
        busy={busy}
        submitLabel={t.status.show}
        busyLabel={t.status.loading}
      >
        <Heading>{t.status.title}</Heading>
        <p>{t.status.intro}</p>
        <TextField
          path="reference"
          label={t.status.reference}
          hint={t.status.referenceHint}
          size="medium"
          value={fields.reference}
          onInput={(reference) => setFields((current) => ({ ...current, reference }))}
          error={errorOf('reference')}
        />
        <TextField
          path="accessCode"
          label={t.status.accessCode}
          hint={t.status.accessCodeHint}
          size="medium"
          value={fields.accessCode}
          onInput={(accessCode) => setFields((current) => ({ ...current, accessCode }))}
          error={errorOf('accessCode')}
        />
      </StepForm>
      {status && (
        <section class="result" aria-labelledby="result-heading">
          <h2 id="result-heading" tabIndex={-1} ref={resultHeading}>
            {t.status.resultTitle(status.reference)}
          </h2>
          <dl class="summary-list">
            {result?.round && (
              <div class="summary-row">
                <dt class="summary-key">{t.status.round}</dt>
                <dd class="summary-value">{result.round.name[language]}</dd>
              </div>
            )}
            {municipality && (
              <div class="summary-row">
                <dt class="summary-key">{t.status.municipality}</dt>
                <dd class="summary-value">{municipality.name[language]}</dd>
              </div>
            )}
            <div class="summary-row">
              <dt class="summary-key">{t.status.statusLabel}</dt>
              <dd class="summary-value">
                <strong class={`status-tag status-${status.status}`}>{t.status.statuses[status.status]}</strong>
              </dd>
            </div>
            {received && (
              <div class="summary-row">
                <dt class="summary-key">{t.status.receivedLabel}</dt>
                <dd class="summary-value">{t.status.receivedAt(received.date, received.time)}</dd>
              </div>
            )}
            <div class="summary-row">
              <dt class="summary-key">{t.status.documents}</dt>
              <dd class="summary-value">
                <ul class="plain-list">
                  {status.documents.map((document) => (
                    <li key={document.type}>
                      {result?.round?.requiredDocuments.find((r) => r.type === document.type)?.name[language] ??
                        document.type}
                      {': '}
                      {document.received ? t.status.documentReceived : t.status.documentMissing}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          </dl>
          <h3>{t.status.nextTitle}</h3>
          <p>{status.nextSteps[language]}</p>
        </section>
      )}
    </Page>
  );
}
