import { useEffect, useState } from 'preact/hooks';
import type { LocalizedText } from '../../api/types.ts';
import { describedBy, ErrorMessage } from '../../components/error-message.tsx';
import { formatSize } from '../../format/dates.ts';
import { isDocumentRefusal } from '../api/staff-api.ts';
import type { StaffApplication } from '../api/types.ts';
import { ColumnTable } from '../components/column-table.tsx';
import { useStaffTexts } from '../i18n/texts.ts';
import { useSignedIn } from '../session/session-context.ts';
import { PdfView } from './pdf-view.tsx';
import type { ReviewFormProps } from './review-form-props.ts';

type StoredDocument = NonNullable<StaffApplication['documents']>[number];
type Action = 'view' | 'download';

/** A required document as its row shows it: the file stored for it, if any, and the API's refusal to hand it out. */
interface DocumentRow {
  type: string;
  name: string;
  /** The start of the ids of the row's hint and error, which describe its buttons. */
  id: string;
  document: StoredDocument | undefined;
  message: LocalizedText | undefined;
}

/** The e-signed container (`.edoc`, `.asice`): a browser cannot show it, so it is only ever downloaded. */
const CONTAINER = 'application/vnd.etsi.asic-e+zip';

/** What the viewer shows: the document being read, then its pages or its image, or that it could not be shown. */
type Shown = { type: string; name: string } & (
  | { kind: 'reading' }
  | { kind: 'pdf'; bytes: Uint8Array }
  | { kind: 'image'; url: string }
  | { kind: 'failed' }
);

/**
 * The application's documents, and the one chosen shown in the page. "View" asks the API for an inline link that
 * works for a minute, reads the bytes from storage (never to the browser's cache) and shows them: a PDF drawn by
 * PDF.js, an image from a `blob:` URL. No file is saved on the office computer; "Download" saves one when really
 * needed, and is the only way for an e-signed container, which the page says. Every link given is audited, which
 * the page says too. A document the API will not hand out (its virus check is not finished, found a virus or
 * failed) gets the API's words next to its buttons: they describe the buttons, and a live region announces them
 * while focus stays on the button.
 */
