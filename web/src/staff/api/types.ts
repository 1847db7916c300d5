/**
 * The staff API's shapes as the browser sees them. Type-only imports of the server's zod schemas, erased at build
 * time, so the pages and the handlers cannot drift apart and no server code reaches the browser.
 */

import type { PublicWindowChange } from '../../../../shared/schemas/api.ts';
import type { AuditAction, AuditEntry, AuditOutcome } from '../../../../shared/schemas/audit.ts';
import type { IneligibilityReason, ReviewState, SelectionOutcome } from '../../../../shared/schemas/review.ts';
import type { ExtendIntakeRequest, RoundRules } from '../../../../shared/schemas/round.ts';
import type { ExclusionReason, SelectionResult } from '../../../../shared/schemas/selection.ts';
import type {
  DashboardResponse,
  MunicipalityResult,
  ProtocolResponse,
  ProtocolRow,
  SelectionRunResponse,
  SelectionRunSummary,
  WithdrawalRequest,
} from '../../../../shared/schemas/selection-api.ts';
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
  DashboardResponse,
  DocumentCheckRequest,
  DownloadLinkResponse,
  DuplicateMember,
  DuplicateResolutionRequest,
  DuplicatesResponse,
  EligibilityRequest,
  ExclusionReason,
  HistoryEntry,
  IneligibilityReason,
  MunicipalityResult,
  NoteRequest,
  PaperApplicationRequest,
  PaperApplicationResponse,
  ProtocolResponse,
  ProtocolRow,
  QueueItem,
  QueueResponse,
  ReviewState,
  RoundRules,
  ScoresRequest,
  SelectionOutcome,
  SelectionResult,
  SelectionRunResponse,
  SelectionRunSummary,
  StaffApplicationResponse,
  StaffRole,
  WithdrawalRequest,
};

/** A change of a round's intake window as rounds are answered: when and what; who made it is in the audit log. */
export type WindowChange = PublicWindowChange;

export type StaffApplication = StaffApplicationResponse['application'];
export type Criterion = StaffApplicationResponse['round']['criteria'][number];

/** The body of `PUT /staff/rounds/{roundId}/intake-window`: the new last day of intake, `YYYY-MM-DD`. */
export type IntakeWindowRequest = ExtendIntakeRequest;
export type SelectionDecision = ProtocolRow['decision'];
export type RunStatus = SelectionRunSummary['status'];
export type DashboardMunicipality = DashboardResponse['municipalities'][number];
export type Promotion = MunicipalityResult['promotions'][number];
