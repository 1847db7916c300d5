import type { ComponentChildren } from 'preact';
import { SummaryList } from '../../components/summary-list.tsx';
import { formatDay } from '../../format/dates.ts';
import type { ProcessingRecordResponse } from '../api/types.ts';
import { ColumnTable } from '../components/column-table.tsx';
import { readableTime } from '../format/readable-time.ts';
import { useStaffTexts } from '../i18n/texts.ts';
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

      <RecordSection id="record-rounds" title={w.roundsTitle}>
        {record.rounds.length === 0 ? <p>{w.noRounds}</p> : <RoundsTable rounds={record.rounds} />}
      </RecordSection>

      <RecordSection id="record-legal-bases" title={w.legalBasesTitle}>
        <dl class="record-terms">
          {record.legalBases.map((basis) => (
            <Term key={basis.id} name={basis.article[language]} text={basis.text[language]} />
          ))}
        </dl>
      </RecordSection>

      <RecordSection id="record-recipients" title={w.recipientsTitle}>
        <dl class="record-terms">
          {record.recipients.map((recipient) => (
            <Term key={recipient.id} name={recipient.name[language]} text={recipient.role[language]} />
          ))}
        </dl>
      </RecordSection>

      <RecordSection id="record-processors" title={w.processorsTitle}>
        <ColumnTable
          caption={w.processorsCaption}
          captionId="record-processors-caption"
          captionClass="table-caption"
          testId="record-processors"
          rows={record.processors}
          rowKey={(processor) => processor.id}
          columns={[
            { title: w.service, rowHeader: true, cell: (processor) => processor.name },
            { title: w.role, cell: (processor) => processor.role[language] },
          ]}
        />
      </RecordSection>

      <RecordSection id="record-stores" title={w.storesTitle}>
        <ColumnTable
          caption={w.storesCaption}
          captionId="record-stores-caption"
          captionClass="table-caption"
          testId="record-stores"
          rows={record.stores}
          rowKey={(store) => store.id}
          columns={[
            { title: w.store, rowHeader: true, cell: (store) => store.name[language] },
            { title: w.holds, cell: (store) => store.holds[language] },
            { title: w.storeRegion, nowrap: true, cell: (store) => store.region },
          ]}
        />
      </RecordSection>
    </article>
  );
}

function RoundsTable({ rounds }: { rounds: RecordedRound[] }) {
  const { s, language } = useStaffTexts();
  const w = s.records;
  return (
    <ColumnTable
      caption={w.roundsCaption}
      captionId="record-rounds-caption"
      captionClass="table-caption"
      testId="record-rounds"
      rows={rounds}
      rowKey={(round) => round.id}
      columns={[
        { title: w.round, rowHeader: true, cell: (round) => round.name[language] },
        {
          title: w.intake,
          nowrap: true,
          cell: (round) => `${formatDay(round.firstDay)}–${formatDay(round.lastDay)}`,
        },
        { title: w.drafts, numeric: true, cell: (round) => w.days(round.retention.draftDays) },
        { title: w.notSelected, numeric: true, cell: (round) => w.days(round.retention.notSelectedDays) },
        { title: w.participants, numeric: true, cell: (round) => w.days(round.retention.participantDays) },
        {
          title: w.municipalities,
          cell: (round) => round.municipalities.map((name) => name[language]).join(', '),
        },
      ]}
    />
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

function Term({ name, text }: { name: string; text: string }) {
  return (
    <div class="record-term">
      <dt>{name}</dt>
      <dd>{text}</dd>
    </div>
  );
}
