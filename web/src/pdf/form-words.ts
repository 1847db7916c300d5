import type { Language, RepresentativeCapacity } from '../api/types.ts';

/** The words of the printable application form, in each language; loaded only with the form itself. */
export interface FormWords {
  title: string;
  subtitle: (roundName: string) => string;
  reference: (reference: string) => string;
  howToFill: string;
  personTitle: string;
  firstName: string;
  lastName: string;
  personalCode: string;
  dateOfBirth: string;
  municipality: string;
  disabilityGroup: string;
  group: (group: number) => string;
  phone: string;
  email: string;
  language: string;
  languages: Record<Language, string>;
  representativeTitle: string;
  representativeHint: string;
  representativeName: string;
  capacity: string;
  capacities: Record<RepresentativeCapacity, string>;
  statementsTitle: string;
  statementsIntro: string;
  takePart: (roundName: string) => string;
  mentalDisorder: string;
  residence: string;
  consent: string;
  truth: string;
  attachmentsTitle: string;
  signatureTitle: string;
  date: string;
  signature: string;
  signatureName: string;
  eSignature: string;
  whereToSend: string;
}

const lv: FormWords = {
  title: 'IESNIEGUMS',
  subtitle: (roundName) => `par dalību: ${roundName}`,
  reference: (reference) => `Pieteikuma numurs: ${reference}`,
  howToFill: 'Aizpildiet ar drukātiem burtiem. Kur ir lodziņi, atzīmējiet vienu ar X.',
  personTitle: '1. Persona, kurai vajadzīgi pakalpojumi',
  firstName: 'Vārds',
  lastName: 'Uzvārds',
  personalCode: 'Personas kods',
  dateOfBirth: 'Dzimšanas datums (ja personas kodā tā nav)',
  municipality: 'Pašvaldība, kurā ir deklarētā dzīvesvieta',
  disabilityGroup: 'Invaliditātes grupa',
  group: (group) => `${group}. grupa`,
  phone: 'Tālrunis',
  email: 'E-pasts',
  language: 'Saziņas valoda',
  languages: { lv: 'latviešu', en: 'angļu' },
  representativeTitle: '2. Pārstāvis',
  representativeHint: 'Aizpildiet, ja iesniegumu iesniedz cita persona personas vārdā.',
  representativeName: 'Vārds, uzvārds',
  capacity: 'Pārstāvības veids',
  capacities: {
    'legal-representative': 'likumiskais pārstāvis',
    guardian: 'aizgādnis (pievieno tiesas lēmumu)',
    'authorised-person': 'pilnvarotā persona (pievieno pilnvaru)',
  },
  statementsTitle: '3. Apliecinājumi',
  statementsIntro: 'Ar savu parakstu apliecinu:',
  takePart: (roundName) => `lūdzu iekļaut personu izmēģinājumprojektā “${roundName}”;`,
  mentalDisorder: 'personai ir garīga rakstura traucējumi;',
  residence: 'personas deklarētā dzīvesvieta ir norādītajā pašvaldībā;',
  consent:
    'piekrītu, ka pašvaldības sociālais dienests apstrādā šajā iesniegumā un pievienotajos dokumentos norādītos personas datus, arī ziņas par veselību, lai izvērtētu dalību izmēģinājumprojektā;',
  truth: 'sniegtās ziņas ir patiesas.',
  attachmentsTitle: '4. Pievienotie dokumenti',
  signatureTitle: '5. Paraksts',
  date: 'Datums',
  signature: 'Paraksts',
  signatureName: 'Vārds, uzvārds',
  eSignature:
    'Ja parakstāt ar drošu elektronisko parakstu (piemēram, eParaksts), datums un paraksts šeit nav jāraksta: tie ir e-parakstā.',
  whereToSend:
    'Parakstīto iesniegumu augšupielādējiet tiešsaistē pie sava pieteikuma vai iesniedziet savas pašvaldības sociālajā dienestā.',
};

const en: FormWords = {
  title: 'APPLICATION',
  subtitle: (roundName) => `to take part in: ${roundName}`,
  reference: (reference) => `Application number: ${reference}`,
  howToFill: 'Write in capital letters. Where there are boxes, mark one with an X.',
  personTitle: '1. The person who needs the services',
  firstName: 'First name',
  lastName: 'Surname',
  personalCode: 'Personal code',
  dateOfBirth: 'Date of birth (if the personal code does not show it)',
  municipality: 'Municipality of the declared residence',
  disabilityGroup: 'Disability group',
  group: (group) => `Group ${group}`,
  phone: 'Phone',
  email: 'E-mail',
  language: 'Language for letters',
  languages: { lv: 'Latvian', en: 'English' },
  representativeTitle: '2. The representative',
  representativeHint: 'Fill in if someone applies for the person.',
  representativeName: 'First name and surname',
  capacity: 'Capacity',
  capacities: {
    'legal-representative': 'legal representative',
    guardian: 'guardian (attach the court decision)',
    'authorised-person': 'authorised person (attach the power of attorney)',
  },
  statementsTitle: '3. I confirm',
  statementsIntro: 'By signing, I confirm that:',
  takePart: (roundName) => `I ask that the person takes part in the pilot project “${roundName}”;`,
  mentalDisorder: 'the person has a mental disorder;',
  residence: 'the person’s declared residence is in the municipality named above;',
  consent:
    'I agree that the municipality’s social service processes the personal data in this application and the attached documents, health data included, to decide on taking part in the pilot project;',
  truth: 'the information given is true.',
  attachmentsTitle: '4. Documents attached',
  signatureTitle: '5. Signature',
  date: 'Date',
  signature: 'Signature',
  signatureName: 'First name and surname',
  eSignature:
    'If you sign with a secure e-signature (for example eParaksts), you do not write the date and signature here: the e-signature holds them.',
  whereToSend:
    'Upload the signed application online with your application, or hand it in at the social service of your municipality.',
};

export const formWords: Record<Language, FormWords> = { lv, en };
