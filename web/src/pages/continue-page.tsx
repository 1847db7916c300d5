import { useEffect, useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { ApiError, Created } from '../api/types.ts';
import { useApp } from '../app-context.ts';
import { Heading, Page } from '../components/page.tsx';
import { answersOf } from '../draft/answers-of.ts';
import { type Draft, newDraft } from '../draft/draft.ts';
import { requestBody } from '../draft/request-body.ts';
import { navigate } from '../flow/router.ts';
import { paths } from '../flow/routes.ts';

/**
 * The e-mailed link opens this page with `#reference=…&code=…`: the part after `#` never reaches a server. The
 * page takes it out of the address bar, reads the saved answers with the code in a header, and goes on to the
 * documents with every answer filled in.
 */
function fromFragment(roundId: string): Created | undefined {
  const fragment = new URLSearchParams(window.location.hash.slice(1));
  const reference = fragment.get('reference');
  const accessCode = fragment.get('code');
  if (window.location.hash) history.replaceState(null, '', paths.continue(roundId));
  if (!reference || !accessCode) return undefined;
  return { reference: reference.trim().toUpperCase(), accessCode: accessCode.trim().toUpperCase() };
}

export function ContinuePage() {
  const { t, language, round, updateDraft, discardDraft } = useApp();
  const words = t.continueDraft;
  const [created] = useState(() => fromFragment(round.id));
  const [error, setError] = useState<ApiError | undefined>(undefined);

  const load = async (link: Created) => {
    setError(undefined);
    const answer = await api.draftAnswers(link);
    if (!answer.ok) return setError(answer.error);
    const answers = answersOf(answer.data.answers);
    const restored: Draft = {
      ...newDraft(answer.data.roundId),
      answers,
      created: link,
      savedBody: JSON.stringify(requestBody(answers, language)),
      ...(answer.data.draftExpiresAt && { expiresAt: answer.data.draftExpiresAt }),
    };
    updateDraft(() => restored);
    navigate(paths.step(answer.data.roundId, 'documents'), { replace: true });
  };

  useEffect(() => {
    if (created) void load(created);
  }, []);

  const startAgain = (
    <p>
      <a
        class="button"
        href={paths.step(round.id, 'municipality')}
        onClick={() => {
          discardDraft();
        }}
      >
        {words.startAgain}
      </a>
    </p>
  );

  if (!created) {
    return (
      <Page title={words.title}>
        <Heading>{words.title}</Heading>
        <p>{words.noLink}</p>
        {startAgain}
      </Page>
    );
  }
  if (!error) {
    return (
      <Page title={words.title}>
        <Heading>{words.title}</Heading>
        <p role="status">{words.loading}</p>
      </Page>
    );
  }
  if (error.status === 409) {
    const statusHref = `${paths.status()}#reference=${encodeURIComponent(created.reference)}&code=${encodeURIComponent(created.accessCode)}`;
    return (
      <Page title={words.title}>
        <Heading>{words.title}</Heading>
        <p>{words.submitted}</p>
        <p>
          <a href={statusHref}>{words.statusLink}</a>
        </p>
      </Page>
    );
  }
  if (error.status === 404 || error.status === 410) {
    return (
      <Page title={words.goneTitle}>
        <Heading>{words.goneTitle}</Heading>
        <p data-testid="draft-gone">{error.message[language]}</p>
        {startAgain}
      </Page>
    );
  }
  return (
    <Page title={words.title} pageError={error.message}>
      <Heading>{words.title}</Heading>
      <button type="button" class="button" onClick={() => void load(created)}>
        {words.title}
      </button>
    </Page>
  );
}
