/**
 * The staff API's shapes as the browser sees them. Type-only imports of the server's zod schemas, erased at build
 * time, so the pages and the handlers cannot drift apart and no server code reaches the browser.
 */

import type { ExtendIntakeRequest } from '../../../../shared/schemas/round.ts';
import type {
  DashboardResponse,
  MunicipalityResult,
  SelectionRunSummary,
} from '../../../../shared/schemas/selection-api.ts';
import type { StaffApplicationResponse } from '../../../../shared/schemas/staff-api.ts';

export type { AuditAction, AuditEntry, AuditOutcome } from '../../../../shared/schemas/audit.ts';
export type { IntakeWindowResponse, StaffWindowChange } from '../../../../shared/schemas/intake-api.ts';
export type { ProcessingRecordResponse } from '../../../../shared/schemas/processing-record.ts';
export type {
  HoldReason,
  RetentionResponse,
  RetentionRule,
} from '../../../../shared/schemas/retention.ts';
export type { IneligibilityReason, ReviewState, SelectionOutcome } from '../../../../shared/schemas/review.ts';
export type { RoundRules } from '../../../../shared/schemas/round.ts';
export type { ExclusionReason, SelectionResult } from '../../../../shared/schemas/selection.ts';
export type {
  DashboardResponse,
  MunicipalityResult,
  ProtocolContact,
  ProtocolResponse,
  ProtocolRow,
  PublicationProgress,
  PublicationReach,
  ResultPage,
  ResultRow,
  SelectionReadinessResponse,
  SelectionRunResponse,
  SelectionRunSummary,
  UndecidedMunicipality,
} from '../../../../shared/schemas/selection-api.ts';
export type {
  AuditPageResponse,
  DownloadLinkResponse,
  DuplicateMember,
  DuplicatesResponse,
  EligibilityRequest,
  HistoryEntry,
  PaperApplicationRequest,
  PaperApplicationResponse,
  QueueItem,
  QueueResponse,
  QueueSearchRequest,
  QueueSearchResponse,
  QueueSort,
  SearchKind,
  StaffApplicationResponse,
  WaitingCountsResponse,
  WaitingState,
} from '../../../../shared/schemas/staff-api.ts';
export type { StaffRole } from '../../../../shared/schemas/staff-identity.ts';

export type StaffApplication = StaffApplicationResponse['application'];
export type Criterion = StaffApplicationResponse['round']['criteria'][number];

/** The body of `PUT /staff/rounds/{roundId}/intake-window`: the new last day of intake, `YYYY-MM-DD`. */
export type IntakeWindowRequest = ExtendIntakeRequest;
export type RunStatus = SelectionRunSummary['status'];
export type DashboardMunicipality = DashboardResponse['municipalities'][number];
export type Promotion = MunicipalityResult['promotions'][number];
