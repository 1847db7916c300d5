import { useState } from 'preact/hooks';
import type { Round } from '../../api/types.ts';
import { Heading, Page } from '../../components/page.tsx';
import { navigate, useLocation } from '../../flow/router.ts';
import { rigaDateTime } from '../../format/dates.ts';
import type { ProtocolResponse } from '../api/types.ts';
import { municipalityName, useRound } from '../api/use-round.ts';
import { useStaffData } from '../api/use-staff-data.ts';
import { InlineLoadError, LoadError, Loading } from '../components/load-state.tsx';
import { MunicipalityPicker } from '../components/municipality-picker.tsx';
import { RoundNav } from '../components/round-nav.tsx';
import { saveFile } from '../components/save-file.ts';
import { SavedLine } from '../components/saved-line.tsx';
import { TableWrap } from '../components/table-wrap.tsx';
import { type FormFeedback, useFormFeedback } from '../components/use-form-feedback.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { RunDetails } from '../selection/run-details.tsx';
import { useSignedIn } from '../session/session-context.ts';

/**
 * A municipality's selection protocol: how each application came out of the latest run as it stands now, and
 * why, with what identifies the run. Made to be printed (the print style leaves out navigation and buttons) and
 * downloadable as CSV. Administrators choose the municipality; social workers see their own.
 */
export function ProtocolPage({ roundId }: { roundId: string }) {
  const { s, language } = useStaffTexts();
  const { identity } = useSignedIn();
  const location = useLocation();
  const { round, error, retry } = useRound(roundId);
  const feedback = useFormFeedback();
  const isAdministrator = identity.role === 'administrator';
  const municipality = isAdministrator
    ? (new URLSearchParams(location.search).get('municipality') ?? undefined)
    : identity.municipalityCode;

  if (error) return <LoadError error={error} retry={retry} />;
  if (!round) return <Loading />;
  return (
    <Page
      title={s.protocol.title}
      errors={feedback.errors}
      pageError={feedback.pageError}
      errorFocusKey={feedback.errorFocusKey}
    >
      <Heading>{s.protocol.title}</Heading>
      <p class="lead">
        {s.queue.roundLine(round.name[language])}
        {municipality && <> {s.queue.municipalityLine(municipalityName(round, municipality, language))}</>}
      </p>
      <RoundNav roundId={round.id} current="protocol" />
      <p class="no-print">{s.protocol.intro}</p>
      {isAdministrator && (
        <div class="no-print">
          <MunicipalityPicker
            round={round}
            chosen={municipality}
            error={feedback.errorOf('municipality')}
            onMissing={(errors) => feedback.fail(errors)}
            onChoose={(code) => {
              feedback.clear();
              navigate(staffPaths.protocol(round.id, code));
            }}
          />
        </div>
      )}
      {municipality && <Protocol round={round} municipality={municipality} feedback={feedback} />}
    </Page>
  );
}

function Protocol({ round, municipality, feedback }: { round: Round; municipality: string; feedback: FormFeedback }) {
  const { s, language } = useStaffTexts();
  const { api, identity } = useSignedIn();
  const forAdministrator = identity.role === 'administrator' ? municipality : undefined;
  const { data, error, retry } = useStaffData(`protocol:${round.id}:${municipality}`, () =>
    api.protocol(round.id, forAdministrator),
  );
  const [busy, setBusy] = useState(false);
  const [downloaded, setDownloaded] = useState<string | undefined>(undefined);

  if (error?.status === 404 && error.code === 'SELECTION_NOT_RUN') {
    return <p data-testid="not-run">{s.selection.notRun}</p>;
  }
  if (error) return <InlineLoadError error={error} retry={retry} />;
  if (!data) return <Loading />;
  const name = municipalityName(round, data.municipalityCode, language);
  const cap = data.run.municipalities.find((part) => part.code === data.municipalityCode)?.cap;

  const download = async () => {
    if (busy) return;
    feedback.clear();
    setDownloaded(undefined);
    setBusy(true);
    const answer = await api.protocolCsv(round.id, forAdministrator);
    setBusy(false);
    if (!answer.ok) return feedback.fail([], answer.error.message);
    const fileName = answer.data.fileName ?? `${round.id}-${data.municipalityCode}-protocol.csv`;
    saveFile(answer.data.blob, fileName);
    setDownloaded(fileName);
  };

  return (
    <>
      <h2>{s.selection.aboutTitle}</h2>
      <RunDetails
        run={data.run}
        before={[
          { label: s.protocol.round, value: round.name[language] },
          { label: s.protocol.municipality, value: name },
          ...(cap === undefined ? [] : [{ label: s.protocol.places, value: String(cap) }]),
        ]}
      />
      {data.run.status !== 'published' && <p class="notice">{s.protocol.notPublished}</p>}
      <div class="button-row no-print">
        <button type="button" class="button button-secondary" onClick={() => window.print()}>
          {s.protocol.print}
        </button>
        <button
          type="button"
          class="button button-secondary"
          aria-disabled={busy ? 'true' : undefined}
          onClick={() => void download()}
        >
          {busy ? s.protocol.downloading : s.protocol.download}
        </button>
      </div>
      <p class="no-print">{s.protocol.recorded}</p>
      <div class="no-print">
        <SavedLine text={downloaded ? s.protocol.downloaded(downloaded) : ''} />
      </div>
      <ProtocolTable protocol={data} name={name} />
    </>
  );
}

function ProtocolTable({ protocol, name }: { protocol: ProtocolResponse; name: string }) {
  const { s } = useStaffTexts();
  if (protocol.rows.length === 0) return <p>{s.protocol.empty}</p>;
  return (
    <TableWrap captionId="protocol-caption">
      <table class="table protocol-table">
        <caption id="protocol-caption" class="table-caption">
          {s.protocol.caption(name)}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="numeric">
              {s.selection.rank}
            </th>
            <th scope="col">{s.selection.reference}</th>
            <th scope="col" class="numeric">
              {s.selection.points}
            </th>
            <th scope="col">{s.selection.received}</th>
            <th scope="col">{s.protocol.decision}</th>
            <th scope="col" class="numeric">
              {s.selection.position}
            </th>
            <th scope="col">{s.selection.reason}</th>
          </tr>
        </thead>
        <tbody>
          {protocol.rows.map((row) => {
            const received = rigaDateTime(row.receivedAt);
            return (
              <tr key={row.reference}>
                <td class="numeric">{row.rank ?? ''}</td>
                <th scope="row">
                  <a href={staffPaths.application(row.reference)}>{row.reference}</a>
                </th>
                <td class="numeric">
                  {row.totalScore ?? (row.decision === 'not-selected' ? s.queue.noScore : s.selection.noPoints)}
                </td>
                <td class="nowrap">{s.common.dateTime(received.date, received.time)}</td>
                <td>{s.protocol.decisions[row.decision]}</td>
                <td class="numeric">{row.position ?? ''}</td>
                <td>{row.reason ? s.selection.reasons[row.reason] : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
