import { useState } from 'preact/hooks';
import type { Round } from '../../api/types.ts';
import { Checkbox } from '../../components/checkbox.tsx';
import { StepForm } from '../../components/step-form.tsx';
import { type ChosenMunicipality, MunicipalityPage } from '../components/municipality-page.tsx';
import { SavedLine } from '../components/saved-line.tsx';
import { useFileDownload } from '../components/use-file-download.ts';
import { type FormFeedback, useFormFeedback } from '../components/use-form-feedback.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { useSignedIn } from '../session/session-context.ts';

/**
 * The queue as a CSV file. Personal codes and contact details only when asked for; the page says that every
 * download is recorded. The file is fetched with the sign-in header and handed to the browser as a download, so
 * the token never appears in an address.
 */
export function ExportPage({ round }: { round: Round }) {
  const { s } = useStaffTexts();
  const feedback = useFormFeedback();
  return (
    <MunicipalityPage
      title={s.export.title}
      round={round}
      feedback={feedback}
      chooseHref={(code) => staffPaths.export(round.id, code)}
      backHref={(forAdministrator) => staffPaths.queue(round.id, { municipality: forAdministrator })}
    >
      {(chosen) => <ExportForm round={round} chosen={chosen} feedback={feedback} />}
    </MunicipalityPage>
  );
}

function ExportForm({ round, chosen, feedback }: { round: Round; chosen: ChosenMunicipality; feedback: FormFeedback }) {
  const { s } = useStaffTexts();
  const { api } = useSignedIn();
  const [sensitive, setSensitive] = useState(false);
  const { busy, downloaded, download } = useFileDownload(feedback);
  const submit = (event: Event) => {
    event.preventDefault();
    void download(
      () => api.exportCsv(round.id, { sensitive, municipality: chosen.forAdministrator }),
      `${round.id}-${chosen.municipality}.csv`,
    );
  };

  return (
    <>
      <p>{s.export.intro}</p>
      <StepForm onSubmit={submit} busy={busy} submitLabel={s.export.download} busyLabel={s.export.busy}>
        <Checkbox
          {...feedback.bindTick('sensitive', sensitive, setSensitive)}
          label={s.export.sensitive}
          hint={s.export.sensitiveHint}
        />
        <p class="inset">{s.export.recorded}</p>
      </StepForm>
      <SavedLine text={downloaded ? s.export.done(downloaded) : ''} />
    </>
  );
}
