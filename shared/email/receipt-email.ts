import type { Language, LocalizedText } from '../schemas/common.ts';
import { formatRigaDateTime } from './format.ts';

/**
 * What the receipt needs, and nothing more: no personal code, no disability group, no diagnosis, no surname.
 * An e-mail travels through systems nobody here controls, so it carries no health data.
 */
export interface ReceiptEmailInput {
  language: Language;
  /** The person applied for, or the representative who applied for them: the wording differs. */
  recipient: 'applicant' | 'representative';
  reference: string;
  /** Built by the caller; the access code rides in the `#fragment`, which browsers never send to a server. */
  statusUrl: string;
  roundName: LocalizedText;
  municipalityName: LocalizedText;
  /** ISO instant of the server's receipt time. */
  receivedAt: string;
  /** Only the first name, so a representative can tell several applications apart. */
  personFirstName?: string;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'facts'; rows: ReadonlyArray<readonly [label: string, value: string]> }
  | { kind: 'link'; lead: string; text: string; url: string }
  | { kind: 'steps'; items: readonly string[] };

/**
 * The confirmation sent when an application is submitted. The text and HTML parts are rendered from one list
 * of blocks, so they always say the same. The words are easy to read: short sentences, what happened, the
 * reference number to keep, where to see the status, what happens next and whom to ask.
 */
export function renderReceiptEmail(input: ReceiptEmailInput): RenderedEmail {
  assertWebLink(input.statusUrl);
  const copy = input.language === 'lv' ? latvian(input) : english(input);
  return { subject: copy.subject, text: renderText(copy.blocks), html: renderHtml(input.language, copy) };
}

interface Copy {
  subject: string;
  blocks: Block[];
}

function latvian(input: ReceiptEmailInput): Copy {
  const name = shownFirstName(input.personFirstName);
  const forRepresentative = input.recipient === 'representative';
  let received = 'Mēs saņēmām jūsu pieteikumu.';
  if (forRepresentative) {
    received = name
      ? `Mēs saņēmām pieteikumu, ko iesniedzāt par personu vārdā ${name}.`
      : 'Mēs saņēmām pieteikumu, ko iesniedzāt citas personas vārdā.';
  }
  return {
    subject: `Pieteikums saņemts: ${input.reference}`,
    blocks: [
      { kind: 'paragraph', text: 'Labdien!' },
      { kind: 'paragraph', text: received },
      {
        kind: 'facts',
        rows: [
          ['Pieteikuma numurs', input.reference],
          ['Kārta', input.roundName.lv],
          ['Pašvaldība', input.municipalityName.lv],
          ['Saņemts', `${formatRigaDateTime(input.receivedAt)} (Latvijas laiks)`],
        ],
      },
      {
        kind: 'paragraph',
        text: 'Lūdzu, pierakstiet pieteikuma numuru. Tas noderēs, kad sazināsieties ar sociālo dienestu.',
      },
      { kind: 'heading', text: 'Pieteikuma statuss' },
      {
        kind: 'link',
        lead: 'Pieteikuma statusu varat redzēt šeit:',
        text: 'Skatīt pieteikuma statusu',
        url: input.statusUrl,
      },
      { kind: 'paragraph', text: 'Saite ir tikai jums. Lūdzu, nesūtiet to citiem.' },
      { kind: 'heading', text: 'Kas notiks tālāk' },
      {
        kind: 'steps',
        items: [
          'Pašvaldības sociālais dienests pārbaudīs dokumentus.',
          'Sociālais dienests pārbaudīs, vai pieteikums atbilst nosacījumiem.',
          forRepresentative
            ? 'Sociālais darbinieks var piezvanīt jums vai personai, ja būs jautājumi.'
            : 'Sociālais darbinieks var jums piezvanīt, ja būs jautājumi.',
          'Atlases rezultātu jums nosūtīsim pa e-pastu.',
        ],
      },
      { kind: 'heading', text: 'Jautājumi' },
      {
        kind: 'paragraph',
        text: `Ja jums ir jautājumi, sazinieties ar pašvaldības sociālo dienestu. Pieteikumu izskata: ${input.municipalityName.lv}.`,
      },
      { kind: 'paragraph', text: 'Šis e-pasts ir nosūtīts automātiski.' },
    ],
  };
}

function english(input: ReceiptEmailInput): Copy {
  const name = shownFirstName(input.personFirstName);
  const forRepresentative = input.recipient === 'representative';
  let received = 'We have received your application.';
  if (forRepresentative) {
    received = name
      ? `We have received the application you sent for ${name}.`
      : 'We have received the application you sent for another person.';
  }
  return {
    subject: `Application received: ${input.reference}`,
    blocks: [
      { kind: 'paragraph', text: 'Hello,' },
      { kind: 'paragraph', text: received },
      {
        kind: 'facts',
        rows: [
          ['Reference number', input.reference],
          ['Round', input.roundName.en],
          ['Municipality', input.municipalityName.en],
          ['Received', `${formatRigaDateTime(input.receivedAt)} (Latvian time)`],
        ],
      },
      {
        kind: 'paragraph',
        text: 'Please write down the reference number. You will need it when you contact the social service.',
      },
      { kind: 'heading', text: 'Status of the application' },
      {
        kind: 'link',
        lead: 'You can see the status of the application here:',
        text: 'See the status of the application',
        url: input.statusUrl,
      },
      { kind: 'paragraph', text: 'The link is only for you. Please do not share it.' },
      { kind: 'heading', text: 'What happens next' },
      {
        kind: 'steps',
        items: [
          'The social service of the municipality will check the documents.',
          'The social service will check that the application meets the conditions.',
          forRepresentative
            ? 'A social worker may call you or the person if they have questions.'
            : 'A social worker may call you if they have questions.',
          'We will send you the selection result by e-mail.',
        ],
      },
      { kind: 'heading', text: 'Questions' },
      {
        kind: 'paragraph',
        text: `If you have questions, contact the social service of the municipality. Your application is handled by: ${input.municipalityName.en}.`,
      },
      { kind: 'paragraph', text: 'This e-mail was sent automatically.' },
    ],
  };
}

/**
 * The first name is typed by people and may hold anything, even a personal code typed in the wrong field.
 * Only something that looks like a first name is shown; otherwise the e-mail speaks of "the person".
 */
function shownFirstName(firstName: string | undefined): string | undefined {
  const trimmed = firstName?.trim();
  return trimmed && /^\p{L}[\p{L}\p{M} .'’-]{0,49}$/u.test(trimmed) ? trimmed : undefined;
}

/** A link that is not http(s) (e.g. `javascript:`) must never reach a mailbox. */
function assertWebLink(url: string): void {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new Error('The status link is not a valid URL');
  }
  if (protocol !== 'https:' && protocol !== 'http:') throw new Error('The status link must use http or https');
}

function renderText(blocks: readonly Block[]): string {
  return `${blocks.map(renderTextBlock).join('\n\n')}\n`;
}

function renderTextBlock(block: Block): string {
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

function renderHtml(language: Language, copy: Copy): string {
  const body = copy.blocks.map(renderHtmlBlock).join('\n');
  return [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(copy.subject)}</title>`,
    '</head>',
    `<body style="${STYLE.body}">`,
    `<div style="${STYLE.column}">`,
    body,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function renderHtmlBlock(block: Block): string {
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

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Every interpolated value goes through this: names come from forms and from round data. */
function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}
