import { useState } from 'preact/hooks';
import type { ApiResult, DownloadedFile } from '../../api/route-client.ts';
import { useSending } from '../../api/use-data.ts';
import { saveFile } from '../../files/save-file.ts';
import { SavedLine } from '../components/saved-line.tsx';
import type { FormFeedback } from '../components/use-form-feedback.ts';
import { useStaffTexts } from '../i18n/texts.ts';

interface CsvDownloadProps {
  label: string;
  request(): Promise<ApiResult<DownloadedFile>>;
  /** The file's name when the answer names none. */
  fileName: string;
  /** A download that fails says why in the page's error summary. */
  feedback: FormFeedback;
}

/** A button that downloads a CSV file, says "Preparing the file…" meanwhile, and then which file it saved. */
export function CsvDownload({ label, request, fileName, feedback }: CsvDownloadProps) {
  const { s } = useStaffTexts();
  const { busy, send } = useSending();
  const [downloaded, setDownloaded] = useState<string | undefined>(undefined);
  const download = async () => {
    if (busy) return;
    feedback.clear();
    setDownloaded(undefined);
    const answer = await send(request);
    if (!answer) return;
    if (!answer.ok) return feedback.fail([], answer.error.message);
    const name = answer.data.fileName ?? fileName;
    saveFile(answer.data.blob, name);
    setDownloaded(name);
  };
  return (
    <div class="no-print">
      <button
        type="button"
        class="button button-secondary"
        aria-disabled={busy ? 'true' : undefined}
        onClick={() => void download()}
      >
        {busy ? s.serviceYear.downloading : label}
      </button>
      <SavedLine text={downloaded ? s.serviceYear.downloaded(downloaded) : ''} />
    </div>
  );
}
