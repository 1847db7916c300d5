/**
 * The API's request and answer shapes as the browser sees them. They mirror the server's schemas
 * (`/openapi.json`); the app keeps its own copy so the browser bundle never pulls in server code.
 */
export type Language = 'lv' | 'en';

export interface LocalizedText {
  lv: string;
  en: string;
}

export type IntakeState = 'not-yet-open' | 'open' | 'closed';

export interface RoundWindow {
  firstDay: string;
  lastDay: string;
  timeZone: string;
  opensAt: string;
  closesAt: string;
}

export interface RoundSummary {
  id: string;
  name: LocalizedText;
  window: RoundWindow;
  intakeState: IntakeState;
}

export interface Municipality {
  code: string;
  name: LocalizedText;
  cap: number;
}

export type DocumentType = 'application-form' | 'disability-proof';

export interface DocumentRequirement {
  type: DocumentType;
  name: LocalizedText;
  description: LocalizedText;
}

export interface Round extends RoundSummary {
  whoMayApply: LocalizedText;
  municipalities: Municipality[];
  eligibleDisabilityGroups: number[];
  requiresMentalDisorder: boolean;
  requiredDocuments: DocumentRequirement[];
  retentionDays: number;
}

export type RepresentativeCapacity = 'legal-representative' | 'guardian' | 'authorised-person';

export interface ApplicationRequest {
  person: {
    firstName: string;
    lastName: string;
    personalCode: string;
    dateOfBirth?: string;
    municipalityCode: string;
    disabilityGroup: number;
    mentalDisorderConfirmed: boolean;
  };
  contact: { email?: string; phone?: string; language: Language };
  representative?: {
    firstName: string;
    lastName: string;
    capacity: RepresentativeCapacity;
    email: string;
    phone?: string;
  };
  consent: boolean;
}

export interface Created {
  reference: string;
  accessCode: string;
}

export type ApplicationStatus = 'draft' | 'submitted';

export interface StatusAnswer {
  reference: string;
  roundId: string;
  municipalityCode: string;
  status: ApplicationStatus;
  receivedAt?: string;
  documents: { type: DocumentType; received: boolean }[];
  nextSteps: LocalizedText;
}

export interface UploadForm {
  url: string;
  fields: Record<string, string>;
  maxBytes: number;
  allowedContentTypes: string[];
  expiresAt: string;
}

/** One field to fix; `path` is the field's path in the request body, e.g. `person.personalCode`. */
export interface FieldError {
  path: string;
  code: string;
  message: LocalizedText;
}

export interface ApiError {
  /** The server's code, or `NETWORK` when no answer arrived. */
  code: string;
  message: LocalizedText;
  fields: FieldError[];
  /** HTTP status; 0 when no answer arrived. */
  status: number;
}
