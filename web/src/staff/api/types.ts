/**
 * The staff API's shapes as the browser sees them. Type-only imports of the server's zod schemas, erased at build
 * time, so the pages and the handlers cannot drift apart and no server code reaches the browser.
 */
import type { AuditAction, AuditEntry, AuditOutcome } from '../../../../shared/schemas/audit.ts';
import type { IneligibilityReason, ReviewState } from '../../../../shared/schemas/review.ts';
import type {
  AuditPageResponse,
  DocumentCheckRequest,
  DownloadLinkResponse,
  DuplicateMember,
  DuplicateResolutionRequest,
  DuplicatesResponse,
  EligibilityRequest,
  HistoryEntry,
  NoteRequest,
  PaperApplicationRequest,
  PaperApplicationResponse,
  QueueItem,
  QueueResponse,
  ScoresRequest,
  StaffApplicationResponse,
} from '../../../../shared/schemas/staff-api.ts';
import type { StaffRole } from '../../../../shared/schemas/staff-identity.ts';

export type {
  AuditAction,
  AuditEntry,
  AuditOutcome,
  AuditPageResponse,
  DocumentCheckRequest,
  DownloadLinkResponse,
  DuplicateMember,
  DuplicateResolutionRequest,
  DuplicatesResponse,
  EligibilityRequest,
  HistoryEntry,
  IneligibilityReason,
  NoteRequest,
  PaperApplicationRequest,
  PaperApplicationResponse,
  QueueItem,
  QueueResponse,
  ReviewState,
  ScoresRequest,
  StaffApplicationResponse,
  StaffRole,
};

export type StaffApplication = StaffApplicationResponse['application'];
export type Criterion = StaffApplicationResponse['round']['criteria'][number];
