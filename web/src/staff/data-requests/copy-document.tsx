import { SummaryList } from '../../components/summary-list.tsx';
import { ColumnTable } from '../components/column-table.tsx';
import type { ContentTable } from '../protocol/protocol-content.ts';
import type { CopyContent, CopyPart } from './copy-content.ts';

/**
 * A person's copy of their data as the page shows it and the print style puts it on A4 (it shares the protocol's
 * document style): the same content as the PDF. It is marked with its own language, which may differ from the
 * page's, so screen readers read it right.
 */
export function CopyDocument({ content }: { content: CopyContent }) {
  return (
    <article class="protocol-document" lang={content.language} aria-labelledby="copy-title" data-testid="copy">
      <h2 id="copy-title" class="protocol-title">
        {content.title}
      </h2>
      <SummaryList rows={content.facts} />
      {content.notes.map((note) => (
        <p key={note} class="hint">
          {note}
        </p>
      ))}
      {content.applications.map((application) => (
        <section
          key={application.reference}
          aria-labelledby={`copy-${application.reference}`}
          data-testid={`copy-${application.reference}`}
        >
          <h3 id={`copy-${application.reference}`}>{application.title}</h3>
          {application.parts.map((part, index) => (
            <Part key={`${index}-${part.title}`} part={part} id={`copy-${application.reference}-${index}`} />
          ))}
        </section>
      ))}
    </article>
  );
}

function Part({ part, id }: { part: CopyPart; id: string }) {
  if (part.kind === 'table') return <TextTable table={part.table} id={id} />;
  return (
    <section aria-labelledby={id}>
      <h4 id={id}>{part.title}</h4>
      {part.kind === 'facts' ? (
        <SummaryList rows={part.facts} />
      ) : (
        <>
          {part.note && <p class="hint">{part.note}</p>}
          <ul class="protocol-list">
            {part.items.map((item, index) => (
              <li key={`${index}-${item}`}>{item}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** A table of the copy as text; its caption is its heading. */
function TextTable({ table, id }: { table: ContentTable; id: string }) {
  type Row = ContentTable['rows'][number];
  return (
    <ColumnTable
      captionId={id}
      captionClass="table-caption"
      caption={table.caption}
      tableClass="table protocol-table"
      rows={table.rows}
      rowKey={(row: Row) => row.reference}
      columns={table.columns.map((title, index) => ({ title, cell: (row: Row) => row.cells[index] }))}
    />
  );
}
