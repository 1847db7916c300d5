/**
 * The shapes of the requests about personal data as the browser sees them: type-only imports of the server's zod
 * schemas, erased at build time.
 */

export type {
  AccessExport,
  AccessExportRequest,
  ExportedApplication,
  PersonalDetailsCorrectionRequest,
} from '../../../../shared/schemas/data-requests.ts';
export type { NotificationKind, RecipientRole } from '../../../../shared/schemas/delivery-problem.ts';
export type { CorrectableField } from '../../../../shared/schemas/personal-details.ts';
