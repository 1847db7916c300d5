import type { LocalizedText } from '../schemas/common.ts';
import type { LegalBasisId, RecipientId, RetentionRuleId } from '../schemas/processing-record.ts';

/*
 * The words of the record of processing that the categories refer to by id: the legal bases, the recipients and
 * the retention rules. The legal bases are those the system is built on for a public social service; the
 * controller (the ministry and each municipality) confirms them, and the page says so.
 */

export const LEGAL_BASES: Record<LegalBasisId, { article: LocalizedText; text: LocalizedText }> = {
  'gdpr-6-1-c': {
    article: { lv: 'VDAR 6. panta 1. punkta c) apakšpunkts', en: 'GDPR Art. 6(1)(c)' },
    text: {
      lv: 'Pārzinim noteikts juridisks pienākums: spēt pierādīt, kas skatīja vai mainīja personas datus, un nodrošināt sistēmas drošību (VDAR 5. panta 2. punkts un 32. pants).',
      en: 'A legal obligation of the controller: to be able to show who read or changed personal data, and to keep the system secure (GDPR Art. 5(2) and 32).',
    },
  },
  'gdpr-6-1-e': {
    article: { lv: 'VDAR 6. panta 1. punkta e) apakšpunkts', en: 'GDPR Art. 6(1)(e)' },
    text: {
      lv: 'Uzdevums sabiedrības interesēs un pārzinim likumīgi piešķirtās oficiālās pilnvaras: sociālais dienests lemj par sociālajiem pakalpojumiem un tos nodrošina (Sociālo pakalpojumu un sociālās palīdzības likums), ministrija īsteno izmēģinājumprojektu.',
      en: 'A task in the public interest and the exercise of official authority: the social service decides on and provides social services (Law on Social Services and Social Assistance), and the ministry runs the pilot project.',
    },
  },
  'gdpr-9-2-b': {
    article: { lv: 'VDAR 9. panta 2. punkta b) apakšpunkts', en: 'GDPR Art. 9(2)(b)' },
    text: {
      lv: 'Pienākumi un tiesības sociālās aizsardzības jomā: invaliditātes grupa un garīga rakstura traucējumi ir pakalpojuma saņemšanas nosacījumi.',
      en: 'Obligations and rights in the field of social protection law: the disability group and a mental disorder are conditions of the service.',
    },
  },
  'gdpr-9-2-g': {
    article: { lv: 'VDAR 9. panta 2. punkta g) apakšpunkts', en: 'GDPR Art. 9(2)(g)' },
    text: {
      lv: 'Būtiskas sabiedrības intereses, pamatojoties uz tiesību aktiem: taisnīga un pārbaudāma atlase ierobežotajām valsts finansētā izmēģinājumprojekta vietām.',
      en: 'Substantial public interest on the basis of law: a fair selection, which anyone can check, for the limited places of a state-funded pilot project.',
    },
  },
  'gdpr-9-2-h': {
    article: { lv: 'VDAR 9. panta 2. punkta h) apakšpunkts', en: 'GDPR Art. 9(2)(h)' },
    text: {
      lv: 'Sociālās aprūpes nodrošināšana: atbalsta plāns un pakalpojumi, ko dalībnieks saņem.',
      en: 'The provision of social care: the support plan and the services a participant receives.',
    },
  },
};

export const RECIPIENTS: Record<RecipientId, { name: LocalizedText; role: LocalizedText }> = {
  'social-service': {
    name: { lv: 'Pašvaldības sociālais dienests', en: 'The municipality’s social service' },
    role: {
      lv: 'Pārbauda un izlemj savas pašvaldības pieteikumus, sastāda un uzrauga dalībnieku atbalsta plānus. Katrs sociālais darbinieks redz tikai savas pašvaldības datus.',
      en: 'Checks and decides the applications of its own municipality, and draws up and follows the participants’ support plans. Each social worker sees only their own municipality.',
    },
  },
  ministry: {
    name: { lv: 'Labklājības ministrija', en: 'The Ministry of Welfare' },
    role: {
      lv: 'Tās administratori izveido kārtas, veic un publicē atlasi, seko pakalpojumu gadam skaitļos un skatās audita žurnālu. Viņi redz visas pašvaldības.',
      en: 'Its administrators set up the rounds, run and publish the selection, follow the year of services in figures and read the audit log. They see every municipality.',
    },
  },
};

export const RETENTION_RULES: Record<RetentionRuleId, LocalizedText> = {
  'round-periods': {
    lv: 'Kā nosaka katra kārta (kārtu tabulā): neiesniegtu melnrakstu glabā melnraksta dienas; tās personas pieteikumu, kura nesaņēma vietu, glabā noteiktās dienas pēc rezultātu publicēšanas; dalībnieka datus glabā noteiktās dienas pēc viņa pakalpojumu gada beigām. Tad personas datus un visas dokumentu versijas dzēš. Pārsūdzētu vai sociālā darbinieka aizturētu pieteikumu glabā, līdz aizturēšanu atceļ.',
    en: 'As each round says (in the table of rounds): an unsent draft is kept for the draft days; the application of a person who got no place, for the set days after the results are published; a participant’s data, for the set days after their year of services ends. Then the personal data and every version of the documents are removed. An application under appeal, or held by a social worker, is kept until the hold is lifted.',
  },
  'round-periods-then-anonymised': {
    lv: 'Personas datus glabā, kā nosaka katra kārta (skatīt iepriekš). To, kas vajadzīgs atlases atkārtotai pārbaudei (pieteikuma numurs, pašvaldība, punkti, lēmums un saņemšanas laiks), glabā arī pēc tam, bez nekā, kas personu identificē.',
    en: 'Personal data are kept as each round says (see above). What a check of the selection needs (the application number, municipality, points, decision and receipt time) is kept afterwards too, without anything that names the person.',
  },
  'staff-names': {
    lv: 'Pieteikumos un plānos — tik ilgi, cik glabā tos. Audita žurnālā — tik ilgi, cik glabā žurnālu. Darbinieka kontu — līdz administrators to dzēš.',
    en: 'On applications and plans, as long as these are kept. In the audit log, as long as the log is kept. The staff account, until an administrator deletes it.',
  },
  'audit-log': {
    lv: 'Beigu termiņš vēl nav noteikts: ierakstus tikai pievieno, un neviena sistēmas daļa tos nevar mainīt vai dzēst. Cik ilgi žurnālu glabāt, jāizlemj pārzinim.',
    en: 'No end is set yet: entries are only ever added, and no part of the system can change or delete one. The controller is to decide how long the log is kept.',
  },
  'stage-logs': {
    lv: 'Tik ilgi, cik izvietojuma iestatījumi nosaka glabāt žurnālus un piekļuves žurnālus; pēc tam tie dzēšas paši.',
    en: 'As long as the deployment’s settings keep logs and access logs; then they are deleted by themselves.',
  },
};
