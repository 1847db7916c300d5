import type { DocumentType, Round } from '../../api/types.ts';
import { useSending } from '../../api/use-data.ts';
import { Heading } from '../../components/page.tsx';
import { StepForm } from '../../components/step-form.tsx';
import { SummaryList } from '../../components/summary-list.tsx';
import { navigate } from '../../flow/router.ts';
import { FeedbackPage } from '../components/feedback-page.tsx';
import { setFlash } from '../components/flash.ts';
import { useFormFeedback } from '../components/use-form-feedback.ts';
import { staffMessage, useStaffTexts } from '../i18n/texts.ts';
import { NoPaperDraft } from '../paper/no-paper-draft.tsx';
import { paperDocuments } from '../paper/paper-draft.ts';
import { PaperSummary } from '../paper/paper-summary.tsx';
import { usePaperDraft } from '../paper/use-paper-draft.ts';
import { PAPER_STEPS, staffPaths } from '../routes.ts';
import { useSignedIn } from '../session/session-context.ts';

/**
 * Step 3: the answers and scans once more, then "Register the application" submits it. A scan the API refuses
 * (it is checked again on the server) sends the person back to the documents step with the reason.
 */
export function PaperCheckPage({ round }: { round: Round }) {
  const { s, t, language } = useStaffTexts();
  const { api } = useSignedIn();
  const { draft, update, discard } = usePaperDraft(round.id);
  const feedback = useFormFeedback();
  const { busy, send } = useSending();
  const title = s.paper.stepTitles.check;
  const progress = { step: 3, total: PAPER_STEPS.length };
  const registered = draft.registered;
  const backHref = staffPaths.paper(round.id, 'documents');

  if (!registered) {
    return <NoPaperDraft roundId={round.id} title={title} progress={progress} backHref={backHref} />;
  }

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    feedback.clear();
    const answer = await send(() => api.submitPaper(registered.reference));
    if (!answer) return;
    if (!answer.ok) {
      const documentErrors = answer.error.fields.filter((field) => field.path.startsWith('documents.'));
      if (documentErrors.length === 0) return feedback.fail(answer.error.fields, answer.error.message);
      update((current) => {
        const documents = { ...current.documents };
        for (const field of documentErrors) delete documents[field.path.slice('documents.'.length) as DocumentType];
        return { ...current, documents, errors: documentErrors };
      });
      return navigate(backHref);
    }
    discard();
    setFlash(staffMessage((w) => w.paper.done(registered.reference)));
    navigate(staffPaths.application(registered.reference), { replace: true });
  };

  return (
    <FeedbackPage title={title} progress={progress} backHref={backHref} feedback={feedback}>
      <p class="caption">{s.paper.title}</p>
      <Heading>{title}</Heading>
      <p class="inset">{s.paper.registered(registered.reference)}</p>
      <PaperSummary answers={draft.answers} />
      <h2>{t.check.documentsTitle}</h2>
      <SummaryList
        rows={paperDocuments(round, draft.answers).map((requirement) => ({
          label: requirement.name[language],
          value: draft.documents[requirement.type]?.fileName || t.check.documentMissing,
          changeHref: backHref,
        }))}
      />
      <h2>{s.paper.submit}</h2>
      <p>{s.paper.checkIntro}</p>
      <StepForm
        onSubmit={(event) => void submit(event)}
        busy={busy}
        submitLabel={s.paper.submit}
        busyLabel={s.paper.submitting}
      />
    </FeedbackPage>
  );
}
