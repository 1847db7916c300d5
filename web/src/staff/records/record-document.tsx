import type { ComponentChildren } from 'preact';
import type { Language, LocalizedText } from '../../api/types.ts';
import { SummaryList } from '../../components/summary-list.tsx';
import { formatDay } from '../../format/dates.ts';
import type { ProcessingRecordResponse } from '../api/types.ts';
import { type Column, ColumnTable } from '../components/column-table.tsx';
import { readableTime } from '../format/readable-time.ts';
import { type StaffTexts, useStaffTexts } from '../i18n/texts.ts';
import { CategorySection } from './category-section.tsx';
import { recordTerms } from './record-terms.ts';

type RecordedRound = ProcessingRecordResponse['rounds'][number];

/**
 * The record as a document: who is responsible and when it was made, then each category of personal data, each
 * round's retention periods, the legal bases and recipients in full, and the processor's services and stores.
 */
export function RecordDocument({ record }: { record: ProcessingRecordResponse }) {
  const { s, language } = useStaffTexts();
  const w = s.records;
  const terms = recordTerms(record);
  return (
    <article class="record-document" aria-labelledby="record-title" data-testid="processing-record">
      <h2 id="record-title">{w.documentTitle}</h2>
      <div data-testid="record-facts">
        <SummaryList
          rows={[
            { label: w.controller, value: w.controllerValue },
            { label: w.processor, value: w.processorValue },
            { label: w.region, value: record.region },
            { label: w.generatedAt, value: readableTime(s, record.generatedAt) },
            ...(record.codeVersion ? [{ label: w.codeVersion, value: record.codeVersion }] : []),
          ]}
        />
      </div>

      <RecordSection id="record-categories" title={w.categoriesTitle}>
        {record.categories.map((category) => (
          <CategorySection key={category.id} category={category} terms={terms} />
        ))}
      </RecordSection>

      <TableSection
        id="record-rounds"
        title={w.roundsTitle}
        caption={w.roundsCaption}
        rows={record.rounds}
        columns={roundColumns(s, language)}
        empty={w.noRounds}
      />

      <TermsSection
        id="record-legal-bases"
        title={w.legalBasesTitle}
        terms={record.legalBases.map((basis) => ({ id: basis.id, name: basis.article[language], text: basis.text }))}
      />
      <TermsSection
        id="record-recipients"
        title={w.recipientsTitle}
        terms={record.recipients.map((recipient) => ({
          id: recipient.id,
          name: recipient.name[language],
          text: recipient.role,
        }))}
      />

      <TableSection
        id="record-processors"
        title={w.processorsTitle}
        caption={w.processorsCaption}
        rows={record.processors}
        columns={[
          { title: w.service, rowHeader: true, cell: (processor) => processor.name },
          { title: w.role, cell: (processor) => processor.role[language] },
        ]}
      />
      <TableSection
        id="record-stores"
        title={w.storesTitle}
        caption={w.storesCaption}
        rows={record.stores}
        columns={[
          { title: w.store, rowHeader: true, cell: (store) => store.name[language] },
          { title: w.holds, cell: (store) => store.holds[language] },
          { title: w.storeRegion, nowrap: true, cell: (store) => store.region },
        ]}
      />
    </article>
  );
}

/** Each round's retention periods, with the round's intake and the municipalities whose services receive it. */
function roundColumns(s: StaffTexts, language: Language): Column<RecordedRound>[] {
  const w = s.records;
  return [
    { title: w.round, rowHeader: true, cell: (round) => round.name[language] },
    { title: w.intake, nowrap: true, cell: (round) => `${formatDay(round.firstDay)}–${formatDay(round.lastDay)}` },
    { title: w.drafts, numeric: true, cell: (round) => w.days(round.retention.draftDays) },
    { title: w.notSelected, numeric: true, cell: (round) => w.days(round.retention.notSelectedDays) },
    { title: w.participants, numeric: true, cell: (round) => w.days(round.retention.participantDays) },
    { title: w.municipalities, cell: (round) => round.municipalities.map((name) => name[language]).join(', ') },
  ];
}

/** A part of the record that is a table, one row per term or round; `empty` says so when it has no rows. */
function TableSection<Row extends { id: string }>(props: {
  id: string;
  title: string;
  caption: string;
  rows: readonly Row[];
  columns: Column<Row>[];
  empty?: string;
}) {
  return (
    <RecordSection id={props.id} title={props.title}>
      {props.rows.length === 0 && props.empty ? (
        <p>{props.empty}</p>
      ) : (
        <ColumnTable
          caption={props.caption}
          captionId={`${props.id}-caption`}
          captionClass="table-caption"
          testId={`${props.id}-table`}
          rows={props.rows}
          rowKey={(row) => row.id}
          columns={props.columns}
        />
      )}
    </RecordSection>
  );
}

/** A part of the record under its heading, which names it for screen readers. */
function RecordSection({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={id} data-testid={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

/** Terms the categories name by id, written out in full: each name with what it means. */
function TermsSection(props: {
  id: string;
  title: string;
  terms: { id: string; name: string; text: LocalizedText }[];
}) {
  const { language } = useStaffTexts();
  return (
    <RecordSection id={props.id} title={props.title}>
      <dl class="record-terms">
        {props.terms.map((term) => (
          <div key={term.id} class="record-term">
            <dt>{term.name}</dt>
            <dd>{term.text[language]}</dd>
          </div>
        ))}
      </dl>
    </RecordSection>
  );
}
