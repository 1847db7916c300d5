import type { DataCategory } from '../schemas/processing-record.ts';

/*
 * Every category of personal data the system holds, declared beside the code that holds it: where it is kept (the
 * stored items' fields), why, on which legal basis, who receives it, which services process it, where it rests and
 * how long. `test/unit/processing-categories.test.ts` walks the stored items' schemas and fails on any field no
 * category names, so a new field cannot be stored without being declared here.
 *
 * Fields are `<item>:<path>`: `application` (`schemas/application.ts`), `supportPlan` (`schemas/support-plan.ts`),
 * `auditEntry` (`schemas/audit.ts`); `[]` is an element of a list, and a path names everything under it unless a
 * longer path names a part of it for another category (a decision's `by` is staff data, the decision is not).
 */

/** Where staff are named on an application: who decided, noted, withdrew, took in or registered it. */
const STAFF_ON_APPLICATIONS = [
  'application:paper.receivedBy',
  'application:paper.registeredBy',
  'application:review.documentCheck.by',
  'application:review.eligibility.by',
  'application:review.scores.by',
  'application:review.notes[].by',
  'application:review.duplicate.by',
  'application:withdrawal.by',
  'application:hold.by',
];

/** Where staff are named on a support plan: who made each version, recorded a month, a review, the end. */
const STAFF_ON_PLANS = [
  'supportPlan:versions[].by',
  'supportPlan:versions[].agreement.recordedBy',
  'supportPlan:deliveries[].by',
  'supportPlan:replacedDeliveries[].by',
  'supportPlan:reviews[].by',
  'supportPlan:end.by',
];

