import type { AccessCode, ConflictCode, NotFoundCode, UnavailableCode, ViolationCode } from '../domain/errors.ts';
import { formatEuro } from '../domain/money.ts';
import type { LocalizedText } from '../schemas/common.ts';
import { entryMessages } from './applicant-messages.ts';

/** Problems with the HTTP request itself, before any rule of the call is checked. */
export type HttpMessageCode =
  | 'VALIDATION_FAILED'
  | 'BODY_NOT_JSON'
  | 'BODY_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'IDEMPOTENCY_KEY_MISSING'
  | 'ACCESS_CODE_MISSING_OR_WRONG'
  | 'ROUTE_NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'NOT_THROUGH_SITE'
  | 'INTERNAL_ERROR';

/** Every code an error answer can carry: the rules' codes and the HTTP layer's own. */
export type MessageCode = ViolationCode | NotFoundCode | ConflictCode | AccessCode | UnavailableCode | HttpMessageCode;

/** The same words for "who to ask", so every message points people to the same place. */
const askSocialService: LocalizedText = {
  lv: 'Par citu atbalstu jautājiet savas pašvaldības sociālajā dienestā.',
  en: 'Ask the social service of your municipality about other support.',
};

/** Not found and "not yours" read the same, so the answer never tells which part was wrong. */
const applicationNotFound: LocalizedText = {
  lv: 'Pieteikumu neatradām. Pārbaudiet pieteikuma numuru un piekļuves kodu. Abus saņēmāt, kad sākāt pieteikumu.',
  en: 'We could not find the application. Check the reference number and the access code. You got both when you started the application.',
};

/**
 * The words people read when something goes wrong, in Latvian and English. Many applicants have an
 * intellectual disability, so each message is easy to read: short sentences, common words, first what is
 * wrong, then what to do. Messages never repeat what was sent (it may be a personal code) and never name a
 * date or a group of one round, because the same catalogue serves every round; the round's own page says
 * those. The `Record` type makes a missing code a compile error.
 */
