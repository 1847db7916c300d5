import type { ApiResult, DownloadedFile } from '../../api/route-client.ts';
import { BusyButton } from '../../components/busy-button.tsx';
import { SavedLine } from '../components/saved-line.tsx';
import { useFileDownload } from '../components/use-file-download.ts';
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
  const { busy, downloaded, download } = useFileDownload(feedback);
  return (
    <div class="no-print">
      <BusyButton
        busy={busy}
        label={label}
        busyLabel={s.serviceYear.downloading}
        onPress={() => void download(request, fileName)}
      />
      <SavedLine text={downloaded ? s.serviceYear.downloaded(downloaded) : ''} />
    </div>
  );
}
