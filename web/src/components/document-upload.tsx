import { useState } from 'preact/hooks';
import type { DocumentRequirement, LocalizedText } from '../api/types.ts';
import type { UploadOutcome } from '../api/upload.ts';
import { useLanguage } from '../app-context.ts';
import { ACCEPTED_FILES, checkFile } from '../files/check-file.ts';
import { fieldId } from '../flow/steps.ts';
import { formatSize } from '../format/dates.ts';
import { bothLanguages, texts } from '../i18n/texts.ts';
import { describedBy, ErrorMessage } from './error-message.tsx';
import { SecondaryButton } from './secondary-button.tsx';

type Phase =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'sending'; percent: number }
  /** The connection broke or storage refused: the same file can be sent again. */
  | { kind: 'failed'; file: File }
  /** The file cannot be sent as it is (too large, wrong type, or the server said why). */
  | { kind: 'refused'; message: LocalizedText };

interface DocumentUploadProps {
  requirement: DocumentRequirement;
  /** Sends the checked file: the applicant's upload, or the social service's for a paper application. */
  upload(file: File, onProgress: (fraction: number) => void): Promise<UploadOutcome>;
  /** What reached storage earlier: a name and size, or `{}` when only the server knows it arrived. */
  stored: { fileName: string; sizeBytes: number } | undefined;
  /** An error from the server or from "Continue" for this document. */
  error: LocalizedText | undefined;
  onStored(record: { fileName: string; sizeBytes: number }): void;
  /**
   * Told the words of a file refused or not sent (undefined once another file is chosen), for the page to keep
   * as this document's error, so that the error summary and the field say the same. The field then shows `error`
   * alone. Without it, the field shows the refusal itself.
   */
  onProblem?(message: LocalizedText | undefined): void;
}

/**
 * One document: choose a file and it is checked in the browser, then sent with visible progress. A failed upload
 * offers to send the same file again; choosing another file replaces the stored one.
 */
export function DocumentUpload({ requirement, upload, stored, error, onStored, onProblem }: DocumentUploadProps) {
  const { t, language } = useLanguage();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const id = fieldId(`documents.${requirement.type}`);
  const name = requirement.name[language];

  const refuse = (message: LocalizedText) => {
    setPhase({ kind: 'refused', message });
    onProblem?.(message);
  };

  const send = async (file: File) => {
    setPhase({ kind: 'sending', percent: 0 });
    const outcome = await upload(file, (fraction) =>
      setPhase({ kind: 'sending', percent: Math.round(fraction * 100) }),
    );
    if (outcome.ok) {
      setPhase({ kind: 'idle' });
      onStored({ fileName: file.name, sizeBytes: file.size });
    } else if (outcome.kind === 'failed') {
      setPhase({ kind: 'failed', file });
      onProblem?.(bothLanguages((words) => words.documents.failed));
    } else refuse(outcome.error.message);
  };

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setPhase({ kind: 'checking' });
    onProblem?.(undefined);
    const problem = await checkFile(file);
    // Emptied, so that choosing the corrected file under the same name counts as a new choice.
    if (problem) input.value = '';
    if (problem === 'empty') return refuse(bothLanguages((words) => words.documents.empty));
    if (problem === 'wrong-type') return refuse(bothLanguages((words) => words.documents.wrongType));
    if (problem === 'too-large') {
      return refuse({
        lv: texts.lv.documents.tooLarge(formatSize(file.size, 'lv')),
        en: texts.en.documents.tooLarge(formatSize(file.size, 'en')),
      });
    }
    await send(file);
  };

  const busy = phase.kind === 'checking' || phase.kind === 'sending';
  const ownProblem =
    phase.kind === 'refused'
      ? phase.message
      : phase.kind === 'failed'
        ? bothLanguages((words) => words.documents.failed)
        : undefined;
  // With `onProblem`, the page keeps the refusal as `error`: one message, in the field and in the error summary.
  const shownError = busy ? undefined : onProblem ? error : (ownProblem ?? (phase.kind === 'idle' ? error : undefined));
  const status =
    phase.kind === 'checking'
      ? t.documents.checking
      : phase.kind === 'sending'
        ? t.documents.sending(phase.percent)
        : phase.kind === 'idle' && stored && !error
          ? stored.fileName
            ? t.documents.received(stored.fileName, formatSize(stored.sizeBytes, language))
            : t.documents.receivedUnnamed
          : '';

  return (
    <div class={`field upload${shownError ? ' field-error' : ''}`}>
      <h2 class="upload-title">
        <label for={id}>{name}</label>
      </h2>
      <p class="hint" id={`${id}-hint`}>
        {requirement.description[language]}
      </p>
      {/* One polite live region for the progress and the outcome, so a screen reader hears what happened. */}
      <div aria-live="polite" class="upload-live">
        {status && (
          <p class={phase.kind === 'idle' ? 'upload-status upload-done' : 'upload-status'} id={`${id}-status`}>
            {status}
          </p>
        )}
        <ErrorMessage id={`${id}-error`} message={shownError} />
      </div>
      {phase.kind === 'sending' && (
        <progress class="progress" max={100} value={phase.percent} aria-label={t.documents.sending(phase.percent)} />
      )}
      {phase.kind === 'idle' && stored && !error && <p class="hint">{t.documents.replace}</p>}
      {/* The input is hidden from sight but not from keyboards or screen readers; its second label is the big
          button people see, in the page's language rather than the browser's. */}
      <input
        class="file-input"
        type="file"
        id={id}
        name={`documents.${requirement.type}`}
        accept={ACCEPTED_FILES}
        onChange={(event) => void choose(event.currentTarget)}
        aria-describedby={[describedBy(id, true, shownError), status ? `${id}-status` : ''].filter(Boolean).join(' ')}
        aria-invalid={shownError ? 'true' : undefined}
      />
      <label class="button button-secondary file-button" for={id}>
        {t.documents.choose}
      </label>
      {phase.kind === 'failed' && (
        <SecondaryButton onPress={() => void send(phase.file)}>{t.documents.retry(name)}</SecondaryButton>
      )}
    </div>
  );
}
