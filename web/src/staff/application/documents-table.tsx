import { useState } from 'preact/hooks';
import type { LocalizedText } from '../../api/types.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { formatSize } from '../../format/dates.ts';
import { isDocumentRefusal } from '../api/staff-api.ts';
import type { StaffApplicationResponse } from '../api/types.ts';
import { ReviewSection } from '../components/review-section.tsx';
import { TableWrap } from '../components/table-wrap.tsx';
import type { FormFeedback } from '../components/use-form-feedback.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { useSignedIn } from '../session/session-context.ts';

/**
 * The required documents with what arrived of each. "Open" asks the API for a link that works for a minute and
 * follows it at once; the file comes as a download, so this page stays open. Each link given is audited, which
 * the page says. A document the API will not hand out (its virus check is not finished, found a virus or failed)
 * gets the API's words next to its button: the button is described by them, and a live region announces them
 * while focus stays on the button.
 */
export function DocumentsTable({ view, feedback }: { view: StaffApplicationResponse; feedback: FormFeedback }) {
  const { s, language } = useStaffTexts();
  const { api } = useSignedIn();
  const [opening, setOpening] = useState<string | undefined>(undefined);
  const [opened, setOpened] = useState('');
  const [refused, setRefused] = useState<{ type: string; message: LocalizedText } | undefined>(undefined);
  const stored = view.application.documents ?? [];

  const open = async (type: string, name: string) => {
    if (opening) return;
    setOpened('');
    setRefused(undefined);
    setOpening(type);
    const answer = await api.documentLink(view.application.reference, type);
    setOpening(undefined);
    if (!answer.ok) {
      if (isDocumentRefusal(answer.error)) return setRefused({ type, message: answer.error.message });
      return feedback.fail([], answer.error.message);
    }
    window.location.assign(answer.data.url);
    setOpened(s.application.opened(name));
  };

  return (
    <ReviewSection id="documents" title={s.application.documentsTitle}>
      <p>{s.application.documentsRecorded}</p>
      <TableWrap captionId="documents-caption">
        <table class="table">
          <caption id="documents-caption" class="visually-hidden">
            {s.application.documentsCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">{s.application.documentColumn}</th>
              <th scope="col">{s.application.fileColumn}</th>
              <th scope="col">{s.application.actionColumn}</th>
            </tr>
          </thead>
          <tbody>
            {view.round.requiredDocuments.map((requirement) => {
              const document = stored.find((candidate) => candidate.type === requirement.type);
              const name = requirement.name[language];
              const messageId = `document-${requirement.type}-error`;
              const message = refused?.type === requirement.type ? refused.message : undefined;
              return (
                <tr key={requirement.type}>
                  <th scope="row">{name}</th>
                  <td>
                    {document
                      ? `${s.application.fileKinds[document.contentType] ?? document.contentType}, ${formatSize(document.sizeBytes, language)}`
                      : s.application.missing}
                  </td>
                  <td>
                    {document && (
                      <>
                        <button
                          type="button"
                          class="button button-secondary button-small"
                          aria-disabled={opening ? 'true' : undefined}
                          aria-describedby={message ? messageId : undefined}
                          onClick={() => void open(requirement.type, name)}
                        >
                          {opening === requirement.type ? s.application.opening : s.application.open}
                          <span class="visually-hidden">: {name}</span>
                        </button>
                        <div role="status" data-testid={`document-${requirement.type}-refusal`}>
                          <ErrorMessage id={messageId} message={message} />
                        </div>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
      <p class="saved" role="status">
        {opened}
      </p>
    </ReviewSection>
  );
}
