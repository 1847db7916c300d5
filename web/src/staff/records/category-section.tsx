import type { ComponentChildren } from 'preact';
import { SummaryList } from '../../components/summary-list.tsx';
import type { ProcessingRecordResponse } from '../api/types.ts';
import { useStaffTexts } from '../i18n/texts.ts';
import type { RecordTerms } from './record-terms.ts';

type DataCategory = ProcessingRecordResponse['categories'][number];

/**
 * One category of personal data: what it is, why and on which basis it is held, who receives it, which services
 * process it, where and how long it is kept, and the fields of the code it is kept in.
 */
export function CategorySection({ category, terms }: { category: DataCategory; terms: RecordTerms }) {
  const { s, language } = useStaffTexts();
  const w = s.records;
  const headingId = `category-${category.id}`;
  const named = (ids: readonly string[], name: (id: string) => string | undefined) =>
    ids.map((id) => name(id) ?? id).join('; ');
  return (
    <section class="record-category" aria-labelledby={headingId} data-testid={headingId}>
      <h4 id={headingId}>{category.name[language]}</h4>
      <SummaryList
        rows={[
          { label: w.description, value: category.description[language] },
          { label: w.specialCategory, value: category.specialCategory ? w.yes : w.no },
          { label: w.purpose, value: category.purpose[language] },
          {
            label: w.legalBases,
            value: named(category.legalBases, (id) => terms.legalBasis(id)?.article[language]),
          },
          {
            label: w.recipients,
            value:
              category.recipients.length > 0
                ? named(category.recipients, (id) => terms.recipient(id)?.name[language])
                : w.noRecipients,
          },
          { label: w.processors, value: named(category.processors, (id) => terms.processor(id)?.name) },
          {
            label: w.stores,
            value: (
              <ItemList
                items={category.stores.map((id) => {
                  const store = terms.store(id);
                  return store ? w.storeIn(store.name[language], store.region) : id;
                })}
              />
            ),
          },
          { label: w.retention, value: terms.retentionRule(category.retention)?.text[language] ?? category.retention },
          {
            label: w.fields,
            value:
              category.fields.length > 0 ? (
                <ItemList items={category.fields} render={(field) => <code>{field}</code>} />
              ) : (
                w.noFields
              ),
          },
        ]}
      />
    </section>
  );
}

function ItemList({ items, render }: { items: readonly string[]; render?: (item: string) => ComponentChildren }) {
  return (
    <ul class="record-list">
      {items.map((item) => (
        <li key={item}>{render ? render(item) : item}</li>
      ))}
    </ul>
  );
}