export const messages: Record<MessageCode, LocalizedText> = {
  // The rules of the call
  INTAKE_NOT_YET_OPEN: {
    lv: 'Pieteikšanās šajā kārtā vēl nav sākusies. Datumi ir rakstīti kārtas aprakstā. Lūdzu, piesakieties, kad pieteikšanās sāksies.',
    en: 'Applications for this round are not open yet. The dates are in the description of the round. Please apply when applications open.',
  },
  INTAKE_CLOSED: {
    lv: `Pieteikšanās šajā kārtā ir beigusies. ${askSocialService.lv}`,
    en: `Applications for this round are closed. ${askSocialService.en}`,
  },
  MUNICIPALITY_NOT_IN_ROUND: {
    lv: `Šī pašvaldība šajā kārtā nepiedalās. Izvēlieties no saraksta pašvaldību, kurā persona ir deklarēta. Ja tās sarakstā nav, par atbalstu jautājiet savas pašvaldības sociālajā dienestā.`,
    en: `This municipality does not take part in this round. Choose from the list the municipality where the person's residence is declared. If it is not on the list, ask the social service of your municipality about support.`,
  },
  DISABILITY_GROUP_NOT_ELIGIBLE: {
    lv: `Ar šo invaliditātes grupu šajā kārtā pieteikties nevar. Var pieteikties personas ar 1. vai 2. invaliditātes grupu. Ja grupa norādīta kļūdaini, lūdzu, izlabojiet to. ${askSocialService.lv}`,
    en: `People with this disability group cannot apply in this round. People with disability group 1 or 2 can apply. If you chose the group by mistake, please correct it. ${askSocialService.en}`,
  },
  MENTAL_DISORDER_NOT_CONFIRMED: {
    lv: `Šī kārta ir paredzēta personām ar garīga rakstura traucējumiem. Lūdzu, apstipriniet, ka personai tādi ir. Ja to nevarat apstiprināt, par citu atbalstu jautājiet savas pašvaldības sociālajā dienestā.`,
    en: `This round is for people with a mental disorder. Please confirm that the person has one. If you cannot confirm it, ask the social service of your municipality about other support.`,
  },
  // The person's own details: the applicant's pages show the same words
  ...entryMessages,
  CONSENT_MISSING: {
    lv: 'Lai izskatītu pieteikumu, mums ir vajadzīga jūsu piekrišana datu apstrādei. Lūdzu, izlasiet, kā izmantosim datus. Tad atzīmējiet, ka piekrītat.',
    en: 'To handle the application, we need your consent to use the data. Please read how we will use the data. Then tick the box to agree.',
  },
  CONTACT_MISSING: {
    lv: 'Lūdzu, norādiet, kā ar jums sazināties: e-pastu, tālruni vai pasta adresi. Ja nav e-pasta, sociālais dienests jums piezvanīs vai rakstīs.',
    en: 'Please tell us how to reach you: an e-mail address, a phone number or a post address. Without e-mail, the social service will phone or write to you.',
  },
  DOCUMENT_MISSING: {
    lv: 'Dokumentu nesaņēmām vai fails ir tukšs. Lūdzu, augšupielādējiet dokumentu vēlreiz. Tad iesniedziet pieteikumu.',
    en: 'We did not get the document, or the file is empty. Please upload the document again. Then send the application.',
  },
  REPRESENTATIVE_AUTHORITY_MISSING: {
    lv: 'Jūs piesakāties citas personas vārdā, tāpēc vajag dokumentu, kas apliecina jūsu tiesības viņu pārstāvēt. Aizgādnis augšupielādē tiesas lēmumu par aizgādnības nodibināšanu. Pilnvarota persona augšupielādē pilnvaru. Lūdzu, augšupielādējiet to lapā “Augšupielādējiet dokumentus”. Tad iesniedziet pieteikumu.',
    en: 'You apply for another person, so we need proof of your right to represent them. A guardian uploads the court decision on guardianship. An authorised person uploads the power of attorney. Please upload it on the page “Upload the documents”. Then send the application.',
  },
  DOCUMENT_TOO_LARGE: {
    lv: 'Fails ir par lielu. Tas drīkst būt līdz 10 MB. Lūdzu, samaziniet failu un augšupielādējiet to vēlreiz. Piemēram, skenējiet dokumentu ar mazāku izšķirtspēju.',
    en: 'The file is too large. It can be at most 10 MB. Please make the file smaller and upload it again. For example, scan the document at a lower resolution.',
  },
  DOCUMENT_TYPE_INVALID: {
    lv: 'Šādu faila veidu nevaram pieņemt. Lūdzu, augšupielādējiet PDF, JPEG vai PNG failu vai ar e-parakstu parakstītu EDOC vai ASICE failu. Pārbaudiet, vai fails tiešām ir tāds, kā rāda tā nosaukums.',
    en: 'We cannot accept this kind of file. Please upload a PDF, JPEG or PNG file, or an e-signed EDOC or ASICE file. Check that the file really is what its name says.',
  },
  DOCUMENT_TYPE_NOT_REQUIRED: {
    lv: 'Šāds dokuments šajā kārtā nav vajadzīgs. Augšupielādējiet tikai tos dokumentus, kas prasīti pieteikumā.',
    en: 'This round does not need this document. Upload only the documents that the application asks for.',
  },

  // The social service's review
  DOCUMENTS_NOT_VERIFIED: {
    lv: 'Vispirms pārbaudiet dokumentus un atzīmējiet, ka tie ir kārtībā. Tikai tad pieteikumu var atzīt par atbilstošu.',
    en: 'First check the documents and mark them as in order. Only then can the application be found eligible.',
  },
  INELIGIBILITY_REASON_REQUIRED: {
    lv: 'Izvēlieties, kāpēc pieteikums neatbilst. Iemesls tiks paziņots personai.',
    en: 'Choose why the application is not eligible. The person will be told the reason.',
  },
  EXPLANATION_REQUIRED: {
    lv: 'Uzrakstiet iemeslu personai. Tas ir vajadzīgs, ja izvēlaties iemeslu “cits”.',
    en: 'Write the reason for the person. It is needed when you choose the reason “other”.',
  },
  ROUND_HAS_NO_CRITERIA: {
    lv: 'Šai kārtai vēl nav atlases kritēriju, tāpēc punktus ievadīt nevar. Administrators kritērijus pievieno kārtas iestatījumos.',
    en: 'This round has no selection criteria yet, so no points can be entered. An administrator adds the criteria in the round settings.',
  },
  CRITERION_UNKNOWN: {
    lv: 'Šāda kritērija šajā kārtā nav. Ievadiet punktus tikai kārtas kritērijiem.',
    en: 'This round has no such criterion. Enter points only for the criteria of the round.',
  },
  CRITERION_MISSING: {
    lv: 'Ievadiet punktus par šo kritēriju. Ja punktu nav, ievadiet 0.',
    en: 'Enter the points for this criterion. If there are none, enter 0.',
  },
  SCORE_OUT_OF_RANGE: {
    lv: 'Punktiem jābūt veselam skaitlim no 0 līdz kritērija maksimumam.',
    en: 'The points must be a whole number from 0 to the maximum of the criterion.',
  },
  NOT_A_DUPLICATE: {
    lv: 'Šai personai šajā kārtā ir tikai viens pieteikums. Nav ko izlemt.',
    en: 'This person has only one application in this round. There is nothing to decide.',
  },
  STANDING_NOT_IN_GROUP: {
    lv: 'Izvēlētais pieteikums nav šīs personas pieteikums. Izvēlieties vienu no parādītajiem pieteikumiem.',
    en: 'The chosen application is not one of this person’s applications. Choose one of the applications shown.',
  },
  OFFICE_TIME_IN_FUTURE: {
    lv: 'Saņemšanas laiks ir nākotnē. Ievadiet datumu un laiku, kad dienests pieteikumu saņēma.',
    en: 'The time received is in the future. Enter the date and time the office received the application.',
  },
  AUDIT_RANGE_INVALID: {
    lv: 'Periodam jābūt no 1 līdz 92 dienām, un sākuma datumam jābūt pirms beigu datuma.',
    en: 'The period must be 1 to 92 days long, and the start date must come before the end date.',
  },
  CURSOR_INVALID: {
    lv: 'Šo lapu nevarēja atvērt. Sāciet sarakstu no sākuma.',
    en: 'This page could not be opened. Start the list from the beginning.',
  },
  SEARCH_TEXT_NOT_RECOGNISED: {
    lv: 'Ierakstiet vārdu vai uzvārdu, visu pieteikuma numuru (piemēram, KDMA-4729) vai visu personas kodu (11 cipari).',
    en: 'Type a first name or surname, a whole application number (for example, KDMA-4729) or a whole personal code (11 digits).',
  },

  // The selection
  INTAKE_NOT_CLOSED: {
    lv: 'Atlasi var veikt un publicēt tikai tad, kad pieteikšanās ir beigusies. Pagaidiet līdz beigām vai slēdziet pieteikšanos.',
    en: 'The selection can run and be published only once intake has ended. Wait for the end, or close intake.',
  },
  APPLICATION_UNDECIDED: {
    lv: 'Par šo pieteikumu vēl nav lēmuma. Pirms atlases sociālajam dienestam jāizlemj par katru pieteikumu.',
    en: 'This application has no decision yet. The social service must decide on every application before the selection.',
  },

  // An administrator's rules of a round
  ROUND_ID_INVALID: {
    lv: 'Kārtas identifikators nav derīgs. Izmantojiet no 2 līdz 63 mazajiem latīņu burtiem, cipariem un defisēm. Tam jāsākas ar burtu vai ciparu.',
    en: 'The round id is not valid. Use 2 to 63 lower-case Latin letters, digits and hyphens. It must start with a letter or a digit.',
  },
  LAST_DAY_BEFORE_FIRST_DAY: {
    lv: 'Pēdējā pieteikšanās diena ir pirms pirmās dienas. Lūdzu, pārbaudiet abus datumus.',
    en: 'The last day of intake is before the first day. Please check both dates.',
  },
  TIME_ZONE_UNKNOWN: {
    lv: 'Šādu laika joslu nepazīstam. Ierakstiet IANA laika joslas nosaukumu, piemēram, Europe/Riga.',
    en: 'We do not know this time zone. Write the name of an IANA time zone, for example Europe/Riga.',
  },
  MUNICIPALITY_DUPLICATE: {
    lv: 'Šī pašvaldība sarakstā ir vairākas reizes. Katru pašvaldības kodu ierakstiet tikai vienu reizi.',
    en: 'This municipality is on the list more than once. Enter each municipality code only once.',
  },
  DOCUMENT_REQUIREMENT_DUPLICATE: {
    lv: 'Šis dokuments sarakstā ir vairākas reizes. Katru dokumenta veidu norādiet tikai vienu reizi.',
    en: 'This document is on the list more than once. Name each kind of document only once.',
  },
  CRITERION_DUPLICATE: {
    lv: 'Diviem kritērijiem ir vienāds identifikators. Dodiet katram kritērijam savu identifikatoru.',
    en: 'Two criteria have the same id. Give each criterion an id of its own.',
  },
  CRITERIA_TOTAL_TOO_HIGH: {
    lv: 'Visu kritēriju maksimālo punktu summa ir par lielu. Tā drīkst būt līdz 9999 punktiem.',
    en: 'The maximum points of all criteria add up to too much. The total can be at most 9999.',
  },
  LAST_DAY_NOT_LATER: {
    lv: 'Jaunajai pēdējai dienai jābūt vēlākai par pašreizējo pēdējo dienu. Lai beigtu pieteikšanos agrāk, slēdziet to pirms termiņa.',
    en: 'The new last day must be later than the current last day. To end intake sooner, close it early.',
  },

  // Support plans and the year of services
  PLAN_SERVICE_UNKNOWN: {
    lv: 'Šī pakalpojuma nav kārtas pakalpojumu sarakstā. Izvēlieties pakalpojumu no saraksta.',
    en: 'This service is not in the round’s list of services. Choose a service from the list.',
  },
  PLAN_PROVIDER_UNKNOWN: {
    lv: 'Šis pakalpojuma sniedzējs nav dalībnieka pašvaldībā vai nesniedz šo pakalpojumu. Izvēlieties sniedzēju no saraksta.',
    en: 'This provider is not in the participant’s municipality or does not offer this service. Choose a provider from the list.',
  },
  PLAN_MONTHS_TOO_MANY: {
    lv: 'Mēnešu ir vairāk nekā pakalpojumu gadā. Samaziniet mēnešu skaitu.',
    en: 'There are more months than the year of services has. Reduce the number of months.',
  },
  PLAN_REASON_REQUIRED: {
    lv: 'Lai mainītu plānu, uzrakstiet, kāpēc to maina.',
    en: 'To change the plan, write why it changes.',
  },
  PLAN_OVER_BUDGET: {
    lv: 'Plāns maksā vairāk nekā dalībnieka budžets. Samaziniet pakalpojumu daudzumu vai mēnešus.',
    en: 'The plan costs more than the participant’s budget. Reduce the amount of services or the months.',
  },
  PLAN_ENDED: {
    lv: 'Šis atbalsta plāns ir beidzies. To vairs nevar mainīt.',
    en: 'This support plan has ended. It can no longer be changed.',
  },
  PLAN_NOT_AGREED: {
    lv: 'Plāns vēl nav saskaņots ar dalībnieku. Vispirms atzīmējiet saskaņojumu.',
    en: 'The participant has not agreed to the plan yet. Record the agreement first.',
  },
  DELIVERY_MONTH_OUTSIDE_PLAN: {
    lv: 'Šis mēnesis nav plāna laikā. Izvēlieties mēnesi no plāna sākuma līdz beigām.',
    en: 'This month is not within the plan. Choose a month from the start to the end of the plan.',
  },
  DELIVERY_NOT_IN_PLAN: {
    lv: 'Plānā nav šī pakalpojuma no šī sniedzēja. Vispirms papildiniet plānu.',
    en: 'The plan does not have this service from this provider. Revise the plan first.',
  },
  DELIVERY_OVER_PLAN: {
    lv: 'Šim pakalpojumam plānā paredzētā summa būtu pārsniegta. Pārbaudiet summu vai vispirms mainiet plānu.',
    en: 'This would spend more on the service than the plan gives it. Check the amount, or revise the plan first.',
  },
  PLAN_DATE_IN_FUTURE: {
    lv: 'Šis datums vēl nav pienācis. Ierakstiet šodienas vai agrāku datumu.',
    en: 'This date has not come yet. Enter today’s date or an earlier one.',
  },

  // An administrator's year of services of a round
  SERVICE_DUPLICATE: {
    lv: 'Diviem pakalpojumiem ir vienāds identifikators. Dodiet katram pakalpojumam savu identifikatoru.',
    en: 'Two services have the same id. Give each service an id of its own.',
  },
  PROVIDER_DUPLICATE: {
    lv: 'Diviem pakalpojumu sniedzējiem ir vienāds identifikators. Dodiet katram sniedzējam savu identifikatoru.',
    en: 'Two providers have the same id. Give each provider an id of its own.',
  },
  PROVIDER_SERVICE_UNKNOWN: {
    lv: 'Šī pakalpojuma nav pakalpojumu sarakstā. Ierakstiet identifikatoru no saraksta vai vispirms pievienojiet pakalpojumu sarakstam.',
    en: 'This service is not in the list of services. Enter an id from the list, or add the service to the list first.',
  },
  PROVIDER_SERVICE_DUPLICATE: {
    lv: 'Sniedzējam šis pakalpojums ir norādīts vairākas reizes. Norādiet katru pakalpojumu vienu reizi ar tā cenu.',
    en: 'The provider lists this service more than once. List each service once, with its price.',
  },
  PROVIDER_MUNICIPALITY_NOT_IN_ROUND: {
    lv: 'Šī pašvaldība kārtā nepiedalās. Ierakstiet kādas kārtas pašvaldības kodu, piemēram, LV-016.',
    en: 'This municipality does not take part in the round. Enter the code of one of the round’s municipalities, for example LV-016.',
  },
  NEED_LEVELS_OUT_OF_ORDER: {
    lv: 'Lielākai atbalsta vajadzībai budžets nedrīkst būt mazāks. Zemas vajadzības summa nav lielāka par vidējās, un vidējās nav lielāka par augstās.',
    en: 'A greater need must not get a smaller budget. The amount for low need is at most that for medium need, and medium at most high.',
  },
  SERVICE_IN_USE: {
    lv: 'Kāda dalībnieka plānā ir pakalpojums, kuru izņēmāt no saraksta. To nevar izņemt, kamēr plāns to izmanto. Nosaukumu un cenu mainīt var.',
    en: 'A participant’s plan uses a service you removed from the list. It cannot be removed while a plan uses it. You can change its name and price.',
  },
  PROVIDER_IN_USE: {
    lv: 'Kāda dalībnieka plānā ir sniedzējs, kuru izņēmāt no saraksta. To nevar izņemt, kamēr plāns to izmanto. Kontaktus un cenas mainīt var.',
    en: 'A participant’s plan uses a provider you removed from the list. It cannot be removed while a plan uses it. You can change its contacts and prices.',
  },
  // A correction of a person's details
  NOTHING_TO_CORRECT: {
    lv: 'Jūs neko nemainījāt. Ziņas ir tādas pašas kā pieteikumā. Izlabojiet to, kas ir nepareizi, un saglabājiet vēlreiz.',
    en: 'You did not change anything. The details are the same as in the application. Correct what is wrong and save again.',
  },
  REPRESENTATIVE_CANNOT_CHANGE: {
    lv: 'Labojot var mainīt pārstāvja ziņas. Pievienot vai noņemt pārstāvi labojot nevar, jo tad mainās, kurš piesakās.',
    en: 'A correction can change the representative’s details. It cannot add or remove a representative, because that changes who applies.',
  },

  // Legal hold and erasure on request
  HOLD_NOTE_REQUIRED: {
    lv: 'Uzrakstiet, kāpēc pieteikums jāaiztur. Ja iemesls nav pārsūdzība, tas jāpaskaidro.',
    en: 'Write why the application is held. When the reason is not an appeal, it needs explaining.',
  },
  IDENTITY_NOT_CHECKED: {
    lv: 'Vispirms pārbaudiet personas identitāti (un pārstāvja pilnvaras) un atzīmējiet, ka to izdarījāt. Bez tā datus dzēst nevar.',
    en: 'First check the person’s identity (and a representative’s authority) and tick that you did. Without that the data cannot be erased.',
  },

  // Staff sign-in and permissions
  STAFF_SIGN_IN_REQUIRED: {
    lv: 'Lūdzu, pierakstieties. Šī lapa ir tikai sociālā dienesta darbiniekiem.',
    en: 'Please sign in. This page is for social service staff only.',
  },
  STAFF_SESSION_EXPIRED: {
    lv: 'Jūsu pierakstīšanās ir beigusies. Lūdzu, pierakstieties vēlreiz.',
    en: 'Your sign-in has expired. Please sign in again.',
  },
  STAFF_TOKEN_INVALID: {
    lv: 'Pierakstīšanos nevarēja pārbaudīt. Lūdzu, pierakstieties vēlreiz.',
    en: 'Your sign-in could not be checked. Please sign in again.',
  },
  STAFF_ROLE_FORBIDDEN: {
    lv: 'Šo var darīt tikai administrators.',
    en: 'Only an administrator can do this.',
  },
  MUNICIPALITY_FILTER_FORBIDDEN: {
    lv: 'Jūs redzat tikai savas pašvaldības pieteikumus. Citu pašvaldību izvēlēties nevar.',
    en: 'You see only your own municipality’s applications. You cannot choose another municipality.',
  },
  PAPER_NEEDS_SOCIAL_WORKER: {
    lv: 'Papīra pieteikumu reģistrē tās pašvaldības sociālais darbinieks, kurā pieteikums saņemts.',
    en: 'A paper application is registered by a social worker of the municipality that received it.',
  },
  PLAN_NEEDS_SOCIAL_WORKER: {
    lv: 'Atbalsta plānu sastāda un maina dalībnieka pašvaldības sociālais darbinieks. Administrators to var tikai skatīt.',
    en: 'A support plan is drawn up and changed by a social worker of the participant’s municipality. An administrator can only view it.',
  },
  DUPLICATES_SPAN_MUNICIPALITIES: {
    lv: 'Personai ir pieteikumi arī citā pašvaldībā. Par to, kurš pieteikums paliek spēkā, lemj administrators.',
    en: 'The person also applied in another municipality. An administrator decides which application stands.',
  },

  // Not found
  ROUND_NOT_FOUND: {
    lv: 'Šādu pieteikšanās kārtu neatradām. Lūdzu, pārbaudiet saiti vai adresi.',
    en: 'We could not find this intake round. Please check the link or the address.',
  },
  APPLICATION_NOT_FOUND: applicationNotFound,
  DRAFT_EXPIRED: {
    lv: 'Šis pieteikuma melnraksts vairs nav saglabāts. Tas netika iesniegts, un tā laiks beidzās, tāpēc mēs to izdzēsām. Lūdzu, sāciet pieteikumu no jauna.',
    en: 'This draft application is no longer saved. It was not sent in and its time ran out, so we deleted it. Please start the application again.',
  },
  SELECTION_NOT_RUN: {
    lv: 'Šai kārtai atlase vēl nav veikta.',
    en: 'The selection of this round has not been run yet.',
  },
  PLAN_NOT_READY: {
    lv: 'Jums vēl nav atbalsta plāna. Plānu kopā ar jums sastāda sociālais darbinieks, kad esat atlasīts dalībai. Tad plāns būs redzams šeit.',
    en: 'You do not have a support plan yet. Your social worker makes the plan together with you once you are selected to take part. Then you can see the plan here.',
  },

  // Conflicts with what is stored
  APPLICATION_ALREADY_SUBMITTED: {
    lv: 'Šis pieteikums jau ir iesniegts. Tagad to vairs nevar mainīt. Ja kaut kas jālabo, sazinieties ar savas pašvaldības sociālo dienestu.',
    en: 'This application has already been sent. It cannot be changed now. If something needs correcting, contact the social service of your municipality.',
  },
  APPLICATION_CHANGED: {
    lv: 'Kamēr strādājāt, kāds cits mainīja šo pieteikumu. Atveriet to vēlreiz, pārbaudiet izmaiņas un saglabājiet vēlreiz.',
    en: 'Someone else changed this application while you were working. Open it again, check the changes and save again.',
  },
  SELECTION_ALREADY_PUBLISHED: {
    lv: 'Atlases rezultāti jau ir publicēti, tāpēc atlasi vairs nevar veikt no jauna. Ja kāds atsakās, vietu piedāvā nākamajam rindā.',
    en: 'The results have been published, so the selection cannot run again. When someone withdraws, the place goes to the next person on the waiting list.',
  },
  INTAKE_FINAL_AFTER_PUBLICATION: {
    lv: 'Atlases rezultāti jau ir publicēti, tāpēc pieteikšanos vairs nevar pagarināt vai atvērt no jauna. Jauniem pieteicējiem jāizsludina jauna kārta.',
    en: 'The selection results have been published, so intake can no longer be extended or opened again. New applicants need a new round.',
  },
  SELECTION_STALE: {
    lv: 'Kopš atlases dati ir mainījušies. Veiciet atlasi vēlreiz un tad publicējiet jauno rezultātu.',
    en: 'The data has changed since the selection ran. Run the selection again, then publish the new result.',
  },
  ROUND_FROZEN: {
    lv: 'Pieteikšanās šajā kārtā jau ir sākusies, tāpēc tās noteikumus mainīt vairs nevar. Tagad var tikai slēgt pieteikšanos pirms termiņa vai to pagarināt.',
    en: 'Intake for this round has already opened, so its rules can no longer change. Now you can only close intake early or extend it.',
  },
  INTAKE_NOT_OPEN_NOW: {
    lv: 'Pieteikšanās šobrīd nav atvērta, vai arī tā jau ir slēgta pirms termiņa. Pirms termiņa var slēgt tikai atvērtu pieteikšanos.',
    en: 'Intake is not open now, or it has already been closed early. Only open intake can be closed early.',
  },
  ROUND_CHANGED: {
    lv: 'Kamēr strādājāt, cits administrators mainīja šo kārtu. Atveriet to vēlreiz, pārbaudiet izmaiņas un saglabājiet vēlreiz.',
    en: 'Another administrator changed this round while you were working. Open it again, check the changes and save again.',
  },
  PLAN_CHANGED: {
    lv: 'Kamēr strādājāt, kāds cits mainīja šo atbalsta plānu. Ielādējiet plānu vēlreiz, pārbaudiet izmaiņas un saglabājiet vēlreiz.',
    en: 'Someone else changed this support plan while you were working. Load the plan again, check the changes and save again.',
  },
  NOT_A_PARTICIPANT: {
    lv: 'Šī persona nav atlasīta dalībai. Atbalsta plānu sastāda tikai personai, kura publicētajos rezultātos ir atlasīta.',
    en: 'This person is not a participant. A support plan is drawn up only for a person selected in the published results.',
  },
  SERVICE_YEAR_MISSING: {
    lv: 'Administrators vēl nav noteicis šīs kārtas pakalpojumu gadu: budžetu, pakalpojumus un sniedzējus. Plānu var sastādīt pēc tam.',
    en: 'An administrator has not set this round’s year of services yet: the budget, services and providers. The plan can be drawn up after that.',
  },
  PLAN_VERSION_CHANGED: {
    lv: 'Sociālais darbinieks nupat mainīja jūsu plānu. Lūdzu, izlasiet jauno plānu. Tad piekrītiet tam, ja tas jums der.',
    en: 'Your social worker has just changed your plan. Please read the new plan. Then agree to it if it suits you.',
  },
  DOCUMENT_SCAN_PENDING: {
    lv: 'Dokumentu vēl pārbauda, vai tajā nav vīrusu. Lūdzu, mēģiniet vēlreiz pēc minūtes.',
    en: 'The document is still being checked for viruses. Please try again in a minute.',
  },
  DOCUMENT_THREAT_FOUND: {
    lv: 'Dokumentā atrasts vīruss. Neatveriet to. Lūdziet pieteicējam atsūtīt jaunu dokumenta kopiju.',
    en: 'A virus was found in the document. Do not open it. Ask the applicant to send a new copy of the document.',
  },
  DOCUMENT_SCAN_FAILED: {
    lv: 'Dokumentu nevarēja pārbaudīt, vai tajā nav vīrusu, tāpēc to nevar atvērt. Lūdzu, sazinieties ar administratoru.',
    en: 'The document could not be checked for viruses, so it cannot be opened. Please contact the administrator.',
  },
  ERASURE_REFUSED_ON_HOLD: {
    lv: 'Pieteikums ir aizturēts (piemēram, pārsūdzības dēļ), tāpēc likums prasa datus glabāt. Datus var dzēst, kad aizturēšana ir atcelta.',
    en: 'The application is on hold (for an appeal, for example), so the law requires keeping the data. The data can be erased once the hold is lifted.',
  },
  ERASURE_REFUSED_PUBLISHED_SELECTION: {
    lv: 'Pieteikums piedalījās publicētā atlasē, tāpēc likums prasa datus glabāt: atlases rezultātam jābūt pierādāmam. Dati tiks dzēsti automātiski, kad beigsies kārtas glabāšanas laiks.',
    en: 'The application took part in a published selection, so the law requires keeping the data: the result must stay provable. The data is deleted by itself when the round’s retention period ends.',
  },
  ERASURE_IN_PROGRESS: {
    lv: 'Šī pieteikuma personas datu dzēšana jau ir sākta, tāpēc to vairs nevar aizturēt.',
    en: 'The erasure of this application’s personal data has already begun, so it can no longer be put on hold.',
  },
  APPLICATION_ANONYMISED: {
    lv: 'Šī pieteikuma personas dati jau ir izdzēsti. Palicis tikai ieraksts bez personas datiem, tāpēc tajā nav ko mainīt.',
    en: 'The personal data of this application has already been erased. Only a record without personal data is left, so there is nothing to change.',
  },
  IDEMPOTENCY_KEY_REUSED: {
    lv: 'Šī Idempotency-Key vērtība jau ir izmantota pieteikumam ar citiem datiem. Jaunam pieteikumam izveidojiet jaunu nejaušu vērtību.',
    en: 'This Idempotency-Key was already used for an application with other data. For a new application, make a new random value.',
  },

  // The data store was too busy or out of reach, even after retrying
  SERVICE_BUSY: {
    lv: 'Mūsu sistēma šobrīd ir pārslogota un nevarēja pabeigt pieprasījumu. Nekas netika zaudēts. Lūdzu, mēģiniet vēlreiz pēc minūtes.',
    en: 'Our system is very busy right now and could not finish the request. Nothing was lost. Please try again in a minute.',
  },

  // The HTTP request itself
  VALIDATION_FAILED: {
    lv: 'Dažas atbildes ir jāizlabo. Skatiet norādes pie katra lauka. Tad sūtiet vēlreiz.',
    en: 'Some answers need fixing. See the note for each field. Then send again.',
  },
  BODY_NOT_JSON: {
    lv: 'Pieprasījumu nevarējām nolasīt. Datiem jābūt JSON formātā. Lūdzu, pārbaudiet datus un sūtiet vēlreiz.',
    en: 'We could not read the request. The data must be in JSON format. Please check the data and send again.',
  },
  BODY_TOO_LARGE: {
    lv: 'Pieprasījums ir par lielu. Tas drīkst būt līdz 16 KB. Dokumentus augšupielādējiet atsevišķi, nevis pieteikuma datos.',
    en: 'The request is too large. It can be at most 16 KB. Upload documents separately, not inside the application data.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    lv: 'Šādus datus nevaram pieņemt. Sūtiet datus JSON formātā ar galveni Content-Type: application/json.',
    en: 'We cannot accept this kind of data. Send the data as JSON with the header Content-Type: application/json.',
  },
  IDEMPOTENCY_KEY_MISSING: {
    lv: 'Trūkst galvenes Idempotency-Key vai tā nav derīga. Katram pieteikumam izveidojiet jaunu nejaušu vērtību (8–128 rakstzīmes). Ja sūtāt to pašu pieteikumu vēlreiz, izmantojiet to pašu vērtību.',
    en: 'The Idempotency-Key header is missing or not valid. Make a new random value (8 to 128 characters) for each application. If you send the same application again, use the same value.',
  },
  ACCESS_CODE_MISSING_OR_WRONG: applicationNotFound,
  ROUTE_NOT_FOUND: {
    lv: 'Šādas adreses nav. Lūdzu, pārbaudiet adresi.',
    en: 'This address does not exist. Please check the address.',
  },
  METHOD_NOT_ALLOWED: {
    lv: 'Šajā adresē šāda darbība nav atļauta. Pārbaudiet pieprasījuma metodi, piemēram, GET vai POST.',
    en: 'This action is not allowed at this address. Check the request method, for example GET or POST.',
  },
  NOT_THROUGH_SITE: {
    lv: 'Izmantojiet vietnes adresi. Šo pakalpojuma adresi nevar izmantot tieši.',
    en: 'Use the site’s address. This address of the service cannot be used directly.',
  },
  INTERNAL_ERROR: {
    lv: 'Mūsu sistēmā radās kļūda. Lūdzu, mēģiniet vēlreiz vēlāk. Ja kļūda atkārtojas, sazinieties ar atbalsta dienestu un nosauciet pieprasījuma numuru (requestId).',
    en: 'Something went wrong on our side. Please try again later. If it happens again, contact support and give the request number (requestId).',
  },
};

/** A rule's message, followed by how far past the budget the request goes when the rule says so. */
export function violationMessage(code: MessageCode, overByCents?: number): LocalizedText {
  const message = messages[code];
  if (overByCents === undefined) return message;
  return {
    lv: `${message.lv} Pārsniegums: ${formatEuro(overByCents, 'lv')}.`,
    en: `${message.en} Over by ${formatEuro(overByCents, 'en')}.`,
  };
}
