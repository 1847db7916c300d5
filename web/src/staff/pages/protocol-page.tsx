import { useState } from 'preact/hooks';
import type { Round } from '../../api/types.ts';
import { useData, useSending } from '../../api/use-data.ts';
import type { ProtocolResponse, ProtocolRow } from '../api/types.ts';
import { municipalityName } from '../api/use-round.ts';
import { ColumnTable } from '../components/column-table.tsx';
import { InlineLoadError, Loading } from '../components/load-state.tsx';
import { MunicipalityPage, useChosenMunicipality } from '../components/municipality-page.tsx';
import { saveFile } from '../components/save-file.ts';
import { SavedLine } from '../components/saved-line.tsx';
import { type FormFeedback, useFormFeedback } from '../components/use-form-feedback.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import { staffPaths } from '../routes.ts';
import { useResultColumns } from '../selection/result-columns.tsx';
import { RunDetails } from '../selection/run-details.tsx';
import { useSignedIn } from '../session/session-context.ts';

/**
 * A municipality's selection protocol: how each application came out of the latest run as it stands now, and
 * why, with what identifies the run. Made to be printed (the print style leaves out navigation and buttons) and
 * downloadable as CSV. Administrators choose the municipality; social workers see their own.
 */
export function ProtocolPage({ round }: { round: Round }) {
  const { s } = useStaffTexts();
  const feedback = useFormFeedback();
  const { municipality } = useChosenMunicipality();

  return (
    <MunicipalityPage
      title={s.protocol.title}
      round={round}
      municipality={municipality}
      feedback={feedback}
      chooseHref={(code) => staffPaths.protocol(round.id, code)}
      nav="protocol"
      intro={<p class="no-print">{s.protocol.intro}</p>}
      printed
    >
      {municipality && <Protocol round={round} municipality={municipality} feedback={feedback} />}
    </MunicipalityPage>
  );
}

function Protocol({ round, municipality, feedback }: { round: Round; municipality: string; feedback: FormFeedback }) {
  const { s, language } = useStaffTexts();
  const { api, identity } = useSignedIn();
  const forAdministrator = identity.role === 'administrator' ? municipality : undefined;
  const { data, error, retry } = useData(`protocol:${round.id}:${municipality}`, () =>
    api.protocol(round.id, forAdministrator),
  );
  const { busy, send } = useSending();
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
    const answer = await send(() => api.protocolCsv(round.id, forAdministrator));
    if (!answer) return;
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
  const { reference, received, points } = useResultColumns();
  if (protocol.rows.length === 0) return <p>{s.protocol.empty}</p>;
  return (
    <ColumnTable
      captionId="protocol-caption"
      captionClass="table-caption"
      caption={s.protocol.caption(name)}
      tableClass="table protocol-table"
      rows={protocol.rows}
      rowKey={(row) => row.reference}
      columns={[
        { title: s.selection.rank, numeric: true, cell: (row) => row.rank ?? '' },
        reference,
        points(
          (row: ProtocolRow) =>
            row.totalScore ?? (row.decision === 'not-selected' ? s.queue.noScore : s.selection.noPoints),
        ),
        received,
        { title: s.protocol.decision, cell: (row) => s.protocol.decisions[row.decision] },
        { title: s.selection.position, numeric: true, cell: (row) => row.position ?? '' },
        { title: s.selection.reason, cell: (row) => (row.reason ? s.selection.reasons[row.reason] : '') },
      ]}
    />
  );
}
