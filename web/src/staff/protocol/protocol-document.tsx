import type { ComponentChildren } from 'preact';
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

      <Section id="protocol-criteria" title={criteria.title}>
        <ItemList items={criteria.items} />
        <p class="hint">{content.order}</p>
      </Section>

      <Section id="protocol-results" title={results.title}>
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
      </Section>

      {changes && (
        <Section id="protocol-changes" title={changes.title}>
          <ItemList items={changes.items} />
        </Section>
      )}

      {'table' in contacts ? (
        <Section id="protocol-contacts" title={contacts.title} testId="protocol-contacts">
          <p class="hint">{contacts.note}</p>
          <TextTable
            table={contacts.table}
            id="protocol-contacts-caption"
            tableClass="table protocol-table"
            testId="protocol-contact-table"
            reference={0}
          />
        </Section>
      ) : (
        <p class="hint" data-testid="protocol-no-contacts">
          {contacts.note}
        </p>
      )}

      <Section id="protocol-run" title={run.title} testId="protocol-run">
        <SummaryList rows={run.facts} />
        <p class="hint">{run.note}</p>
      </Section>

      <Section
        id="protocol-signatures"
        title={signatures.title}
        testId="protocol-signatures"
        class="protocol-signatures"
      >
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
      </Section>
    </article>
  );
}

/** A part of the protocol under its heading, which names it for screen readers. */
function Section(props: { id: string; title: string; testId?: string; class?: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={props.id} class={props.class} data-testid={props.testId}>
      <h3 id={props.id}>{props.title}</h3>
      {props.children}
    </section>
  );
}

function ItemList({ items }: { items: readonly string[] }) {
  return (
    <ul class="protocol-list">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
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
