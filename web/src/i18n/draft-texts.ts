import type { Language } from '../api/types.ts';

/**
 * The words of saving a draft for later, continuing it from the e-mailed link, the privacy notice and the paper
 * route, in easy-to-read Latvian and plain English. Kept apart from the form's own words (`lv.ts`, `en.ts`).
 */
const lv = {
  saveLater: {
    button: 'Saglabāt un turpināt vēlāk',
    busy: 'Saglabā…',
    keptUntil: (date: string) =>
      `Atbildes un dokumenti ir saglabāti līdz ${date}. Pēc tam, ja pieteikums nav iesniegts, mēs tos izdzēsīsim.`,
  },
  saved: {
    title: 'Pieteikums saglabāts',
    reference: (reference: string) => `Pieteikuma numurs: ${reference}.`,
    emailed: 'Mēs nosūtījām saiti uz šo e-pastu. Ar to varat turpināt pieteikumu, arī no cita datora vai telefona:',
    noEmail:
      'Jūs nenorādījāt e-pastu, tāpēc saiti nevaram nosūtīt. Lūdzu, pierakstiet pieteikuma numuru un piekļuves kodu.',
    accessCode: (code: string) => `Piekļuves kods: ${code}.`,
    notSent: 'Pieteikums vēl nav iesniegts. Lai to iesniegtu, atveriet saiti un pabeidziet visus soļus.',
    checkSpam: 'Ja e-pasts nepienāk dažu minūšu laikā, paskatieties mapē “Surogātpasts”.',
    closeNow: 'Tagad varat aizvērt šo lapu.',
    goOn: 'Turpināt tagad',
  },
  continueDraft: {
    title: 'Turpināt pieteikumu',
    loading: 'Ielādē jūsu atbildes…',
    noLink: 'Saite nav pilnīga. Lūdzu, atveriet saiti no e-pasta vēlreiz.',
    goneTitle: 'Pieteikums vairs nav saglabāts',
    submitted: 'Šis pieteikums jau ir iesniegts. Tā statusu varat redzēt statusa lapā.',
    statusLink: 'Skatīt pieteikuma statusu',
    startAgain: 'Sākt jaunu pieteikumu',
    restored: 'Jūsu atbildes ir atjaunotas.',
  },
  contact: {
    howToReach:
      'Norādiet vismaz vienu: e-pastu, tālruni vai pasta adresi. Ja nav e-pasta, sociālais dienests jums piezvanīs vai rakstīs.',
    address: 'Pasta adrese',
    addressHint: 'Iela, māja, dzīvoklis, pilsēta vai pagasts, pasta indekss.',
    missing: 'Lūdzu, norādiet e-pastu, tālruni vai pasta adresi, lai sociālais dienests varētu ar jums sazināties.',
    noEmailDone:
      'Jūs nenorādījāt e-pastu, tāpēc e-pastu nesūtīsim. Sociālais dienests jums piezvanīs vai rakstīs. Lūdzu, pierakstiet pieteikuma numuru un piekļuves kodu.',
  },
  done: {
    alreadyAppliedTitle: 'Šai personai jau ir pieteikums',
    alreadyApplied: [
      'Šai personai šajā kārtā jau ir iesniegts cits pieteikums.',
      'Tā nav kļūda, un jums nekas nav jādara. Sociālais dienests izskatīs abus pieteikumus un paturēs vienu no tiem.',
      'Ja sociālajam dienestam būs jautājumi, sociālais darbinieks ar jums sazināsies.',
    ],
  },
  start: {
    paperTitle: 'Ja jums nav e-pasta vai interneta',
    paper:
      'Pieteikumu var iesniegt arī uz papīra savas pašvaldības sociālajā dienestā. Sociālais darbinieks palīdzēs to aizpildīt.',
    privacyLink: 'Kā mēs izmantojam datus',
  },
  privacy: {
    title: 'Kā mēs izmantojam datus',
    intro: 'Šeit ir aprakstīts, ko mēs darām ar datiem, kurus norādāt pieteikumā.',
    controllerTitle: 'Kas atbild par datiem',
    controller: [
      'Pašvaldības sociālais dienests. Tas izskata pieteikumu. Tā ir tās pašvaldības sociālais dienests, kurā ir personas deklarētā dzīvesvieta.',
      'Labklājības ministrija. Tā vada izmēģinājumprojektu un veic atlasi.',
    ],
    whatTitle: 'Kādus datus mēs glabājam',
    what: [
      'vārdu, uzvārdu un personas kodu',
      'pašvaldību, kurā ir deklarētā dzīvesvieta',
      'invaliditātes grupu',
      'atbildi, ka personai ir garīga rakstura traucējumi (diagnozi mēs nejautājam)',
      'e-pastu, tālruni vai pasta adresi',
      'pārstāvja datus, ja pieteikumu iesniedz pārstāvis',
      'augšupielādētos dokumentus',
    ],
    whyTitle: 'Kāpēc mēs to drīkstam',
    why: [
      'Lai izlemtu, vai personai var sniegt sociālos pakalpojumus. Tas ir valsts un pašvaldības uzdevums (Vispārīgās datu aizsardzības regulas 6. panta 1. punkta e) apakšpunkts).',
      'Dati par veselību ir īpaši aizsargāti. Mēs tos izmantojam sociālās aprūpes un sociālo pakalpojumu dēļ un būtiskās sabiedrības interesēs (regulas 9. panta 2. punkta g) un h) apakšpunkts).',
      'Sociālo pakalpojumu un sociālās palīdzības likums nosaka, ka sociālais dienests izvērtē, kāds atbalsts personai vajadzīgs.',
    ],
    processorsTitle: 'Kas mums palīdz',
    processors: [
      'Mākoņpakalpojumu sniedzējs (Amazon Web Services) glabā datus un dokumentus Eiropas Savienībā. Dati ir šifrēti.',
      'E-pasta pakalpojums (Amazon Simple Email Service) nosūta e-pastus. E-pastos nav datu par veselību un nav personas koda.',
      'Citiem datus nedodam.',
    ],
    howLongTitle: 'Cik ilgi mēs glabājam datus',
    draftKept: (days: number) =>
      `Neiesniegtu pieteikumu mēs glabājam ${days} dienas, bet ne ilgāk par pieteikšanās beigām. Tad mēs to izdzēšam kopā ar dokumentiem.`,
    notSelected: (days: number) =>
      `Ja persona netiek atlasīta, mēs izdzēšam datus un dokumentus ${days} dienas pēc pieteikšanās beigām.`,
    selected: 'Ja persona tiek atlasīta, dati ir vajadzīgi, kamēr persona saņem pakalpojumus.',
    rightsTitle: 'Jūsu tiesības',
    rights: [
      'uzzināt, kādus datus par jums glabājam, un saņemt to kopiju',
      'lūgt izlabot nepareizus datus',
      'lūgt izdzēst datus, ja likums to atļauj',
      'lūgt ierobežot datu izmantošanu vai iebilst pret to',
    ],
    askService: 'Lai to izdarītu, sazinieties ar savas pašvaldības sociālo dienestu.',
    complaint:
      'Ja domājat, ka dati tiek izmantoti nepareizi, varat iesniegt sūdzību Datu valsts inspekcijā (www.dvi.gov.lv).',
    back: 'Atpakaļ',
  },
};

