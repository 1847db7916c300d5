import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldError, Language } from '../../api/types.ts';
import { useSending } from '../../api/use-data.ts';
import { BusyButton } from '../../components/busy-button.tsx';
import { Checkbox } from '../../components/checkbox.tsx';
import { Heading } from '../../components/page.tsx';
import { RadioGroup } from '../../components/radio-group.tsx';
import { SecondaryButton } from '../../components/secondary-button.tsx';
import { StepForm } from '../../components/step-form.tsx';
import { TextField } from '../../components/text-field.tsx';
import { saveFile } from '../../files/save-file.ts';
import { FeedbackPage } from '../components/feedback-page.tsx';
import { SavedLine } from '../components/saved-line.tsx';
import { type FormFeedback, showApiError, useFormFeedback } from '../components/use-form-feedback.ts';
import { usePdfDownload } from '../components/use-pdf-download.ts';
import { copyContent } from '../data-requests/copy-content.ts';
import { CopyDocument } from '../data-requests/copy-document.tsx';
import type { AccessExport } from '../data-requests/types.ts';
import { staffRequired } from '../i18n/field-errors.ts';
import { staffMessage, useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { useSignedIn } from '../session/session-context.ts';

/**
 * Requests about personal data: at the office, once the person's identity is checked, a copy of everything held
 * about them (GDPR Art. 15). The personal code is typed hidden (shown on request), never offered by the browser
 * again, sent in a request body only and forgotten once the copy is made. The copy is shown as a document in the
 * person's language, to print or to save as a PDF made on this device, and as the JSON file of the same data.
 */
export function PersonalDataPage() {
  const { s } = useStaffTexts();
  const { api, identity } = useSignedIn();
  const feedback = useFormFeedback();
  const { busy, send } = useSending();
  const [personalCode, setPersonalCode] = useState('');
  const [showCode, setShowCode] = useState(false);
  const [language, setLanguage] = useState<Language>('lv');
  const [identityChecked, setIdentityChecked] = useState(false);
  const [copy, setCopy] = useState<AccessExport | undefined>(undefined);
  const w = s.dataRequests;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const own: FieldError[] = [];
    if (!personalCode.trim()) own.push(staffRequired('personalCode', (words) => words.dataRequests.requiredCode));
    if (!identityChecked) {
      own.push(staffRequired('identityChecked', (words) => words.dataRequests.requiredIdentity));
    }
    if (!feedback.passes(own)) return;
    setCopy(undefined);
    const answer = await send(() => api.exportPersonalData({ personalCode: personalCode.trim(), language }));
    if (!answer) return;
    if (!answer.ok) return showApiError(feedback, answer.error, '', 'personalCode');
    // The code has done its work: it does not stay on the screen of a shared office computer.
    setPersonalCode('');
    setShowCode(false);
    setIdentityChecked(false);
    setCopy(answer.data);
  };

  return (
    <FeedbackPage title={w.title} backHref={staffPaths.home()} feedback={feedback}>
      <div class="no-print">
        <Heading>{w.title}</Heading>
        <p>{w.intro}</p>
        <p>{w.scope[identity.role]}</p>
        <p>{w.correctionHint}</p>
        <h2>{w.formTitle}</h2>
        <StepForm onSubmit={(event) => void submit(event)} busy={busy} submitLabel={w.submit} busyLabel={w.busy}>
          <TextField
            {...feedback.bindText('personalCode', personalCode, setPersonalCode)}
            label={w.personalCode}
            hint={w.personalCodeHint}
            type={showCode ? 'text' : 'password'}
            autoComplete="off"
            inputMode="numeric"
            size="medium"
          />
          <Checkbox path="showCode" label={w.showCode} checked={showCode} onChange={setShowCode} />
          <RadioGroup
            {...feedback.bindChoice('language', language, (chosen) => setLanguage(chosen === 'en' ? 'en' : 'lv'))}
            legend={w.language}
            hint={w.languageHint}
            options={[
              { value: 'lv', label: w.languages.lv, lang: 'lv' },
              { value: 'en', label: w.languages.en, lang: 'en' },
            ]}
          />
          <Checkbox
            {...feedback.bindTick('identityChecked', identityChecked, setIdentityChecked)}
            label={w.identityChecked}
          />
          <p class="inset">{w.recorded}</p>
        </StepForm>
      </div>
      {copy && <Copy copy={copy} feedback={feedback} />}
    </FeedbackPage>
  );
}

/** The copy just made: what to do with it, then the document itself. Focus moves to it once it is there. */
function Copy({ copy, feedback }: { copy: AccessExport; feedback: FormFeedback }) {
  const { s } = useStaffTexts();
  const w = s.dataRequests;
  const content = copyContent(copy);
  const pdf = usePdfDownload(
    feedback,
    staffMessage((words) => words.dataRequests.pdfFailed),
  );
  const [downloaded, setDownloaded] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [copy]);

  const downloadJson = () => {
    saveFile(new Blob([JSON.stringify(copy, null, 2)], { type: 'application/json' }), copy.fileName);
    setDownloaded(copy.fileName);
  };

  const downloadPdf = () =>
    pdf.download(async () => {
      const { downloadCopy } = await import('../data-requests/download-copy.ts');
      await downloadCopy(content);
      setDownloaded(content.fileName);
    });

  const sent = copy.applications.filter((application) => application.status === 'submitted');
  return (
    <section aria-labelledby="copy-ready" data-testid="copy-ready">
      <div class="no-print">
        <h2 id="copy-ready" tabIndex={-1} ref={heading}>
          {w.ready(copy.applications.length)}
        </h2>
        <div class="button-row">
          <SecondaryButton onPress={() => window.print()}>{w.print}</SecondaryButton>
          <BusyButton
            busy={pdf.making}
            label={w.downloadPdf}
            busyLabel={w.preparingPdf}
            onPress={() => void downloadPdf()}
          />
          <SecondaryButton onPress={downloadJson}>{w.downloadJson}</SecondaryButton>
        </div>
        <p class="hint">{w.jsonHint}</p>
        <p>{w.fileSafety}</p>
        <SavedLine text={downloaded ? w.downloaded(downloaded) : ''} />
        {sent.length > 0 && (
          <>
            <p>{w.documentsNote}</p>
            <ul class="list">
              {sent.map(({ reference }) => (
                <li key={reference}>
                  <a href={staffPaths.applicationStep(reference, 'documents')}>{w.openDocuments(reference)}</a>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <CopyDocument content={content} />
    </section>
  );
}
