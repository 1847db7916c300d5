import { addMonths, latvianDate, rigaCalendarDate } from '../domain/riga-time.ts';
import type { Language, LocalizedText } from '../schemas/common.ts';
import type { IneligibilityReason } from '../schemas/review.ts';
import type { SocialService } from '../schemas/round.ts';
import type { ExclusionReason } from '../schemas/selection.ts';
import type { EmailBlock } from './format.ts';

/**
 * The reasons name the condition that was not met, never a diagnosis or a disability group: the notice travels
 * by e-mail.
 *
 * What a decision a person can contest must tell them, in both languages: why (the concrete reason the social
 * worker chose, or the selection order and the place on the list), with the social worker's own words for the
 * person; who decided; and how, to whom and by when it can be contested. The e-mails and the status page say the
 * same, from this one place.
 */

/** What the notice is made from. */
export interface DecisionFacts {
  outcome: 'waitlisted' | 'not-selected';
  /** The place on the waiting list. */
  position?: number;
  /** Places in the municipality. */
  cap?: number;
  /** Why the application took no part in the ranking. */
  exclusion?: ExclusionReason;
  /** The reason the social worker chose, for a refusal. */
  ineligibility?: IneligibilityReason;
  /** The social worker's words for the person. */
  messageForPerson?: string;
  municipalityName: LocalizedText;
  socialService?: SocialService;
  /** When the person was told: the publication of the results. The month to contest counts from it. */
  notifiedAt: string;
}

export interface DecisionNotice {
  /** The concrete reason, in short sentences. */
  reason: LocalizedText[];
  /** The social worker's words for the person, as written. */
  messageForPerson?: string;
  /** Who decided: the social service (or, when the round does not name it, the municipality's). */
  decidedBy: LocalizedText;
  /** To whom, how and by when, in short sentences. */
  contest: LocalizedText[];
  /** The last day to contest, `YYYY-MM-DD` in Riga time. */
  contestBy: string;
  /** The social service's contacts, when the round names them. */
  contacts?: SocialService;
}

const INELIGIBILITY: Record<IneligibilityReason, LocalizedText> = {
  'disability-group-not-eligible': {
    lv: 'Iesniegtais VDEĀVK atzinums neatbilst kārtas nosacījumiem.',
    en: 'The decision of the State Medical Commission (VDEĀVK) does not meet the conditions of the round.',
  },
  'no-mental-disorder': {
    lv: 'Dokumenti neapstiprina, ka persona ir no tiem, kam šī kārta paredzēta.',
    en: 'The documents do not confirm that the person is one of those this round is for.',
  },
  'not-resident-in-municipality': {
    lv: 'Personas deklarētā dzīvesvieta nav šajā pašvaldībā.',
    en: "The person's declared residence is not in this municipality.",
  },
  'documents-invalid': {
    lv: 'Iesniegtie dokumenti nav derīgi.',
    en: 'The documents that were sent are not valid.',
  },
  'not-an-adult': { lv: 'Persona nav pilngadīga.', en: 'The person is not an adult.' },
  other: {
    lv: 'Sociālais dienests norādīja citu iemeslu. Tas ir rakstīts zemāk.',
    en: 'The social service gave another reason. It is written below.',
  },
};

/** "1 place", "21 vieta", "11 vietas": Latvian takes the singular after numbers ending in 1, but not 11. */
function placesIn(cap: number): LocalizedText {
  const lvSingular = cap % 10 === 1 && cap % 100 !== 11;
  return {
    lv: `Pašvaldībā ir ${cap} ${lvSingular ? 'vieta' : 'vietas'}.`,
    en: cap === 1 ? 'There is 1 place in the municipality.' : `There are ${cap} places in the municipality.`,
  };
}

function reasonOf(facts: DecisionFacts): LocalizedText[] {
  if (facts.outcome === 'waitlisted') {
    return [
      facts.cap
        ? placesIn(facts.cap)
        : { lv: 'Pašvaldībā ir noteikts vietu skaits.', en: 'The municipality has a set number of places.' },
      {
        lv: 'Vietas saņēma pieteikumi ar vairāk punktiem.',
        en: 'The places went to the applications with more points.',
      },
      {
        lv: 'Ja punktu ir vienādi, vispirms ir tas pieteikums, kas saņemts agrāk.',
        en: 'When the points are equal, the application received earlier comes first.',
      },
      ...(facts.position
        ? [{ lv: `Vieta gaidīšanas sarakstā: ${facts.position}.`, en: `Place on the waiting list: ${facts.position}.` }]
        : []),
    ];
  }
  switch (facts.exclusion) {
    case 'not-eligible':
      return [
        { lv: 'Pieteikums neatbilda dalības nosacījumiem.', en: 'The application did not meet the conditions.' },
        INELIGIBILITY[facts.ineligibility ?? 'other'],
      ];
    case 'set-aside-duplicate':
      return [
        {
          lv: 'Par to pašu personu bija vairāk nekā viens pieteikums. Atlasē piedalās tikai viens.',
          en: 'There was more than one application for the same person. Only one takes part in the selection.',
        },
      ];
    case 'withdrawn':
      return [{ lv: 'Pieteikums tika atsaukts.', en: 'The application was withdrawn.' }];
    default:
      return [];
  }
}

