import type { LocalizedText } from '../schemas/common.ts';
import type { DataStoreDeclaration, DataStoreId, ProcessorId } from '../schemas/processing-record.ts';

/*
 * Who processes personal data for the controller, and where the data rest: the AWS services the system is built
 * on (infra/), each with what it does with the data, and the stores by role. A store is in the system's own region
 * (the stage's `region`), except the AWS WAF log, which must be where CloudFront takes its firewall from.
 */

/**
 * The one region AWS WAF for CloudFront (and so its log) can be in; infra/stacks/edge-stack.ts deploys there, and
 * an infrastructure test holds the two equal.
 */
export const EDGE_LOG_REGION = 'us-east-1';

export const PROCESSORS: Record<ProcessorId, { name: string; role: LocalizedText }> = {
  dynamodb: {
    name: 'Amazon DynamoDB',
    role: {
      lv: 'Glabā pieteikumus, atbalsta plānus, kārtas, atlases rezultātus un ierakstus par e-pastiem vienā tabulā, audita žurnālu citā; šifrēti ar sistēmas atslēgu.',
      en: 'Keeps the applications, support plans, rounds, selection runs and e-mail records in one table, and the audit log in another; encrypted with the system’s own key.',
    },
  },
  s3: {
    name: 'Amazon S3',
    role: {
      lv: 'Glabā augšupielādētos dokumentus ar visām to versijām un piekļuves žurnālus: kas kuru dokumentu vai lapu pieprasīja.',
      en: 'Keeps the uploaded documents with every version of them, and the access logs: who asked for which document or page.',
    },
  },
  ses: {
    name: 'Amazon SES',
    role: {
      lv: 'Sūta e-pastus: apstiprinājumu, saiti saglabātam melnrakstam, statusa saiti un atlases rezultātu. Tajos ir pieteikuma numurs un saite uz statusa lapu, nekad veselības dati. Glabā adreses, uz kurām e-pastu nevarēja piegādāt, lai uz tām vairs nesūtītu.',
      en: 'Sends the e-mails: the receipt, the link to a saved draft, the status link and the selection result. They carry the application’s number and a link to the status page, never health data. Keeps the addresses that could not be reached, so as not to send to them again.',
    },
  },
  lambda: {
    name: 'AWS Lambda',
    role: {
      lv: 'Izpilda sistēmas kodu. Pieprasījuma datus tas tur atmiņā tikai pieprasījuma apstrādes laikā un pēc tam neglabā.',
      en: 'Runs the system’s code. It holds a request’s data in memory only while the request is handled, and keeps none afterwards.',
    },
  },
  'api-gateway': {
    name: 'Amazon API Gateway',
    role: {
      lv: 'Saņem katru lapu pieprasījumu un nodod to kodam; raksta piekļuves žurnālu (laiks, IP adrese, maršruts, atbilde), bet ne adresi ar pieteikuma numuru.',
      en: 'Receives every request of the pages and hands it to the code; writes an access log (time, IP address, route, answer), never the address with an application number.',
    },
  },
  cloudfront: {
    name: 'Amazon CloudFront',
    role: {
      lv: 'Piegādā lapas un pārnes pieprasījumus un atbildes starp pārlūku un sistēmu šifrēti (HTTPS), caur lietotājam tuvāko AWS piegādes vietu; raksta piekļuves žurnālu.',
      en: 'Serves the pages and carries requests and answers between the browser and the system encrypted (HTTPS), through the AWS edge location nearest the user; writes an access log.',
    },
  },
  waf: {
    name: 'AWS WAF',
    role: {
      lv: 'Filtrē pieprasījumus, pirms tie sasniedz sistēmu (pieprasījumu skaita ierobežojumi, zināmas ļaunprātīgas adreses), un reģistrē tos bez pierakstīšanās pilnvaras un piekļuves koda.',
      en: 'Filters requests before they reach the system (rate limits, known bad addresses) and logs them, with the sign-in token and the access code removed.',
    },
  },
  cognito: {
    name: 'Amazon Cognito',
    role: {
      lv: 'Glabā darbinieku kontus un pārbauda pierakstīšanos ar paroli un autentifikatora lietotni.',
      en: 'Keeps the staff accounts and checks each sign-in with the password and the authenticator app.',
    },
  },
  'cloudwatch-logs': {
    name: 'Amazon CloudWatch Logs',
    role: {
      lv: 'Glabā koda, API Gateway un AWS WAF žurnālus. Koda žurnāla ierakstos personas datu nav.',
      en: 'Keeps the logs of the code, of API Gateway and of AWS WAF. The code’s own log lines leave personal data out.',
    },
  },
  guardduty: {
    name: 'Amazon GuardDuty',
    role: {
      lv: 'Pārbauda katru iesniegto dokumentu, vai tajā nav ļaunatūras, un atzīmē rezultātu pie dokumenta; kopiju neglabā.',
      en: 'Scans every submitted document for malware and marks the result on the document; keeps no copy.',
    },
  },
};