export type DraftTexts = typeof lv;

const en: DraftTexts = {
  saveLater: {
    button: 'Save and continue later',
    busy: 'Saving…',
    keptUntil: (date) =>
      `The answers and documents are saved until ${date}. After that, if the application is not sent in, we delete them.`,
  },
  saved: {
    title: 'Application saved',
    reference: (reference) => `Application number: ${reference}.`,
    emailed:
      'We sent a link to this e-mail address. With it you can continue the application, also from another computer or phone:',
    noEmail:
      'You did not give an e-mail address, so we cannot send the link. Please write down the application number and the access code.',
    accessCode: (code) => `Access code: ${code}.`,
    notSent: 'The application is not sent in yet. To send it, open the link and finish all the steps.',
    checkSpam: 'If the e-mail does not arrive within a few minutes, look in the spam folder.',
    closeNow: 'You can close this page now.',
    goOn: 'Continue now',
  },
  continueDraft: {
    title: 'Continue the application',
    loading: 'Loading your answers…',
    noLink: 'The link is not complete. Please open the link from the e-mail again.',
    goneTitle: 'The application is no longer saved',
    submitted: 'This application is already sent in. You can see its status on the status page.',
    statusLink: 'See the status of the application',
    startAgain: 'Start a new application',
    restored: 'Your answers are back.',
  },
  contact: {
    howToReach:
      'Give at least one: an e-mail address, a phone number or a post address. Without e-mail, the social service will phone or write to you.',
    address: 'Post address',
    addressHint: 'Street, house, flat, town or parish, postcode.',
    missing: 'Please give an e-mail address, a phone number or a post address, so the social service can reach you.',
    noEmailDone:
      'You did not give an e-mail address, so we will not send e-mails. The social service will phone or write to you. Please write down the application number and the access code.',
  },
  done: {
    alreadyAppliedTitle: 'This person has already applied',
    alreadyApplied: [
      'Another application for this person was already sent in to this round.',
      'This is not a mistake, and you do not need to do anything. The social service will look at both applications and keep one of them.',
      'If the social service has questions, a social worker will contact you.',
    ],
  },
  start: {
    paperTitle: 'If you have no e-mail or internet',
    paper:
      'You can also apply on paper at the social service of your municipality. A social worker will help you fill it in.',
    privacyLink: 'How we use the data',
  },
  privacy: {
    title: 'How we use the data',
    intro: 'This page says what we do with the data you give in the application.',
    controllerTitle: 'Who is responsible for the data',
    controller: [
      'The social service of the municipality. It handles the application. It is the social service of the municipality where the person’s residence is declared.',
      'The Ministry of Welfare. It runs the pilot project and the selection.',
    ],
    whatTitle: 'What data we keep',
    what: [
      'the first name, surname and personal code',
      'the municipality where the residence is declared',
      'the disability group',
      'the answer that the person has a mental disorder (we do not ask for the diagnosis)',
      'the e-mail address, phone number or post address',
      'the representative’s details, if a representative applies',
      'the documents you upload',
    ],
    whyTitle: 'Why we may use it',
    why: [
      'To decide whether the person can get social services. This is a task of the state and the municipality (Article 6(1)(e) of the General Data Protection Regulation).',
      'Data about health is specially protected. We use it for social care and social services, and in the substantial public interest (Article 9(2)(g) and (h) of the Regulation).',
      'The Social Services and Social Assistance Law says that the social service assesses what support a person needs.',
    ],
    processorsTitle: 'Who helps us',
    processors: [
      'A cloud provider (Amazon Web Services) keeps the data and documents in the European Union. The data is encrypted.',
      'An e-mail service (Amazon Simple Email Service) sends the e-mails. The e-mails contain no health data and no personal code.',
      'We do not give the data to anyone else.',
    ],
    howLongTitle: 'How long we keep the data',
    draftKept: (days) =>
      `An application that is not sent in is kept for ${days} days, but not after applications close. Then we delete it with its documents.`,
    notSelected: (days) =>
      `If the person is not selected, we delete the data and the documents ${days} days after applications close.`,
    selected: 'If the person is selected, we need the data while the person gets the services.',
    rightsTitle: 'Your rights',
    rights: [
      'to know what data we keep about you, and to get a copy',
      'to ask us to correct wrong data',
      'to ask us to delete the data, where the law allows it',
      'to ask us to limit the use of the data, or to object to it',
    ],
    askService: 'To do this, contact the social service of your municipality.',
    complaint:
      'If you think the data is used wrongly, you can complain to the Data State Inspectorate (Datu valsts inspekcija, www.dvi.gov.lv).',
    back: 'Back',
  },
};

export const draftTexts: Record<Language, DraftTexts> = { lv, en };
