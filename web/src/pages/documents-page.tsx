import { useEffect } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { DocumentType, LocalizedText } from '../api/types.ts';
import { uploadDocument } from '../api/upload.ts';
import { useApp } from '../app-context.ts';
import { DocumentUpload } from '../components/document-upload.tsx';
import { FormDownload } from '../components/form-download.tsx';
import { Heading, Page } from '../components/page.tsx';
import { SaveLater } from '../components/save-later.tsx';
import { StepForm } from '../components/step-form.tsx';
import { fieldError } from '../flow/field-errors.ts';
import { onlineDocuments } from '../flow/needed-documents.ts';
import { paths } from '../flow/routes.ts';
import { useStep } from '../flow/use-step.ts';

export function DocumentsPage() {
  const { t, updateDraft } = useApp();
  const step = useStep('documents');
  const { draft, round } = step;
  const created = draft.created;

  // The server knows best what has arrived (e.g. after a reload, or a file it refused and removed).
  useEffect(() => {
    if (!created) return;
    void api.status(created).then((answer) => {
      if (!answer.ok || answer.data.status !== 'draft') return;
      updateDraft((current) => {
        const documents = { ...current.documents };
        for (const { type, received } of answer.data.documents) {
          if (received && !documents[type]) documents[type] = { fileName: '', sizeBytes: 0 };
          if (!received) delete documents[type];
        }
        const expiresAt = answer.data.draftExpiresAt;
        return { ...current, documents, ...(expiresAt && { expiresAt }) };
      });
    });
  }, [created?.reference]);

  const stored = (type: DocumentType, record: { fileName: string; sizeBytes: number }) =>
    updateDraft((current) => ({
      ...current,
      documents: { ...current.documents, [type]: record },
      errors: current.errors.filter((error) => error.path !== `documents.${type}`),
    }));

  /** A file refused or not sent is this document's error until another file is chosen: summary and field agree. */
  const problem = (type: DocumentType, message: LocalizedText | undefined) =>
    updateDraft((current) => {
      const errors = [
        ...current.errors.filter((error) => error.path !== `documents.${type}`),
        ...(message ? [fieldError(`documents.${type}`, message, 'DOCUMENT_REFUSED')] : []),
      ];
      // In the order of the page, as the summary lists them.
      const place = (path: string) =>
        round.requiredDocuments.findIndex((document) => path === `documents.${document.type}`);
      return { ...current, errors: errors.sort((one, other) => place(one.path) - place(other.path)) };
    });

  if (!created) {
    return (
      <Page title={t.documents.title} {...step}>
        <Heading>{t.documents.title}</Heading>
        <p>{t.documents.noDraft}</p>
        <p>
          <a href={paths.step(round.id, 'consent')}>{t.documents.goToConsent}</a>
        </p>
      </Page>
    );
  }

  const needed = onlineDocuments(round, draft.answers);
  return (
    <Page title={t.documents.title} {...step}>
      <StepForm onSubmit={step.onContinue} busy={step.busy}>
        <Heading>{t.documents.title}</Heading>
        <p class="inset">{t.documents.saved(created.reference)}</p>
        <p>{t.documents.intro}</p>
        <p>{t.documents.sentAtOnce}</p>
        {needed.some((requirement) => requirement.type === 'application-form') && (
          <FormDownload round={round} filling={{ answers: draft.answers, reference: created.reference }} />
        )}
        {needed.map((requirement) => (
          <DocumentUpload
            key={requirement.type}
            requirement={requirement}
            upload={(file, onProgress) => uploadDocument(created, requirement.type, file, onProgress)}
            stored={draft.documents[requirement.type]}
            error={step.errorOf(`documents.${requirement.type}`)}
            onStored={(record) => stored(requirement.type, record)}
            onProblem={(message) => problem(requirement.type, message)}
          />
        ))}
      </StepForm>
      <SaveLater />
    </Page>
  );
}