/** The notice of a waiting-list place or a refusal. */
export function decisionNotice(facts: DecisionFacts): DecisionNotice {
  const service = facts.socialService;
  const decidedBy: LocalizedText = service
    ? service.name
    : {
        lv: `Pašvaldības sociālais dienests (${facts.municipalityName.lv})`,
        en: `The social service of the municipality (${facts.municipalityName.en})`,
      };
  const contestBy = addMonths(rigaCalendarDate(facts.notifiedAt), 1);
  const date = latvianDate(contestBy);
  const to: LocalizedText = service?.contestTo ?? {
    lv: `sociālā dienesta vadītājam (${decidedBy.lv})`,
    en: `the head of the social service (${decidedBy.en})`,
  };
  const where: LocalizedText = service
    ? {
        lv: `Pa pastu: ${service.address}. Pa e-pastu: ${service.email}.`,
        en: `By post: ${service.address}. By e-mail: ${service.email}.`,
      }
    : {
        lv: 'Sūtiet to pa pastu vai e-pastu uz sociālo dienestu.',
        en: 'Send it by post or e-mail to the social service.',
      };
  return {
    reason: reasonOf(facts),
    ...(facts.messageForPerson && { messageForPerson: facts.messageForPerson }),
    decidedBy,
    contest: [
      {
        lv: `Ja jūs nepiekrītat lēmumam, varat to apstrīdēt. Rakstiet: ${to.lv}.`,
        en: `If you do not agree with the decision, you can contest it. Write to: ${to.en}.`,
      },
      {
        lv: `Dariet to viena mēneša laikā no dienas, kad saņēmāt šo lēmumu: līdz ${date}.`,
        en: `Do it within one month from the day you were told of this decision: by ${date}.`,
      },
      {
        lv: 'Iesniegumu rakstiet un parakstiet. Ja sūtāt pa e-pastu, parakstiet to ar drošu elektronisko parakstu.',
        en: 'Write the letter and sign it. If you send it by e-mail, sign it with a secure electronic signature.',
      },
      where,
    ],
    contestBy,
    ...(service && { contacts: service }),
  };
}

const HEADINGS: Record<Language, { why: string; words: string; decidedBy: string; contest: string }> = {
  lv: {
    why: 'Kāpēc',
    words: 'Sociālā darbinieka paskaidrojums',
    decidedBy: 'Kas pieņēma lēmumu',
    contest: 'Kā apstrīdēt lēmumu',
  },
  en: {
    why: 'Why',
    words: 'What the social worker says',
    decidedBy: 'Who decided',
    contest: 'How to contest the decision',
  },
};

const CONTACT_LABELS: Record<Language, { name: string; address: string; phone: string; email: string }> = {
  lv: { name: 'Sociālais dienests', address: 'Adrese', phone: 'Tālrunis', email: 'E-pasts' },
  en: { name: 'Social service', address: 'Address', phone: 'Phone', email: 'E-mail' },
};

/** The social service's contacts as labelled rows: name, address, phone, e-mail. */
export function contactRows(language: Language, service: SocialService): [label: string, value: string][] {
  const label = CONTACT_LABELS[language];
  return [
    [label.name, service.name[language]],
    [label.address, service.address],
    [label.phone, service.phone],
    [label.email, service.email],
  ];
}

/** The notice as e-mail blocks, in one language. */
export function decisionBlocks(language: Language, notice: DecisionNotice): EmailBlock[] {
  const words = HEADINGS[language];
  const paragraph = (text: string): EmailBlock => ({ kind: 'paragraph', text });
  const heading = (text: string): EmailBlock => ({ kind: 'heading', text });
  return [
    ...(notice.reason.length > 0
      ? [heading(words.why), ...notice.reason.map((line) => paragraph(line[language]))]
      : []),
    ...(notice.messageForPerson ? [heading(words.words), paragraph(notice.messageForPerson)] : []),
    heading(words.decidedBy),
    paragraph(notice.decidedBy[language]),
    heading(words.contest),
    ...notice.contest.map((line) => paragraph(line[language])),
  ];
}
