import { localDateTime, localDateTimeToSecond } from '../../../../shared/domain/riga-time.ts';
import type { Language } from '../../api/types.ts';
import { texts } from '../../i18n/texts.ts';
import type { ProtocolContact, ProtocolResponse, ProtocolRow } from '../api/types.ts';
import { staffTexts } from '../i18n/words.ts';

/** A labelled fact of the protocol: its number, its date, who ran the selection. */
export interface Fact {
  label: string;
  value: string;
}

/** A table of the protocol, as text: its column headings and, per row, the application it is about and its cells. */
export interface ContentTable {
  caption: string;
  columns: string[];
  rows: { reference: string; cells: string[] }[];
}

/**
 * What the selection protocol says, in one language, apart from how it is laid out: the page shows it, the print
 * style puts it on paper, and the PDF is drawn from it, so the three never say different things.
 */
export interface ProtocolContent {
  language: Language;
  /** `Atlases protokols Nr. pilot-2019-LV-016-2` */
  title: string;
  fileName: string;
  /** Set while the results are not published: the protocol may still change. */
  draft?: string;
  facts: Fact[];
  criteria: { title: string; items: string[] };
  order: string;
  results: { title: string; table: ContentTable; empty?: string };
  /** Set when something changed after publication: withdrawals, and to whom each place passed. */
  changes?: { title: string; items: string[] };
  /** The selected and waiting persons' contacts, for the municipality's own social service; else why there are none. */
  contacts: { title: string; note: string; table: ContentTable } | { note: string };
  run: { title: string; facts: Fact[]; note: string };
  signatures: {
    title: string;
    /** The social service that signs, when the round names it. */
    service?: string;
    signer: string;
    columns: [name: string, position: string, signature: string, date: string];
    signers: string[];
  };
  /** `2. lapa no 3`, at the foot of each page of the PDF. */
  page(page: number, pages: number): string;
}

/** The protocol's words and figures in `language`, dates and times in Riga time, receipt times to the second. */
export function protocolContent(protocol: ProtocolResponse, language: Language): ProtocolContent {
  const s = staffTexts[language];
  const w = s.protocol;
  const { municipality, run } = protocol;
  const municipalityName = municipality.name[language];
  const socialService = municipality.socialServiceName?.[language];
  const when = (instant: string) => {
    const at = localDateTime(instant);
    return s.common.dateTime(at.date, at.time);
  };
  const by = (who: string, instant: string) => {
    const at = localDateTime(instant);
    return s.common.by(who, at.date, at.time);
  };

  return {
    language,
    title: w.documentTitle(protocol.number),
    fileName: w.fileName(protocol.number),
    ...(run.status !== 'published' && { draft: w.draft }),
    facts: [
      { label: w.number, value: protocol.number },
      { label: w.date, value: localDateTime(protocol.date).date },
      { label: w.round, value: protocol.round.name[language] },
      { label: w.municipality, value: municipalityName },
      ...(socialService ? [{ label: w.socialService, value: socialService }] : []),
      { label: w.places, value: String(municipality.cap) },
    ],
    criteria: {
      title: w.criteriaTitle,
      items:
        protocol.criteria.length > 0
          ? protocol.criteria.map((criterion) => w.criterion(criterion.name[language], criterion.maxPoints))
          : [w.noCriteria],
    },
    order: w.order,
    results: {
      title: w.resultsTitle,
      table: {
        caption: w.caption(municipalityName),
        columns: [w.rank, w.reference, w.points, w.received, w.result],
        rows: protocol.rows.map((row) => ({
          reference: row.reference,
          cells: [
            row.rank === null ? '' : String(row.rank),
            row.reference,
            points(row, w.noPoints),
            receivedToTheSecond(row.receivedAt),
            result(row, language),
          ],
        })),
      },
      ...(protocol.rows.length === 0 && { empty: w.empty }),
    },
    ...(protocol.promotions.length > 0 && {
      changes: {
        title: w.changesTitle,
        items: protocol.promotions.map((promotion) =>
          w.change(when(promotion.at), promotion.withdrawn, promotion.promoted, promotion.by),
        ),
      },
    }),
    contacts: protocol.contactsIncluded
      ? {
          title: w.contactsTitle,
          note: w.contactsNote,
          table: {
            caption: w.contactsCaption,
            columns: [w.reference, w.result, w.person, w.contact, w.representative],
            rows: protocol.rows.flatMap((row) =>
              row.contact
                ? [
                    {
                      reference: row.reference,
                      cells: [
                        row.reference,
                        result(row, language),
                        row.contact.name,
                        contactLine(row.contact, language),
                        representativeLine(row.contact, language),
                      ],
                    },
                  ]
                : [],
            ),
          },
        }
      : { note: w.noContacts },
    run: {
      title: w.runTitle,
      facts: [
        { label: w.ranBy, value: by(run.ranBy, run.ranAt) },
        {
          label: w.publishedBy,
          value: run.publishedAt ? by(run.publishedBy ?? '', run.publishedAt) : w.notPublished,
        },
        { label: w.ruleVersion, value: run.ruleVersion },
        { label: w.checkValue, value: protocol.checkValue },
      ],
      note: w.checkValueNote,
    },
    signatures: {
      title: w.signaturesTitle,
      ...(socialService && { service: w.signaturesFor(socialService) }),
      signer: w.signer,
      columns: [w.name, w.position, w.signature, w.signatureDate],
      signers: [w.signers.prepared, w.signers.approved],
    },
    page: w.page,
  };
}

/** `01.08.2019 09:51:07`: to the second, so equal points read in the order they were ranked. */
function receivedToTheSecond(instant: string): string {
  const at = localDateTimeToSecond(instant);
  return `${at.date} ${at.time}`;
}

function points(row: ProtocolRow, noPoints: string): string {
  if (row.totalScore !== null) return String(row.totalScore);
  return row.decision === 'not-selected' ? '' : noPoints;
}

function result(row: ProtocolRow, language: Language): string {
  const w = staffTexts[language].protocol;
  if (row.decision === 'selected') return w.selected;
  if (row.decision === 'waitlisted') return w.waitlistPlace(row.position ?? 0);
  return w.notSelectedBecause(row.reason ? w.reasons[row.reason] : '');
}

/** Phone, e-mail and post address, those the person gave, on one line. */
function contactLine(contact: ProtocolContact, language: Language): string {
  const w = staffTexts[language].protocol;
  return [contact.phone && w.phone(contact.phone), contact.email, contact.address].filter(Boolean).join('; ');
}

/** Who applies for the person and in what capacity, with their phone and e-mail; empty when nobody does. */
function representativeLine({ representative }: ProtocolContact, language: Language): string {
  if (!representative) return '';
  const w = staffTexts[language].protocol;
  const capacity = texts[language].check.capacities[representative.capacity];
  return [
    `${representative.name} (${capacity.toLowerCase()})`,
    representative.phone && w.phone(representative.phone),
    representative.email,
  ]
    .filter(Boolean)
    .join('; ');
}
