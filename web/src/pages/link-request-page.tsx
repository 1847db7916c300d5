import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { LocalizedText } from '../api/types.ts';
import { useLanguage } from '../app-context.ts';
import { Heading, Page } from '../components/page.tsx';
import { StepForm } from '../components/step-form.tsx';
import { TextField } from '../components/text-field.tsx';
import { fieldError } from '../flow/field-errors.ts';
import { paths } from '../flow/routes.ts';
import { useLookup } from './use-lookup.ts';

/**
 * "Lost your link?": the number and the e-mail of the application, and the link and the access code go to that
 * e-mail if they match. The answer reads the same whether or not they did, so the page cannot be used to find
 * out whose application a number is.
 */
export function LinkRequestPage() {
  const { t, language } = useLanguage();
  const lookup = useLookup(() => ({ reference: '', email: '' }));
  const [answer, setAnswer] = useState<LocalizedText | undefined>(undefined);
  const answerHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (answer) answerHeading.current?.focus();
  }, [answer]);

  const ask = async () => {
    const { fields } = lookup;
    const complete = lookup.filled(fields, {
      reference: (w) => w.linkRequest.requiredReference,
      email: (w) => w.linkRequest.requiredEmail,
    });
    if (!complete) return;
    const sent = await lookup.send(() => api.requestLink(fields.reference.trim().toUpperCase(), fields.email.trim()));
    if (!sent) return;
    if (sent.ok) return setAnswer(sent.data.message);
    const { error } = sent;
    if (error.fields && error.fields.length > 0) {
      lookup.showErrors(error.fields.map((field) => fieldError(field.path, field.message, field.code)));
    } else lookup.showErrors([], error.message);
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

  return (
    <Page title={t.linkRequest.title} backHref={paths.status()} {...lookup.feedback}>
      <StepForm
        onSubmit={lookup.onSubmit(ask)}
        busy={lookup.busy}
        submitLabel={t.linkRequest.send}
        busyLabel={t.linkRequest.sending}
      >
        <Heading>{t.linkRequest.title}</Heading>
        <p>{t.linkRequest.intro}</p>
        <TextField
          {...lookup.box('reference')}
          label={t.linkRequest.reference}
          hint={t.linkRequest.referenceHint}
          size="medium"
        />
        <TextField
          {...lookup.box('email')}
          type="email"
          autoComplete="email"
          label={t.linkRequest.email}
          hint={t.linkRequest.emailHint}
        />
        <p>{t.linkRequest.limit}</p>
      </StepForm>
    </Page>
  );
}
