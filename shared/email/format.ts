import { localDateTime, RIGA_TIME_ZONE } from '../domain/riga-time.ts';
import type { Language, LocalizedText } from '../schemas/common.ts';
import type { SocialService } from '../schemas/round.ts';

export { RIGA_TIME_ZONE };

/** An instant as people in Latvia read it: `DD.MM.YYYY HH:mm` in Riga time. */
export function formatRigaDateTime(instant: string | Date): string {
  const { date, time } = localDateTime(instant);
  return `${date} ${time}`;
}

/**
 * What every e-mail about an application says besides its own news, and nothing more: no personal code, no
 * disability group, no diagnosis, no surname. An e-mail travels through systems nobody here controls, so it
 * carries no health data.
 */
export interface LetterBasics {
  language: Language;
  /** The person applied for, or the representative who applied for them: the wording differs. */
  recipient: 'applicant' | 'representative';
  reference: string;
  /** Built by the caller; the access code rides in the `#fragment`, which browsers never send to a server. */
  statusUrl: string;
  roundName: LocalizedText;
  municipalityName: LocalizedText;
  /** Only the first name, so a representative can tell several applications apart. */
  personFirstName?: string;
  /** Whom to ask: the municipality's social service, when the round names it. */
  socialService?: SocialService;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** One piece of an e-mail. The text and HTML parts are both rendered from the same blocks, so they always agree. */
export type EmailBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'facts'; rows: ReadonlyArray<readonly [label: string, value: string]> }
  | { kind: 'link'; lead: string; text: string; url: string }
  | { kind: 'steps'; items: readonly string[] };

/**
 * The subject, a plain-text part and an HTML part from one list of blocks. The HTML is one column with no
 * images or tables, so it reads the same in every mail program and to a screen reader.
 */
export function renderEmailParts(
  language: Language,
  subject: string,
  blocks: readonly EmailBlock[],
): { subject: string; text: string; html: string } {
  return { subject, text: `${blocks.map(textBlock).join('\n\n')}\n`, html: htmlDocument(language, subject, blocks) };
}

/**
 * The first name is typed by people and may hold anything, even a personal code typed in the wrong field.
 * Only something that looks like a first name is shown; otherwise the e-mail speaks of "the person".
 */
export function shownFirstName(firstName: string | undefined): string | undefined {
  const trimmed = firstName?.trim();
  return trimmed && /^\p{L}[\p{L}\p{M} .'’-]{0,49}$/u.test(trimmed) ? trimmed : undefined;
}

/** A sentence about whose application it is: the reader's own, or one a representative sent for someone else. */
export interface WhoseSentence {
  own: string;
  /** For a person whose first name can be shown. */
  named(name: string): string;
  /** For a person whose first name cannot be shown. */
  unnamed: string;
}

/** The form of `sentence` for the reader: a representative is told for whom, by first name when it can be shown. */
export function whose(sentence: WhoseSentence, reader: Pick<LetterBasics, 'recipient' | 'personFirstName'>): string {
  if (reader.recipient !== 'representative') return sentence.own;
  const name = shownFirstName(reader.personFirstName);
  return name ? sentence.named(name) : sentence.unnamed;
}

/** A link that is not http(s) (e.g. `javascript:`) must never reach a mailbox. */
export function assertWebLink(url: string): void {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new Error('The status link is not a valid URL');
  }
  if (protocol !== 'https:' && protocol !== 'http:') throw new Error('The status link must use http or https');
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Every interpolated value goes through this: names come from forms and from round data. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

function textBlock(block: EmailBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'heading':
      return `${block.text}\n${'-'.repeat(block.text.length)}`;
    case 'facts':
      return block.rows.map(([label, value]) => `${label}: ${value}`).join('\n');
    case 'link':
      return `${block.lead}\n${block.url}`;
    case 'steps':
      return block.items.map((item, index) => `${index + 1}. ${item}`).join('\n');
  }
}

const STYLE = {
  body: 'margin:0;padding:16px;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:17px;line-height:1.5;',
  column: 'max-width:600px;margin:0 auto;',
  heading: 'font-size:20px;margin:28px 0 8px;',
  paragraph: 'margin:0 0 14px;',
  link: 'color:#0b57d0;font-weight:bold;',
};

function htmlDocument(language: Language, subject: string, blocks: readonly EmailBlock[]): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title>`,
    '</head>',
    `<body style="${STYLE.body}">`,
    `<div style="${STYLE.column}">`,
    blocks.map(htmlBlock).join('\n'),
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function htmlBlock(block: EmailBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p style="${STYLE.paragraph}">${escapeHtml(block.text)}</p>`;
    case 'heading':
      return `<h2 style="${STYLE.heading}">${escapeHtml(block.text)}</h2>`;
    case 'facts': {
      const items = block.rows
        .map(([label, value]) => `<li>${escapeHtml(label)}: <strong>${escapeHtml(value)}</strong></li>`)
        .join('\n');
      return `<ul style="${STYLE.paragraph}padding-left:20px;">\n${items}\n</ul>`;
    }
    case 'link':
      return `<p style="${STYLE.paragraph}">${escapeHtml(block.lead)}<br>\n<a href="${escapeHtml(block.url)}" style="${STYLE.link}">${escapeHtml(block.text)}</a></p>`;
    case 'steps': {
      const items = block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n');
      return `<ol style="${STYLE.paragraph}padding-left:24px;">\n${items}\n</ol>`;
    }
  }
}
