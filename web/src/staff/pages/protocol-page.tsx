import type { Round } from '../../api/types.ts';
import { useData } from '../../api/use-data.ts';
import { BusyButton } from '../../components/busy-button.tsx';
import { SecondaryButton } from '../../components/secondary-button.tsx';
import { InlineLoadError, Loading } from '../components/load-state.tsx';
import { type ChosenMunicipality, MunicipalityPage } from '../components/municipality-page.tsx';
import { SavedLine } from '../components/saved-line.tsx';
import { useFileDownload } from '../components/use-file-download.ts';
import { type FormFeedback, useFormFeedback } from '../components/use-form-feedback.ts';
import { usePdfDownload } from '../components/use-pdf-download.ts';
import { staffMessage, useStaffTexts } from '../i18n/texts.ts';
import { protocolContent } from '../protocol/protocol-content.ts';
import { ProtocolDocument } from '../protocol/protocol-document.tsx';
import { wholeProtocol } from '../protocol/whole-protocol.ts';
import { staffPaths } from '../routes.ts';
import { useSignedIn } from '../session/session-context.ts';

/**
 * A municipality's selection protocol as a document: numbered, dated, with the criteria, every application to the
 * second, who ran and published the selection, and lines to sign. Printed by the browser (the print style leaves
 * out everything but the document), or downloaded as a PDF made on this device, or as CSV. Administrators choose
 * the municipality; social workers see their own, with the selected and waiting persons' contacts.
 */
export function ProtocolPage({ round }: { round: Round }) {
  const { s } = useStaffTexts();
  const feedback = useFormFeedback();

  return (
    <MunicipalityPage
      title={s.protocol.title}
      round={round}
      feedback={feedback}
      chooseHref={(code) => staffPaths.protocol(round.id, code)}
      nav="protocol"
      intro={<p class="no-print">{s.protocol.intro}</p>}
      printed
    >
      {(chosen) => <Protocol round={round} chosen={chosen} feedback={feedback} />}
    </MunicipalityPage>
  );
}

function Protocol({ round, chosen, feedback }: { round: Round; chosen: ChosenMunicipality; feedback: FormFeedback }) {
  const { s, language } = useStaffTexts();
  const { api } = useSignedIn();
  const { municipality, forAdministrator } = chosen;
  const { data, error, retry } = useData(`protocol:${round.id}:${municipality}`, () =>
    wholeProtocol((from) => api.protocol(round.id, forAdministrator, from)),
  );
  const downloads = useFileDownload(feedback);
  const pdf = usePdfDownload(
    feedback,
    staffMessage((words) => words.protocol.pdfFailed),
  );

  if (error?.status === 404 && error.code === 'SELECTION_NOT_RUN') {
    return <p data-testid="not-run">{s.selection.notRun}</p>;
  }
  if (error) return <InlineLoadError error={error} retry={retry} />;
  if (!data) return <Loading />;
  const content = protocolContent(data, language);

  const downloadCsv = () =>
    downloads.download(() => api.protocolCsv(round.id, forAdministrator), `protocol-${data.number}.csv`);

  const downloadPdf = () => {
    downloads.setDownloaded(undefined);
    return pdf.download(async () => {
      const { downloadProtocol } = await import('../protocol/download-protocol.ts');
      await downloadProtocol(content);
      downloads.setDownloaded(content.fileName);
    });
  };

  return (
    <>
      <div class="button-row no-print">
        <SecondaryButton onPress={() => window.print()}>{s.protocol.print}</SecondaryButton>
        <BusyButton
          busy={pdf.making}
          label={s.protocol.downloadPdf}
          busyLabel={s.protocol.preparingPdf}
          onPress={() => void downloadPdf()}
        />
        <BusyButton
          busy={downloads.busy}
          label={s.protocol.download}
          busyLabel={s.protocol.downloading}
          onPress={() => void downloadCsv()}
        />
      </div>
      <p class="no-print">{s.protocol.recorded}</p>
      <div class="no-print">
        <SavedLine text={downloads.downloaded ? s.protocol.downloaded(downloads.downloaded) : ''} />
      </div>
      <ProtocolDocument content={content} />
    </>
  );
}
