import { useState } from 'preact/hooks';
import type { ApiResult, DownloadedFile } from '../../api/route-client.ts';
import { useSending } from '../../api/use-data.ts';
import { saveFile } from '../../files/save-file.ts';
import type { FormFeedback } from './use-form-feedback.ts';

/**
 * A file the API makes (a CSV), fetched with the sign-in header and handed to the browser as a download, so the
 * token never appears in an address. `busy` while it comes; then `downloaded` names the file saved, or the
 * page's error summary says why there is none. A press while one is on its way does nothing.
 */
export function useFileDownload(feedback: FormFeedback) {
  const { busy, send } = useSending();
  const [downloaded, setDownloaded] = useState<string | undefined>(undefined);

  /** `fileName` is the name to save under when the answer names none. */
  const download = async (request: () => Promise<ApiResult<DownloadedFile>>, fileName: string) => {
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

  return { busy, downloaded, setDownloaded, download };
}