export const DATA_STORES: Record<DataStoreId, Omit<DataStoreDeclaration, 'id'>> = {
  'applications-table': {
    name: { lv: 'Pieteikumu tabula (DynamoDB)', en: 'The applications table (DynamoDB)' },
    processor: 'dynamodb',
    region: 'stage',
    holds: {
      lv: 'Pieteikumi, atbalsta plāni, kārtas, atlases rezultāti, ieraksts par katru nosūtīto e-pastu un katrā kārtā no personas koda ar slepenu atslēgu veidots jaucējkods, pēc kura atrod tās pašas personas otru pieteikumu.',
      en: 'Applications, support plans, rounds, selection runs, a record of each e-mail sent, and per round a keyed hash of each person’s personal code, which finds a second application of the same person.',
    },
  },
  'audit-table': {
    name: { lv: 'Audita žurnāls (DynamoDB)', en: 'The audit log (DynamoDB)' },
    processor: 'dynamodb',
    region: 'stage',
    holds: {
      lv: 'Viens ieraksts par katru darbinieka pieprasījumu: kas (lietotājvārds), kad, kurā kārtā un ar kuru pieteikumu, ko darīja un ar kādu iznākumu.',
      en: 'One entry per staff request: who (username), when, in which round and with which application, what, and how it ended.',
    },
  },
  'documents-bucket': {
    name: { lv: 'Dokumentu krātuve (S3)', en: 'The documents bucket (S3)' },
    processor: 's3',
    region: 'stage',
    holds: {
      lv: 'Augšupielādētie dokumenti (parakstīta iesnieguma veidlapa, invaliditātes grupu un garīga rakstura traucējumus apliecinošs dokuments, pārstāvja pilnvarojums) ar visām to versijām, šifrēti ar sistēmas atslēgu.',
      en: 'The uploaded documents (the signed application form, the proof of disability group and mental disorder, the representative’s authority) with every version of them, encrypted with the system’s own key.',
    },
  },
  'access-log-buckets': {
    name: { lv: 'Piekļuves žurnālu krātuves (S3)', en: 'The access-log buckets (S3)' },
    processor: 's3',
    region: 'stage',
    holds: {
      lv: 'Kas un kad saglabāja vai atvēra kuru dokumentu, un katrs CloudFront apkalpotais pieprasījums: IP adrese, laiks, pieprasītā adrese, pārlūks.',
      en: 'Who stored or fetched which document and when, and every request CloudFront served: IP address, time, address asked for, browser.',
    },
  },
  logs: {
    name: { lv: 'Žurnāli (CloudWatch Logs)', en: 'Logs (CloudWatch Logs)' },
    processor: 'cloudwatch-logs',
    region: 'stage',
    holds: {
      lv: 'Koda žurnāla ieraksti (bez personas datiem) un API Gateway piekļuves žurnāls: laiks, IP adrese, maršruts, atbilde.',
      en: 'The code’s log lines (without personal data) and API Gateway’s access log: time, IP address, route, answer.',
    },
  },
  'waf-log': {
    name: { lv: 'AWS WAF žurnāls (CloudWatch Logs)', en: 'The AWS WAF log (CloudWatch Logs)' },
    processor: 'cloudwatch-logs',
    region: 'edge',
    holds: {
      lv: 'Vietnes pieprasījumi: laiks, IP adrese, pieprasītā adrese un galvenes bez pierakstīšanās pilnvaras un piekļuves koda. Glabājas ASV, jo CloudFront tīmekļa lietotņu ugunsmūri ņem tikai no turienes.',
      en: 'Requests to the site: time, IP address, address asked for, and headers without the sign-in token and the access code. Kept in the United States, because CloudFront takes its web application firewall only from there.',
    },
  },
  'user-pool': {
    name: { lv: 'Darbinieku lietotāju krātuve (Cognito)', en: 'The staff user pool (Cognito)' },
    processor: 'cognito',
    region: 'stage',
    holds: {
      lv: 'Darbinieku konti: lietotājvārds, vārds, e-pasts, pašvaldība, loma, autentifikatora lietotnes piesaiste un pierakstīšanās notikumi.',
      en: 'Staff accounts: username, name, e-mail, municipality, role, the authenticator app enrolled, and sign-in events.',
    },
  },
  'mail-suppression-list': {
    name: { lv: 'SES bloķēto adrešu saraksts', en: 'The SES suppression list' },
    processor: 'ses',
    region: 'stage',
    holds: {
      lv: 'E-pasta adreses, uz kurām e-pastu nevarēja piegādāt vai kuru īpašnieks to atzīmēja kā nevēlamu; uz tām vairs nesūta.',
      en: 'E-mail addresses that could not be reached, or whose owner marked an e-mail as unwanted; nothing more is sent to them.',
    },
  },
};
