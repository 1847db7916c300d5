import { useEffect } from 'preact/hooks';
import { api } from '../api/client.ts';
import { useApp } from '../app-context.ts';
import { Heading, Page } from '../components/page.tsx';
import { optionalText } from '../draft/request-parts.ts';
import { paths } from '../flow/routes.ts';
import { keptUntil } from '../format/kept-until.ts';

/** After "Save and continue later": where the link went, until when the draft is kept, and that it is not sent. */
export function SavedPage() {
  const { t, draft, round, updateDraft } = useApp();
  const words = t.saved;
  const created = draft.created;

  // The server says until when it keeps the draft.
  useEffect(() => {
    if (!created) return;
    void api.status(created).then((answer) => {
      const expiresAt = answer.ok ? answer.data.draftExpiresAt : undefined;
      if (expiresAt) updateDraft((current) => ({ ...current, expiresAt }));
    });
  }, [created?.reference]);

  if (!created) {
    return (
      <Page title={words.title}>
        <Heading>{words.title}</Heading>
        <p>
          <a href={paths.start(round.id)}>{t.continueDraft.startAgain}</a>
        </p>
      </Page>
    );
  }

  const { answers } = draft;
  const emails = [
    answers.applicant === 'other' ? optionalText(answers.representative.email) : undefined,
    optionalText(answers.contact.email),
  ].filter((email): email is string => email !== undefined);
  const unique = [...new Set(emails.map((email) => email.toLowerCase()))];

  return (
    <Page title={words.title}>
      <div class="panel">
        <Heading>{words.title}</Heading>
        <p>{words.reference(created.reference)}</p>
      </div>
      {unique.length > 0 ? (
        <>
          <p>{words.emailed}</p>
          <ul class="list">
            {unique.map((email) => (
              <li key={email}>{email}</li>
            ))}
          </ul>
          <p>{words.checkSpam}</p>
        </>
      ) : (
        <>
          <p>{words.noEmail}</p>
          <p class="access-code">{words.accessCode(created.accessCode)}</p>
        </>
      )}
      {draft.expiresAt && <p>{t.saveLater.keptUntil(keptUntil(draft.expiresAt))}</p>}
      <p>{words.notSent}</p>
      <p>{words.closeNow}</p>
      <p>
        <a class="button button-secondary" href={paths.step(round.id, 'documents')}>
          {words.goOn}
        </a>
      </p>
    </Page>
  );
}
