import { addDays, RIGA_TIME_ZONE, rigaCalendarDate } from '../../shared/domain/riga-time.ts';
import type { LocalizedText } from '../../shared/schemas/common.ts';
import { type Municipality, type Round, RoundSchema } from '../../shared/schemas/round.ts';

/**
 * The ten municipalities of the call, in the call's order, with their ISO 3166-2:LV codes as they were in 2019
 * (the 2021 reform changed most of them, which is why they are data of the round). Ten places each: "if more
 * than 10 persons apply in one municipality…".
 */
const PILOT_MUNICIPALITIES: readonly Municipality[] = [
  municipality('LV-JEL', ['Jelgavas pilsētas pašvaldība', 'Jelgava city'], ['Jelgavas', 'Jelgava', 'jelgava']),
  municipality('LV-016', ['Bauskas novada pašvaldība', 'Bauska municipality'], ['Bauskas', 'Bauska', 'bauska']),
  municipality('LV-LPX', ['Liepājas pilsētas pašvaldība', 'Liepāja city'], ['Liepājas', 'Liepāja', 'liepaja']),
  municipality('LV-088', ['Talsu novada pašvaldība', 'Talsi municipality'], ['Talsu', 'Talsi', 'talsi']),
  municipality(
    'LV-025',
    ['Daugavpils novada pašvaldība', 'Daugavpils municipality'],
    ['Daugavpils', 'Daugavpils', 'daugavpils'],
  ),
  municipality('LV-015', ['Balvu novada pašvaldība', 'Balvi municipality'], ['Balvu', 'Balvi', 'balvi']),
  municipality('LV-022', ['Cēsu novada pašvaldība', 'Cēsis municipality'], ['Cēsu', 'Cēsis', 'cesis']),
  municipality('LV-033', ['Gulbenes novada pašvaldība', 'Gulbene municipality'], ['Gulbenes', 'Gulbene', 'gulbene']),
  municipality('LV-067', ['Ogres novada pašvaldība', 'Ogre municipality'], ['Ogres', 'Ogre', 'ogre']),
  municipality('LV-099', ['Tukuma novada pašvaldība', 'Tukums municipality'], ['Tukuma', 'Tukums', 'tukums']),
];

/**
 * A municipality of the call with ten places and its social service. The contacts are placeholders of the
 * right shape (an address in the town, an `example.lv` e-mail, a number that is not in use): a real round's
 * administrators enter the social services' own in the round editor.
 */
function municipality(
  code: string,
  [lv, en]: [string, string],
  [townGenitive, town, slug]: [string, string, string],
): Municipality {
  return {
    code,
    name: { lv, en },
    cap: 10,
    socialService: {
      name: { lv: `${townGenitive} sociālais dienests`, en: `${town} social service` },
      address: `Pils iela 1, ${town}, LV-0000`,
      phone: '+371 60000000',
      email: `socialais.dienests@${slug}.example.lv`,
    },
  };
}

const WHO_MAY_APPLY: LocalizedText = {
  lv:
    'Var pieteikties pilngadīgas personas ar garīga rakstura traucējumiem. ' +
    'Personai ir noteikta 1. vai 2. invaliditātes grupa. ' +
    'Persona ir deklarēta vienā no pašvaldībām sarakstā. ' +
    'Pieteikumu var iesniegt pati persona vai tās pārstāvis.',
  en:
    'Adults with a mental disorder can apply. ' +
    'The person has disability group 1 or 2. ' +
    "The person's declared residence is in one of the municipalities on the list. " +
    'The person can apply, or their representative can apply for them.',
};

/** The two documents the call asks for, described so that a person knows what to bring. */
const REQUIRED_DOCUMENTS: Round['requiredDocuments'] = [
  {
    type: 'application-form',
    name: { lv: 'Iesniegums', en: 'Application form' },
    description: {
      lv:
        'Aizpildīta un parakstīta iesnieguma veidlapa. Parakstiet to ar roku vai ar e-parakstu. ' +
        'Veidlapu var lejupielādēt šeit vai saņemt pašvaldības sociālajā dienestā.',
      en:
        'The application form, filled in and signed by hand or with an e-signature. ' +
        'You can download the form here, or get it from the social service of the municipality.',
    },
  },
  {
    type: 'disability-proof',
    name: { lv: 'Dokuments par invaliditāti', en: 'Proof of disability' },
    description: {
      lv:
        'Dokuments, kas rāda, ka personai ir 1. vai 2. invaliditātes grupa un garīga rakstura traucējumi. ' +
        'Piemēram, Veselības un darbspēju ekspertīzes ārstu valsts komisijas (VDEĀVK) atzinums. ' +
        'Dokumentam jābūt derīgam pieteikšanās dienā.',
      en:
        'A document that shows that the person has disability group 1 or 2 and a mental disorder. ' +
        'For example, the decision of the State Medical Commission (VDEĀVK). ' +
        'The document must be valid on the day you apply.',
    },
  },
];

