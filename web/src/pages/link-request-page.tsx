import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { FieldError, LocalizedText } from '../api/types.ts';
import { useSending } from '../api/use-data.ts';
import { useLanguage } from '../app-context.ts';
import { Heading, Page } from '../components/page.tsx';
import { StepForm } from '../components/step-form.tsx';
import { TextField } from '../components/text-field.tsx';
import { fieldError, required } from '../flow/field-errors.ts';
import { paths } from '../flow/routes.ts';

/**
 * "Lost your link?": the number and the e-mail of the application, and the link and the access code go to that
 * e-mail if they match. The answer reads the same whether or not they did, so the page cannot be used to find
 * out whose application a number is.
 */
export function LinkRequestPage() {
  const { t, language } = useLanguage();
  const [fields, setFields] = useState({ reference: '', email: '' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [pageError, setPageError] = useState<LocalizedText | undefined>(undefined);
  const [errorFocusKey, setErrorFocusKey] = useState(0);
  const [answer, setAnswer] = useState<LocalizedText | undefined>(undefined);
  const { busy, send } = useSending();
  const answerHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (answer) answerHeading.current?.focus();
  }, [answer]);

  const ask = async () => {
    setPageError(undefined);
    const missing: FieldError[] = [];
    if (!fields.reference.trim()) missing.push(required('reference', (w) => w.linkRequest.requiredReference));
    if (!fields.email.trim()) missing.push(required('email', (w) => w.linkRequest.requiredEmail));
    setErrors(missing);
    if (missing.length > 0) return setErrorFocusKey((key) => key + 1);
    const sent = await send(() => api.requestLink(fields.reference.trim().toUpperCase(), fields.email.trim()));
    if (!sent) return;
    if (sent.ok) return setAnswer(sent.data.message);
    const { error } = sent;
    if (error.fields && error.fields.length > 0) {
      setErrors(error.fields.map((field) => fieldError(field.path, field.message, field.code)));
    } else setPageError(error.message);
    setErrorFocusKey((key) => key + 1);
  };

  if (answer) {
    return (
      <Page title={t.linkRequest.sentTitle} backHref={paths.status()}>
        <h1 id="page-heading" tabIndex={-1} ref={answerHeading} data-testid="link-request-sent">
          {t.linkRequest.sentTitle}
        </h1>
        <p>{answer[language]}</p>
        <p>{t.linkRequest.noEmail}</p>
        <p>
          <a href={paths.status()}>{t.linkRequest.back}</a>
        </p>
      </Page>
    );
  }

  const errorOf = (path: string) => errors.find((error) => error.path === path)?.message;
  return (
    <Page
      title={t.linkRequest.title}
      backHref={paths.status()}
      errors={errors}
      pageError={pageError}
      errorFocusKey={errorFocusKey}
    >
      <StepForm
        onSubmit={(event) => {
          event.preventDefault();
          void ask();
        }}
        busy={busy}
        submitLabel={t.linkRequest.send}
        busyLabel={t.linkRequest.sending}
      >
        <Heading>{t.linkRequest.title}</Heading>
        <p>{t.linkRequest.intro}</p>
        <TextField
          path="reference"
          label={t.linkRequest.reference}
          hint={t.linkRequest.referenceHint}
          size="medium"
          value={fields.reference}
          onInput={(value) => setFields((current) => ({ ...current, reference: value }))}
          error={errorOf('reference')}
        />
        <TextField
          path="email"
          type="email"
          autoComplete="email"
          label={t.linkRequest.email}
          hint={t.linkRequest.emailHint}
          value={fields.email}
          onInput={(value) => setFields((current) => ({ ...current, email: value }))}
          error={errorOf('email')}
        />
        <p>{t.linkRequest.limit}</p>
      </StepForm>
    </Page>
  );
}
