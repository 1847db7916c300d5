import {
  assertWebLink,
  type EmailBlock,
  formatRigaDateTime,
  type LetterBasics,
  type RenderedEmail,
  renderEmailParts,
  shownFirstName,
} from './format.ts';

/** What the receipt says besides the basics: when the application was received. */
export interface ReceiptEmailInput extends LetterBasics {
  /** ISO instant of the server's receipt time. */
  receivedAt: string;
}

/**
 * The confirmation sent when an application is submitted. The text and HTML parts are rendered from one list
 * of blocks, so they always say the same. The words are easy to read: short sentences, what happened, the
 * reference number to keep, where to see the status, what happens next and whom to ask.
 */
export function renderReceiptEmail(input: ReceiptEmailInput): RenderedEmail {
  assertWebLink(input.statusUrl);
  const copy = input.language === 'lv' ? latvian(input) : english(input);
  return renderEmailParts(input.language, copy.subject, copy.blocks);
}

interface Copy {
  subject: string;
  blocks: EmailBlock[];
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
