import type { Language } from '../../shared/schemas/common.ts';
import type { NeedLevel } from '../../shared/schemas/service-year.ts';

/** One service of a demo plan: from the municipality's day centre (`centrs`) or practice (`prakse`), how much a month. */
export interface DemoService {
  serviceId: string;
  provider: 'centrs' | 'prakse';
  quantityPerMonth: number;
}

export interface DemoPlan {
  goals: string[];
  personView?: string;
  needLevel?: NeedLevel;
  services: DemoService[];
  /** How the person agreed to the first version. */
  agreed: 'paper' | 'online';
  /** A second version the social worker made today, which waits for the person's agreement. */
  revision?: { reason: string; services: DemoService[] };
}

/** A made-up person of the past demo round: points for the demo criteria, and a plan when they get a place. */
export interface DemoParticipant {
  firstName: string;
  lastName: string;
  municipalityCode: 'LV-016' | 'LV-JEL';
  language: Language;
  /** Support need (0–10), no other services (0–5), lives alone (0–5). */
  points: [number, number, number];
  plan?: DemoPlan;
}

/** Anna's services: only how often she sees the psychologist changes. */
function annaWithPsychologist(visits: number): DemoService[] {
  return [
    { serviceId: 'day-centre', provider: 'centrs', quantityPerMonth: 8 },
    { serviceId: 'support-person', provider: 'centrs', quantityPerMonth: 10 },
    { serviceId: 'psychologist', provider: 'prakse', quantityPerMonth: visits },
  ];
}

/**
 * Three people in Bauska, which has two places in the past round, and two in Jelgava: four participants with
 * plans, and one on the waiting list. The first is the one the start banner names: her plan was changed today and
 * waits for her agreement, so the online agreement can be tried. Goals are in the people's own words.
 */
export const DEMO_PARTICIPANTS: readonly DemoParticipant[] = [
  {
    firstName: 'Anna',
    lastName: 'Demo-Siliņa',
    municipalityCode: 'LV-016',
    language: 'lv',
    points: [9, 4, 5],
    plan: {
      goals: ['Gribu pati iepirkties veikalā.', 'Gribu satikt cilvēkus un atrast draugus.', 'Gribu mazāk uztraukties.'],
      personView: 'Man patīk dienas centrs. Tur es gribu iet divas reizes nedēļā.',
      needLevel: 'medium',
      services: annaWithPsychologist(1),
      agreed: 'paper',
      revision: {
        reason: 'Anna lūdza psihologa konsultācijas divas reizes mēnesī.',
        services: annaWithPsychologist(2),
      },
    },
  },
  {
    firstName: 'Kārlis',
    lastName: 'Demo-Zariņš',
    municipalityCode: 'LV-016',
    language: 'en',
    points: [7, 5, 3],
    plan: {
      goals: ['I want to find a job.', 'I want to travel to work on my own.'],
      needLevel: 'high',
      services: [
        { serviceId: 'supported-employment', provider: 'prakse', quantityPerMonth: 20 },
        { serviceId: 'transport', provider: 'prakse', quantityPerMonth: 8 },
      ],
      agreed: 'online',
    },
  },
  { firstName: 'Zane', lastName: 'Demo-Ābola', municipalityCode: 'LV-016', language: 'lv', points: [5, 2, 2] },
  {
    firstName: 'Oskars',
    lastName: 'Demo-Priede',
    municipalityCode: 'LV-JEL',
    language: 'lv',
    points: [8, 3, 4],
    plan: {
      goals: ['Gribu iemācīties strādāt ar koku.', 'Gribu pats uzkopt savu dzīvokli.'],
      services: [
        { serviceId: 'specialised-workshop', provider: 'centrs', quantityPerMonth: 8 },
        { serviceId: 'home-care', provider: 'prakse', quantityPerMonth: 12 },
      ],
      agreed: 'paper',
    },
  },
  {
    firstName: 'Inese',
    lastName: 'Demo-Kļava',
    municipalityCode: 'LV-JEL',
    language: 'en',
    points: [6, 5, 5],
    plan: {
      goals: ['I want to spend my days with other people.', 'I want my mother to have some rest.'],
      personView: 'The day centre is close to my home.',
      services: [
        { serviceId: 'day-centre', provider: 'centrs', quantityPerMonth: 10 },
        { serviceId: 'respite-care', provider: 'centrs', quantityPerMonth: 2 },
      ],
      agreed: 'paper',
    },
  },
];
