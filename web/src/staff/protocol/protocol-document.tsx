import { SummaryList } from '../../components/summary-list.tsx';
import { ColumnTable } from '../components/column-table.tsx';
import { staffPaths } from '../routes.ts';
import type { ContentTable, ProtocolContent } from './protocol-content.ts';

/**
 * The selection protocol as the page shows it and the print style puts it on A4: the same content as the PDF, with
 * each application number leading to the application.
 */
export function ProtocolDocument({ content }: { content: ProtocolContent }) {
  const { criteria, results, changes, contacts, run, signatures } = content;
  return (
    <article class="protocol-document" aria-labelledby="protocol-title" data-testid="protocol">
      <h2 id="protocol-title" class="protocol-title">
        {content.title}
      </h2>
      {content.draft && (
        <p class="notice" data-testid="protocol-draft">
          {content.draft}
        </p>
      )}
      <div data-testid="protocol-facts">
        <SummaryList rows={content.facts} />
      </div>

      <section aria-labelledby="protocol-criteria">
        <h3 id="protocol-criteria">{criteria.title}</h3>
        <ul class="protocol-list">
          {criteria.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <p class="hint">{content.order}</p>
      </section>

      <section aria-labelledby="protocol-results">
        <h3 id="protocol-results">{results.title}</h3>
        {results.empty ? (
          <p>{results.empty}</p>
        ) : (
          <TextTable
            table={results.table}
            id="protocol-results-caption"
            tableClass="table protocol-table"
            testId="protocol-results"
            numeric={[0, 2]}
            nowrap={[3]}
            reference={1}
          />
        )}
      </section>

      {changes && (
        <section aria-labelledby="protocol-changes">
          <h3 id="protocol-changes">{changes.title}</h3>
          <ul class="protocol-list">
            {changes.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      )}

      {'table' in contacts ? (
        <section aria-labelledby="protocol-contacts" data-testid="protocol-contacts">
          <h3 id="protocol-contacts">{contacts.title}</h3>
          <p class="hint">{contacts.note}</p>
          <TextTable
            table={contacts.table}
            id="protocol-contacts-caption"
            tableClass="table protocol-table"
            testId="protocol-contact-table"
            reference={0}
          />
        </section>
      ) : (
        <p class="hint" data-testid="protocol-no-contacts">
          {contacts.note}
        </p>
      )}

      <section aria-labelledby="protocol-run" data-testid="protocol-run">
        <h3 id="protocol-run">{run.title}</h3>
        <SummaryList rows={run.facts} />
        <p class="hint">{run.note}</p>
      </section>

      <section aria-labelledby="protocol-signatures" class="protocol-signatures" data-testid="protocol-signatures">
        <h3 id="protocol-signatures">{signatures.title}</h3>
        {signatures.service && <p>{signatures.service}</p>}
        <table class="signature-table">
          <caption class="visually-hidden">{signatures.title}</caption>
          <thead>
            <tr>
              <th scope="col" class="signature-head signature-column">
                {signatures.signer}
              </th>
              {signatures.columns.map((column) => (
                <th key={column} scope="col" class="signature-head signature-column">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {signatures.signers.map((signer) => (
              <tr key={signer}>
                <th scope="row" class="signature-head">
                  {signer}
                </th>
                {signatures.columns.map((column) => (
                  <td key={column} class="signature-line" />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </article>
  );
}

/** A table of the protocol as text, its application numbers as links that also name their rows. */
function TextTable(props: {
  table: ContentTable;
  id: string;
  tableClass: string;
  testId: string;
  reference: number;
  numeric?: number[];
  nowrap?: number[];
}) {
  const { table, reference, numeric = [], nowrap = [] } = props;
  type Row = ContentTable['rows'][number];
  return (
    <ColumnTable
      captionId={props.id}
      captionClass="table-caption"
      caption={table.caption}
      tableClass={props.tableClass}
      testId={props.testId}
      rows={table.rows}
      rowKey={(row: Row) => row.reference}
      columns={table.columns.map((title, index) => ({
        title,
        numeric: numeric.includes(index),
        nowrap: nowrap.includes(index),
        rowHeader: index === reference,
        cell: (row: Row) =>
          index === reference ? (
            <a href={staffPaths.application(row.reference)}>{row.cells[index]}</a>
          ) : (
            row.cells[index]
          ),
      }))}
    />
  );
}
