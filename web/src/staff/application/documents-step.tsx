import { SummaryList } from '../../components/summary-list.tsx';
import { useStaffTexts } from '../i18n/texts.ts';
import { useDeclaredRows } from './application-details.tsx';
import { DocumentCheckForm } from './document-check-form.tsx';
import { DocumentViewer } from './document-viewer.tsx';
import type { ReviewFormProps } from './review-form-props.ts';

/**
 * The document check: the documents, shown in the page, beside what the person declared and the check's form, so
 * the one is compared with the other without leaving the page. On a narrow screen the form follows the documents.
 */
export function DocumentsStep(props: ReviewFormProps) {
  const { s } = useStaffTexts();
  const declared = useDeclaredRows(props.view);
  return (
    <div class="document-review">
      <DocumentViewer view={props.view} feedback={props.feedback} />
      <div class="document-check">
        <section aria-labelledby="declared-title">
          <h2 id="declared-title">{s.application.declaredTitle}</h2>
          <p>{s.application.declaredIntro}</p>
          <SummaryList rows={declared} />
        </section>
        <section aria-labelledby="check-title">
          <h2 id="check-title">{s.application.checkTitle}</h2>
          <DocumentCheckForm {...props} />
        </section>
      </div>
    </div>
  );
}