export function DocumentViewer({ view, feedback }: Pick<ReviewFormProps, 'view' | 'feedback'>) {
  const { s, language } = useStaffTexts();
  const { api } = useSignedIn();
  // Which button of which document is at work: one at a time, and only that button says so.
  const [busy, setBusy] = useState<{ type: string; action: Action } | undefined>(undefined);
  const [shown, setShown] = useState<Shown | undefined>(undefined);
  const [announced, setAnnounced] = useState('');
  const [refused, setRefused] = useState<{ type: string; message: LocalizedText } | undefined>(undefined);
  const { reference } = view.application;
  const stored = view.application.documents ?? [];

  // An image's bytes live in a `blob:` URL until another document is shown or the page is left.
  useEffect(() => {
    if (shown?.kind !== 'image') return;
    const { url } = shown;
    return () => URL.revokeObjectURL(url);
  }, [shown]);

  /** The link of one document, or nothing when refused (said next to the document, or on the page). */
  const linkTo = async (type: string, disposition: 'inline' | 'attachment') => {
    const answer = await api.documentLink(reference, type, disposition);
    if (answer.ok) return answer.data.url;
    if (isDocumentRefusal(answer.error)) setRefused({ type, message: answer.error.message });
    else feedback.fail([], answer.error.message);
    return undefined;
  };

  const act = async (type: string, action: Action, work: () => Promise<void>) => {
    if (busy) return;
    setAnnounced('');
    setRefused(undefined);
    setBusy({ type, action });
    try {
      await work();
    } finally {
      setBusy(undefined);
    }
  };

  const show = (document: StoredDocument, name: string) =>
    act(document.type, 'view', async () => {
      setShown({ type: document.type, name, kind: 'reading' });
      const url = await linkTo(document.type, 'inline');
      if (!url) return setShown(undefined);
      const bytes = await readBytes(url);
      if (!bytes) return setShown({ type: document.type, name, kind: 'failed' });
      setShown(
        document.contentType === 'application/pdf'
          ? { type: document.type, name, kind: 'pdf', bytes }
          : {
              type: document.type,
              name,
              kind: 'image',
              url: URL.createObjectURL(new Blob([bytes], { type: document.contentType })),
            },
      );
      setAnnounced(s.application.shown(name));
    });

  const download = (type: string, name: string) =>
    act(type, 'download', async () => {
      const url = await linkTo(type, 'attachment');
      if (!url) return;
      window.location.assign(url);
      setAnnounced(s.application.downloading(name));
    });

  const failed = () => setShown((current) => current && { type: current.type, name: current.name, kind: 'failed' });

  const rows: DocumentRow[] = view.round.requiredDocuments.map((requirement) => ({
    type: requirement.type,
    name: requirement.name[language],
    id: `document-${requirement.type}`,
    document: stored.find((candidate) => candidate.type === requirement.type),
    message: refused?.type === requirement.type ? refused.message : undefined,
  }));

  const button = (row: DocumentRow, container: boolean, action: Action, onClick: () => void) => (
    <button
      type="button"
      class={`button button-small${action === 'view' ? '' : ' button-secondary'}`}
      aria-disabled={busy ? 'true' : undefined}
      aria-describedby={describedBy(row.id, container, row.message)}
      onClick={onClick}
    >
      {busy?.type === row.type && busy.action === action ? s.application.viewing : s.application[action]}
      <span class="visually-hidden">: {row.name}</span>
    </button>
  );

  const actions = (row: DocumentRow) => {
    const { document, id, name } = row;
    if (!document) return undefined;
    const container = document.contentType === CONTAINER;
    return (
      <>
        <span class="button-row">
          {!container && button(row, container, 'view', () => void show(document, name))}
          {button(row, container, 'download', () => void download(document.type, name))}
        </span>
        {container && (
          <span class="hint cell-note" id={`${id}-hint`} data-testid={`${id}-hint`}>
            {s.application.containerHint}
          </span>
        )}
        <div role="status" data-testid={`${id}-refusal`}>
          <ErrorMessage id={`${id}-error`} message={row.message} />
        </div>
      </>
    );
  };

  return (
    <section class="document-viewer" aria-labelledby="documents-title">
      <h2 id="documents-title">{s.application.documentsTitle}</h2>
      <p>
        {s.application.documentsRecorded} {s.application.viewHint}
      </p>
      <ColumnTable
        caption={s.application.documentsCaption}
        captionId="documents-caption"
        captionClass="visually-hidden"
        rows={rows}
        rowKey={(row) => row.type}
        columns={[
          { title: s.application.documentColumn, rowHeader: true, cell: (row) => row.name },
          {
            title: s.application.fileColumn,
            cell: ({ document }) =>
              document
                ? `${s.application.fileKinds[document.contentType] ?? document.contentType}, ${formatSize(document.sizeBytes, language)}`
                : s.application.missing,
          },
          { title: s.application.actionColumn, cell: actions },
        ]}
      />
      <p class="saved" role="status">
        {announced}
      </p>
      <DocumentShown shown={shown} onFailed={failed} />
    </section>
  );
}

/** The document chosen, under its name, in a box of its own that scrolls, so the check form stays beside it. */
function DocumentShown({ shown, onFailed }: { shown: Shown | undefined; onFailed(): void }) {
  const { s } = useStaffTexts();
  if (!shown) return <p class="document-none">{s.application.nothingShown}</p>;
  return (
    <div class="document-shown" data-testid="document-shown">
      <h3 id="document-shown-title">{shown.name}</h3>
      {shown.kind === 'reading' && (
        <p class="loading" role="status">
          {s.application.viewing}
        </p>
      )}
      {shown.kind === 'failed' && <p class="notice">{s.application.viewFailed}</p>}
      {(shown.kind === 'pdf' || shown.kind === 'image') && (
        // Scrolls by keyboard too: the box takes focus, named by the document it shows.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable to scroll by keyboard.
        <section class="document-pages" aria-labelledby="document-shown-title" tabIndex={0}>
          {shown.kind === 'pdf' ? (
            <PdfView key={shown.type} bytes={shown.bytes} name={shown.name} onFailed={onFailed} />
          ) : (
            <img class="document-image" src={shown.url} alt={s.application.imageAlt(shown.name)} onError={onFailed} />
          )}
        </section>
      )}
    </div>
  );
}

/**
 * The document's bytes from the storage link: not kept in the browser's cache, so health data does not stay on a
 * shared computer. Nothing when storage does not answer with them.
 */
async function readBytes(url: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  try {
    const response = await fetch(url, { cache: 'no-store', credentials: 'omit' });
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : undefined;
  } catch {
    return undefined;
  }
}
