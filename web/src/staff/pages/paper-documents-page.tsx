import type { DocumentType, Round } from '../../api/types.ts';
import { uploadWithForm } from '../../api/upload.ts';
import { DocumentUpload } from '../../components/document-upload.tsx';
import { Heading, Page } from '../../components/page.tsx';
import { StepForm } from '../../components/step-form.tsx';
import { missingDocuments } from '../../flow/field-errors.ts';
import { navigate } from '../../flow/router.ts';
import { useFormFeedback } from '../components/use-form-feedback.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { NoPaperDraft } from '../paper/no-paper-draft.tsx';
import { paperDocuments } from '../paper/paper-draft.ts';
import { usePaperDraft } from '../paper/use-paper-draft.ts';
import { PAPER_STEPS, staffPaths } from '../routes.ts';
import { useSignedIn } from '../session/session-context.ts';

/**
 * Step 2: the scanned documents, uploaded with the same checks and progress as the applicant's upload, through
 * an upload form the social service asks for.
 */
export function PaperDocumentsPage({ round }: { round: Round }) {
  const { s } = useStaffTexts();
  const { api } = useSignedIn();
  const { draft, update } = usePaperDraft(round.id);
  const feedback = useFormFeedback();
  const title = s.paper.stepTitles.documents;
  const progress = { step: 2, total: PAPER_STEPS.length };
  const registered = draft.registered;

  if (!registered) {
    return <NoPaperDraft roundId={round.id} title={title} progress={progress} backHref={staffPaths.paper(round.id)} />;
  }

  const stored = (type: DocumentType, record: { fileName: string; sizeBytes: number }) =>
    update((current) => ({
      ...current,
      documents: { ...current.documents, [type]: record },
      errors: current.errors.filter((error) => error.path !== `documents.${type}`),
    }));
  const errorOf = (path: string) =>
    feedback.errorOf(path) ?? draft.errors.find((error) => error.path === path)?.message;

  const submit = (event: Event) => {
    event.preventDefault();
    const missing = missingDocuments(paperDocuments(round, draft.answers), draft.documents);
    if (missing.length > 0) return feedback.fail(missing);
    navigate(staffPaths.paper(round.id, 'check'));
  };

  return (
    <Page
      title={title}
      progress={progress}
      backHref={staffPaths.paper(round.id)}
      errors={feedback.errors.length > 0 ? feedback.errors : draft.errors}
      errorFocusKey={feedback.errorFocusKey}
    >
      <StepForm onSubmit={submit}>
        <p class="caption">{s.paper.title}</p>
        <Heading>{title}</Heading>
        <p class="inset">{s.paper.registered(registered.reference)}</p>
        <p>{s.paper.documentsIntro}</p>
        {paperDocuments(round, draft.answers).map((requirement) => (
          <DocumentUpload
            key={requirement.type}
            requirement={requirement}
            upload={(file, onProgress) =>
              uploadWithForm(() => api.paperUploadForm(registered.reference, requirement.type), file, onProgress)
            }
            stored={draft.documents[requirement.type]}
            error={errorOf(`documents.${requirement.type}`)}
            onStored={(record) => stored(requirement.type, record)}
          />
        ))}
      </StepForm>
    </Page>
  );
}
