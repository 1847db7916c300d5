/**
 * The API's request and answer shapes as the browser sees them: the server's zod schemas are the one source.
 * These are type-only imports, erased at build time, so the browser bundle never pulls in server code.
 */
import type {
  ApplicationStatusResponse,
  CreateApplicationResponse,
  ErrorResponse,
  ListRoundsResponse,
  RoundResponse,
  UploadFormResponse,
} from '../../../shared/schemas/api.ts';
import type { ApplicationStatus, CreateApplicationRequest } from '../../../shared/schemas/application.ts';
import type { Language, LocalizedText } from '../../../shared/schemas/common.ts';
import type { DocumentType, Municipality } from '../../../shared/schemas/round.ts';

export type { ApplicationStatus, DocumentType, Language, LocalizedText, Municipality };
export type Round = RoundResponse;
export type IntakeState = RoundResponse['intakeState'];
export type RoundWindow = RoundResponse['window'];
export type RoundSummary = ListRoundsResponse['rounds'][number];
export type DocumentRequirement = RoundResponse['requiredDocuments'][number];
export type ApplicationRequest = CreateApplicationRequest;
export type RepresentativeCapacity = NonNullable<CreateApplicationRequest['representative']>['capacity'];
/** What the browser keeps to reach an application again: the reference and its access code. */
export type Created = Pick<CreateApplicationResponse, 'reference' | 'accessCode'>;
export type StatusAnswer = ApplicationStatusResponse;
export type UploadForm = UploadFormResponse;
/** One field to fix; `path` is the field's path in the request body, e.g. `person.personalCode`. */
export type FieldError = NonNullable<ErrorResponse['error']['fields']>[number];

export interface ApiError {
  /** The server's code, or `NETWORK` when no answer arrived. */
  code: string;
  message: LocalizedText;
  fields: FieldError[];
  /** HTTP status; 0 when no answer arrived. */
  status: number;
}
export type { SocialService } from '../../../shared/schemas/round.ts';
