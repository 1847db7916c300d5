import { useState } from 'preact/hooks';
import { Checkbox } from '../../components/checkbox.tsx';
import { Heading, Page } from '../../components/page.tsx';
import { StepForm } from '../../components/step-form.tsx';
import { navigate, useLocation } from '../../flow/router.ts';
import { municipalityName, useRound } from '../api/use-round.ts';
import { LoadError, Loading } from '../components/load-state.tsx';
import { MunicipalityPicker } from '../components/municipality-picker.tsx';
import { saveFile } from '../components/save-file.ts';
import { SavedLine } from '../components/saved-line.tsx';
import { useFormFeedback } from '../components/use-form-feedback.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { useSignedIn } from '../session/session-context.ts';

/**
 * The queue as a CSV file. Personal codes and contact details only when asked for; the page says that every
 * download is recorded. The file is fetched with the sign-in header and handed to the browser as a download, so
 * the token never appears in an address.
 */
export function ExportPage({ roundId }: { roundId: string }) {
  const { s, language } = useStaffTexts();
  const { api, identity } = useSignedIn();
  const location = useLocation();
  const { round, error, retry } = useRound(roundId);
  const feedback = useFormFeedback();
  const [sensitive, setSensitive] = useState(false);
  const [busy, setBusy] = useState(false);
  const [downloaded, setDownloaded] = useState<string | undefined>(undefined);
  const isAdministrator = identity.role === 'administrator';
  const municipality = isAdministrator
    ? (new URLSearchParams(location.search).get('municipality') ?? undefined)
    : identity.municipalityCode;

  if (error) return <LoadError error={error} retry={retry} />;
  if (!round) return <Loading />;

  const download = async (event: Event) => {
    event.preventDefault();
    if (busy || !municipality) return;
    feedback.clear();
    setDownloaded(undefined);
    setBusy(true);
    const answer = await api.exportCsv(round.id, {
      sensitive,
      municipality: isAdministrator ? municipality : undefined,
    });
    setBusy(false);
    if (!answer.ok) return feedback.fail([], answer.error.message);
    const fileName = answer.data.fileName ?? `${round.id}-${municipality}.csv`;
    saveFile(answer.data.blob, fileName);
    setDownloaded(fileName);
  };

  return (
    <Page
      title={s.export.title}
      backHref={staffPaths.queue(round.id, { municipality: isAdministrator ? municipality : undefined })}
      errors={feedback.errors}
      pageError={feedback.pageError}
      errorFocusKey={feedback.errorFocusKey}
    >
      <Heading>{s.export.title}</Heading>
      <p class="lead">
        {s.queue.roundLine(round.name[language])}
        {municipality && <> {s.queue.municipalityLine(municipalityName(round, municipality, language))}</>}
      </p>
      {isAdministrator && (
        <MunicipalityPicker
          round={round}
          chosen={municipality}
          error={feedback.errorOf('municipality')}
          onMissing={(errors) => feedback.fail(errors)}
          onChoose={(code) => {
            feedback.clear();
            navigate(staffPaths.export(round.id, code));
          }}
        />
      )}
      {municipality && (
        <>
          <p>{s.export.intro}</p>
          <StepForm
            onSubmit={(event) => void download(event)}
            busy={busy}
            submitLabel={s.export.download}
            busyLabel={s.export.busy}
          >
            <Checkbox
              path="sensitive"
              label={s.export.sensitive}
              hint={s.export.sensitiveHint}
              checked={sensitive}
              onChange={setSensitive}
            />
            <p class="inset">{s.export.recorded}</p>
          </StepForm>
          <SavedLine text={downloaded ? s.export.done(downloaded) : ''} />
        </>
      )}
    </Page>
  );
}