/**
 * The intake rounds a fresh system starts with. Each is parsed with `RoundSchema`, so a mistake in this data
 * stops the seeding loudly instead of reaching applicants.
 */
export function seedRounds(now: Date): Round[] {
  return [pilot2019(), demo(now)].map((round) => RoundSchema.parse(round));
}

/**
 * The 2019 pilot as the call states it. The name is shown in e-mails, so it names the programme, not the
 * health condition of the people it is for; that is said in `whoMayApply`, on the round's page only.
 */
function pilot2019(): Round {
  return {
    id: 'pilot-2019',
    name: {
      lv: 'Jauna pieeja sociālo pakalpojumu nodrošināšanā: izmēģinājumprojekts 2019',
      en: 'A new approach to social services: pilot project 2019',
    },
    whoMayApply: WHO_MAY_APPLY,
    municipalities: [...PILOT_MUNICIPALITIES],
    window: { firstDay: '2019-08-01', lastDay: '2019-08-16', timeZone: RIGA_TIME_ZONE },
    eligibleDisabilityGroups: [1, 2],
    requiresMentalDisorder: true,
    requiredDocuments: REQUIRED_DOCUMENTS,
    // The call names no selection criteria; the administrators add them before the selection.
    criteria: [],
    retention: {
      // One year after the results are published. Services begin in autumn 2019 and last 12 months; a selected
      // person may withdraw in the first months, and the next on the waiting list is then offered the place, so
      // the waiting list must exist that long. Complaints about the selection also need the data. Keeping data of
      // people who did not take part for the pilot's whole run (to November 2020) would be more than needed.
      notSelectedDays: 365,
      // A year after a participant's year of services ends: complaints, and the ministry's evaluation of the pilot.
      participantDays: 365,
    },
  };
}

const DEMO_CRITERIA: Round['criteria'] = [
  {
    id: 'support-need',
    name: { lv: 'Atbalsta vajadzība ikdienā', en: 'Need for support in daily life' },
    maxPoints: 10,
  },
  {
    id: 'no-other-services',
    name: { lv: 'Nesaņem citus sociālos pakalpojumus', en: 'Receives no other social services' },
    maxPoints: 5,
  },
  {
    id: 'lives-alone',
    name: { lv: 'Dzīvo viens vai bez ģimenes atbalsta', en: 'Lives alone or without family support' },
    maxPoints: 5,
  },
];

/**
 * A round with the pilot's rules that is always open, for trying the system out: it opened a week before
 * `now` and closes 30 days after, in Riga calendar days.
 */
function demo(now: Date): Round {
  const today = rigaCalendarDate(now);
  return {
    id: 'demo',
    name: { lv: 'Demonstrācijas kārta (nav īsta pieteikšanās)', en: 'Demo round (not a real intake)' },
    whoMayApply: {
      lv: `Šī ir demonstrācijas kārta. Pieteikumus neviens neizskata. ${WHO_MAY_APPLY.lv}`,
      en: `This is a demo round. Nobody handles the applications. ${WHO_MAY_APPLY.en}`,
    },
    municipalities: [...PILOT_MUNICIPALITIES],
    window: { firstDay: addDays(today, -7), lastDay: addDays(today, 30), timeZone: RIGA_TIME_ZONE },
    eligibleDisabilityGroups: [1, 2],
    requiresMentalDisorder: true,
    requiredDocuments: REQUIRED_DOCUMENTS,
    // Examples for trying out scoring; a real round's criteria are set by its administrators.
    criteria: DEMO_CRITERIA,
    // A week after the last day: the social services check the last applications, then the selection runs.
    resultsExpectedBy: addDays(today, 37),
    // Demo data is worth nothing after the round: a month is enough to look at the results.
    retention: { notSelectedDays: 30, participantDays: 30 },
  };
}