export const DATA_CATEGORIES: readonly DataCategory[] = [
  {
    id: 'identity',
    name: { lv: 'Personas identitāte', en: 'The person’s identity' },
    description: {
      lv: 'Vārds, uzvārds, dzimšanas datums, deklarētās dzīvesvietas pašvaldība un personas kods. Personas kodu glabā tikai šifrētu un kā ar slepenu atslēgu veidotu jaucējkodu, pēc kura atrod tās pašas personas otru pieteikumu, kodu neatklājot. Atklātā veidā tas nekad nav adresē, žurnālā, e-pastā vai atslēgā. Ja datus labo, iepriekšējās vērtības glabā tikai šifrētas audita žurnālā.',
      en: 'First and last name, date of birth, the municipality of declared residence and the personal code. The personal code is kept only encrypted and as a keyed hash, which finds a second application of the same person without revealing the code. It is never in an address, a log, an e-mail or a key in clear. When details are corrected, the earlier values are kept only encrypted in the audit log.',
    },
    specialCategory: false,
    fields: [
      'application:person.firstName',
      'application:person.lastName',
      'application:person.dateOfBirth',
      'application:person.municipalityCode',
      'application:personalCode',
      'application:flags.personalCodeChecksumMismatch',
      // A correction's earlier values (names, contacts, the representative's), sealed with the reason.
      'auditEntry:correction',
    ],
    purpose: {
      lv: 'Lai zinātu, kas piesakās, ka persona dzīvo iesaistītajā pašvaldībā un ka katra persona kārtā piedalās vienreiz.',
      en: 'To know who applies, that they live in a participating municipality, and that each person takes part once in a round.',
    },
    legalBases: ['gdpr-6-1-e'],
    recipients: ['social-service', 'ministry'],
    processors: ['dynamodb', 'lambda', 'api-gateway', 'cloudfront'],
    stores: ['applications-table', 'audit-table'],
    retention: 'round-periods',
  },
  {
    id: 'contact',
    name: { lv: 'Kontaktinformācija', en: 'Contact details' },
    description: {
      lv: 'E-pasts, tālrunis, pasta adrese un e-pastu valoda.',
      en: 'E-mail, phone, post address and the language of the e-mails.',
    },
    specialCategory: false,
    fields: ['application:contact'],
    purpose: {
      lv: 'Lai informētu personu par pieteikumu un lēmumiem.',
      en: 'To tell the person about the application and the decisions.',
    },
    legalBases: ['gdpr-6-1-e'],
    recipients: ['social-service', 'ministry'],
    processors: ['dynamodb', 'ses', 'lambda', 'api-gateway', 'cloudfront'],
    stores: ['applications-table', 'mail-suppression-list'],
    retention: 'round-periods',
  },
  {
    id: 'representative',
    name: { lv: 'Pārstāvis', en: 'The representative' },
    description: {
      lv: 'Ja kāds piesakās personas vārdā: viņa vārds, uzvārds, statuss (likumiskais pārstāvis, aizbildnis vai pilnvarotā persona), e-pasts un tālrunis, kā arī dokuments, kas dod šīs tiesības (glabājas kopā ar citiem dokumentiem).',
      en: 'When someone applies for the person: their name, in what capacity (legal representative, guardian or authorised person), e-mail and phone, and the document that gives them the authority (kept with the other documents).',
    },
    specialCategory: false,
    fields: ['application:representative'],
    purpose: {
      lv: 'Lai zinātu, kas rīkojas personas vārdā un ka viņam ir tādas tiesības, un lai paziņotu viņam lēmumus.',
      en: 'To know who acts for the person and that they may, and to tell them the decisions.',
    },
    legalBases: ['gdpr-6-1-e'],
    recipients: ['social-service', 'ministry'],
    processors: ['dynamodb', 's3', 'ses', 'guardduty', 'lambda', 'api-gateway', 'cloudfront'],
    stores: ['applications-table', 'documents-bucket', 'mail-suppression-list'],
    retention: 'round-periods',
  },
  {
    id: 'health',
    name: { lv: 'Veselības dati', en: 'Health data' },
    description: {
      lv: 'Invaliditātes grupa, vai personai ir garīga rakstura traucējumi, un dokumenti, kas to apliecina, kopā ar parakstīto iesnieguma veidlapu, kurā atbildes atkārtotas. Diagnozi nekad nereģistrē.',
      en: 'The disability group, whether the person has a mental disorder, and the documents that prove them, with the signed application form, which repeats the answers. A diagnosis is never recorded.',
    },
    specialCategory: true,
    fields: [
      'application:person.disabilityGroup',
      'application:person.mentalDisorderConfirmed',
      'application:documents',
    ],
    purpose: {
      lv: 'Lai izlemtu, vai persona var piedalīties: uzaicinājums ir pieaugušajiem ar 1. vai 2. invaliditātes grupu un garīga rakstura traucējumiem.',
      en: 'To decide whether the person may take part: the call is for adults with disability group 1 or 2 and a mental disorder.',
    },
    legalBases: ['gdpr-6-1-e', 'gdpr-9-2-b', 'gdpr-9-2-h'],
    recipients: ['social-service', 'ministry'],
    processors: ['dynamodb', 's3', 'guardduty', 'lambda', 'api-gateway', 'cloudfront'],
    stores: ['applications-table', 'documents-bucket'],
    retention: 'round-periods',
  },
  {
    id: 'application-record',
    name: { lv: 'Pieteikuma uzskaite', en: 'The application’s record' },
    description: {
      lv: 'Pieteikuma numurs un kārta, vai tas iesniegts tiešsaistē vai papīra formā, kad tas sākts, saņemts un reģistrēts, kad dota piekrišana, līdz kuram laikam glabā neiesniegtu melnrakstu, cik reižu darbinieki to mainījuši, vai tas ir aizturēts (piemēram, pārsūdzības dēļ) un kad sākta tā personas datu dzēšana.',
      en: 'The application’s number and round, whether it came online or on paper, when it was started, received and registered, when consent was given, until when an unsent draft is kept, how many times staff changed it, whether it is held (for an appeal, for example) and when the removal of its personal data began.',
    },
    specialCategory: false,
    fields: [
      'application:reference',
      'application:roundId',
      'application:status',
      'application:channel',
      'application:createdAt',
      'application:receivedAt',
      'application:draftExpiresAt',
      'application:consentGivenAt',
      'application:paper.registeredAt',
      'application:revision',
      // A legal hold (an appeal, or another reason in the social worker's words) and a removal under way.
      'application:hold',
      'application:erasure',
    ],
    purpose: {
      lv: 'Lai apstrādātu katru pieteikumu un sakārtotu pieteikumus ar vienādiem punktiem pēc saņemšanas laika.',
      en: 'To handle each application, and to order applications with equal points by when they were received.',
    },
    legalBases: ['gdpr-6-1-e'],
    recipients: ['social-service', 'ministry'],
    processors: ['dynamodb', 'lambda', 'api-gateway', 'cloudfront'],
    stores: ['applications-table'],
    retention: 'round-periods-then-anonymised',
  },
  {
    id: 'selection',
    name: { lv: 'Izvērtēšana un atlase', en: 'Review and selection' },
    description: {
      lv: 'Sociālā dienesta dokumentu pārbaude, lēmums par atbilstību ar iemeslu un vārdiem personai, punkti par katru kritēriju ar pamatojumu, piezīmes, kā izlemti vienas personas vairāki pieteikumi, atsaukums un publicētais rezultāts (atlasīts, gaidīšanas sarakstā vai nav atlasīts). Atlases rezultāti glabā katra pieteikuma numuru, punktus un saņemšanas laiku, lai atlasi varētu atkārtot; vārdu tajos nav.',
      en: 'The social service’s check of the documents, the eligibility decision with its reason and words for the person, points per criterion with their justification, notes, how a person’s several applications were settled, a withdrawal, and the published result (selected, on the waiting list or not selected). The selection runs keep each application’s number, points and receipt time so that anyone can run them again; they hold no names.',
    },
    specialCategory: true,
    fields: [
      'application:flags.possibleDuplicateOf',
      'application:review',
      'application:withdrawal',
      'application:selection',
    ],
    purpose: {
      lv: 'Lai par katru pieteikumu lemtu taisnīgi un pamatoti un atlasītu pēc punktiem un saņemšanas laika, kā noteikts uzaicinājumā.',
      en: 'To decide on each application fairly and say why, and to select by points and receipt time as the call says.',
    },
    legalBases: ['gdpr-6-1-e', 'gdpr-9-2-b', 'gdpr-9-2-g'],
    recipients: ['social-service', 'ministry'],
    processors: ['dynamodb', 'ses', 'lambda', 'api-gateway', 'cloudfront'],
    stores: ['applications-table'],
    retention: 'round-periods-then-anonymised',
  },
  {
    id: 'support-plan',
    name: { lv: 'Atbalsta plāns', en: 'Support plan' },
    description: {
      lv: 'Dalībnieka mērķi un viedoklis par plānu viņa paša vārdiem, atbalsta vajadzības līmenis, pakalpojumi ar sniedzējiem, apjomiem un cenām, katra versija ar izmaiņu iemeslu un saskaņojumu, sniegtie pakalpojumi pa mēnešiem, pārskati un gada noslēgums.',
      en: 'The participant’s goals and their view of the plan in their own words, the level of need, the services with their providers, amounts and prices, every version with its reason and agreement, the months delivered, reviews and how the year ended.',
    },
    specialCategory: true,
    fields: [
      'supportPlan:reference',
      'supportPlan:roundId',
      'supportPlan:municipalityCode',
      'supportPlan:versions',
      'supportPlan:deliveries',
      'supportPlan:replacedDeliveries',
      'supportPlan:reviews',
      'supportPlan:end',
      'supportPlan:revision',
      // When the person's own words were removed from the plan, its amounts kept for the evaluation.
      'supportPlan:anonymisedAt',
    ],
    purpose: {
      lv: 'Lai plānotu, saskaņotu un uzraudzītu dalībnieka pakalpojumus gada laikā individuālā budžeta ietvaros.',
      en: 'To plan, agree and follow the participant’s services during their year, within their individual budget.',
    },
    legalBases: ['gdpr-6-1-e', 'gdpr-9-2-h'],
    recipients: ['social-service', 'ministry'],
    processors: ['dynamodb', 'lambda', 'api-gateway', 'cloudfront'],
    stores: ['applications-table'],
    retention: 'round-periods',
  },
  {
    id: 'mail-delivery',
    name: { lv: 'E-pastu piegāde', en: 'E-mail delivery' },
    description: {
      lv: 'Kuri pieteikuma e-pasti un kad nosūtīti, un kurus nevarēja piegādāt vai par kuriem saņemta sūdzība (kuram adresātam, bet ne pati adrese).',
      en: 'Which e-mails of an application were sent and when, and which could not be delivered or drew a complaint (to whom, not the address itself).',
    },
    specialCategory: false,
    fields: ['application:deliveryProblems'],
    purpose: {
      lv: 'Lai katru e-pastu nosūtītu vienreiz un sociālais dienests zinātu, ja personu nesasniedza.',
      en: 'To send each e-mail once, and to let the social service know when a person was not reached.',
    },
    legalBases: ['gdpr-6-1-e'],
    recipients: ['social-service', 'ministry'],
    processors: ['dynamodb', 'ses', 'lambda'],
    stores: ['applications-table', 'mail-suppression-list'],
    retention: 'round-periods',
  },
  {
    id: 'staff',
    name: { lv: 'Darbinieki', en: 'Staff' },
    description: {
      lv: 'Darbinieka lietotājvārds un vārds pie tā, ko viņš pieteikumā vai plānā reģistrējis, izlēmis, atzīmējis vai mainījis, un audita žurnālā; papīra pieteikumu pieņēmušā darbinieka vārds; darbinieku konti.',
      en: 'The username and name of the staff member kept with what they registered, decided, noted or changed on an application or plan, and in the audit log; the name of whoever took in a paper application; the staff accounts.',
    },
    specialCategory: false,
    fields: [...STAFF_ON_APPLICATIONS, ...STAFF_ON_PLANS, 'auditEntry:actor'],
    purpose: {
      lv: 'Lai būtu redzams, kurš ko izlēmis, kā to prasa administratīvais process, un lai darbinieki varētu pierakstīties.',
      en: 'To show who decided what, as administrative procedure requires, and to let staff sign in.',
    },
    legalBases: ['gdpr-6-1-e', 'gdpr-6-1-c'],
    recipients: ['social-service', 'ministry'],
    processors: ['dynamodb', 'cognito', 'lambda', 'api-gateway', 'cloudfront'],
    stores: ['applications-table', 'audit-table', 'user-pool'],
    retention: 'staff-names',
  },
  {
    id: 'audit-trail',
    name: { lv: 'Audita pieraksti', en: 'Audit trail' },
    description: {
      lv: 'Par katru darbinieka pieprasījumu: kad, kas darīts, kurā kārtā, pašvaldībā un ar kuru pieteikumu, un ar kādu iznākumu, arī atteikumi. Nekad personas kods, vārds vai veselības dati.',
      en: 'For every staff request: when, what was done, in which round and municipality, with which application, and how it ended, refusals too. Never a personal code, a name or health data.',
    },
    specialCategory: false,
    fields: [
      'auditEntry:id',
      'auditEntry:at',
      'auditEntry:action',
      'auditEntry:roundId',
      'auditEntry:reference',
      'auditEntry:municipalityCode',
      'auditEntry:outcome',
      'auditEntry:reason',
      'auditEntry:related',
    ],
    purpose: {
      lv: 'Lai personai un uzraudzības iestādei varētu parādīt, kas skatīja vai mainīja personas datus, un lai atklātu ļaunprātīgu izmantošanu.',
      en: 'To show the person and the supervisory authority who read or changed the person’s data, and to find misuse.',
    },
    legalBases: ['gdpr-6-1-c'],
    recipients: ['social-service', 'ministry'],
    processors: ['dynamodb', 'lambda'],
    stores: ['audit-table'],
    retention: 'audit-log',
  },
  {
    id: 'connection-records',
    name: { lv: 'Savienojumu ieraksti', en: 'Connection records' },
    description: {
      lv: 'Vietnes pieprasījumu un dokumentu atvēršanas IP adrese, laiks, pieprasītā adrese un pārlūks API Gateway, CloudFront, AWS WAF un S3 žurnālos. Tos raksta AWS pakalpojumi, nevis sistēmas kods.',
      en: 'The IP address, time, address asked for and browser of requests to the site and of documents fetched, in the logs of API Gateway, CloudFront, AWS WAF and S3. The AWS services write them, not the system’s code.',
    },
    specialCategory: false,
    fields: [],
    purpose: {
      lv: 'Lai sistēma būtu droša: lai atvairītu ļaunprātīgu izmantošanu un izsekotu, kas piekļuva kuram dokumentam.',
      en: 'To keep the system secure: to hold off abuse, and to trace who reached which document.',
    },
    legalBases: ['gdpr-6-1-c'],
    recipients: [],
    processors: ['api-gateway', 'cloudfront', 'waf', 's3', 'cloudwatch-logs'],
    stores: ['logs', 'waf-log', 'access-log-buckets'],
    retention: 'stage-logs',
  },
];
