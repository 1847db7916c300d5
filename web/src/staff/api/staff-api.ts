import type { ApiError, Round, UploadForm } from '../../api/types.ts';
import { type ApiResult, staffCall, staffDownload } from './staff-call.ts';
import type {
  AuditPageResponse,
  DashboardResponse,
  DocumentCheckRequest,
  DownloadLinkResponse,
  DuplicateResolutionRequest,
  DuplicatesResponse,
  EligibilityRequest,
  IntakeWindowRequest,
  NoteRequest,
  PaperApplicationRequest,
  PaperApplicationResponse,
  ProtocolResponse,
  QueueResponse,
  ReviewState,
  RoundRules,
  ScoresRequest,
  SelectionRunResponse,
  StaffApplicationResponse,
  WithdrawalRequest,
} from './types.ts';

const encode = encodeURIComponent;

export interface QueueFilter {
  state?: ReviewState | undefined;
  cursor?: string | undefined;
  /** Administrators only: whose queue. */
  municipality?: string | undefined;
}

export interface AuditFilter {
  from: string;
  to: string;
  username?: string | undefined;
  reference?: string | undefined;
  action?: string | undefined;
  outcome?: string | undefined;
  cursor?: string | undefined;
}

/**
 * Every staff route of the API, for one signed-in person. `onUnauthorized` hears of every 401 (an expired or
 * refused sign-in), so the pages need not handle it one by one.
 */
export function staffApi(token: string, onUnauthorized: (error: ApiError) => void) {
  const watch = async <T>(pending: Promise<ApiResult<T>>): Promise<ApiResult<T>> => {
    const result = await pending;
    if (!result.ok && result.error.status === 401) onUnauthorized(result.error);
    return result;
  };
  const application = (reference: string) => `/staff/applications/${encode(reference)}`;
  const round = (roundId: string) => `/staff/rounds/${encode(roundId)}`;
  const call = <T>(method: string, path: string, init?: Parameters<typeof staffCall>[3]) =>
    watch(staffCall<T>(token, method, path, init));

  return {
    queue: (roundId: string, filter: QueueFilter) =>
      call<QueueResponse>('GET', `${round(roundId)}/applications`, {
        query: { state: filter.state, cursor: filter.cursor, municipality: filter.municipality },
      }),
    exportCsv: (roundId: string, options: { sensitive: boolean; municipality?: string | undefined }) =>
      watch(
        staffDownload(token, `${round(roundId)}/export`, {
          query: { sensitive: String(options.sensitive), municipality: options.municipality },
        }),
      ),
    registerPaper: (roundId: string, body: PaperApplicationRequest, idempotencyKey: string) =>
      call<PaperApplicationResponse>('POST', `${round(roundId)}/paper-applications`, {
        body,
        headers: { 'idempotency-key': idempotencyKey },
      }),
    paperUploadForm: (reference: string, documentType: string) =>
      call<UploadForm>('POST', `${application(reference)}/paper-documents/${encode(documentType)}`),
    submitPaper: (reference: string) =>
      call<StaffApplicationResponse>('POST', `${application(reference)}/paper-submission`),
    application: (reference: string) => call<StaffApplicationResponse>('GET', application(reference)),
    /**
     * A link that downloads the document for a minute. Refused (409) while its virus check is not finished, when
     * it found a virus, or when it could not check the file: see `isDocumentRefusal`.
     */
    documentLink: (reference: string, documentType: string) =>
      call<DownloadLinkResponse>('GET', `${application(reference)}/documents/${encode(documentType)}`),
    checkDocuments: (reference: string, body: DocumentCheckRequest) =>
      call<StaffApplicationResponse>('PUT', `${application(reference)}/document-check`, { body }),
    decideEligibility: (reference: string, body: EligibilityRequest) =>
      call<StaffApplicationResponse>('PUT', `${application(reference)}/eligibility`, { body }),
    recordScores: (reference: string, body: ScoresRequest) =>
      call<StaffApplicationResponse>('PUT', `${application(reference)}/scores`, { body }),
    addNote: (reference: string, body: NoteRequest) =>
      call<StaffApplicationResponse>('POST', `${application(reference)}/notes`, { body }),
    duplicates: (reference: string) => call<DuplicatesResponse>('GET', `${application(reference)}/duplicates`),
    resolveDuplicates: (reference: string, body: DuplicateResolutionRequest) =>
      call<DuplicatesResponse>('PUT', `${application(reference)}/duplicate-resolution`, { body }),
    audit: (filter: AuditFilter) => call<AuditPageResponse>('GET', '/staff/audit', { query: { ...filter } }),
    recordWithdrawal: (reference: string, body: WithdrawalRequest) =>
      call<StaffApplicationResponse>('PUT', `${application(reference)}/withdrawal`, { body }),
    /** The round's latest selection run as it stands now; 404 `SELECTION_NOT_RUN` before the first. */
    latestSelection: (roundId: string) => call<SelectionRunResponse>('GET', `${round(roundId)}/selection-runs/latest`),
    runSelection: (roundId: string) => call<SelectionRunResponse>('POST', `${round(roundId)}/selection-runs`),
    publishSelection: (roundId: string, runId: string) =>
      call<SelectionRunResponse>('POST', `${round(roundId)}/selection-runs/${encode(runId)}/publication`),
    protocol: (roundId: string, municipality: string | undefined) =>
      call<ProtocolResponse>('GET', `${round(roundId)}/protocol`, { query: { municipality, format: 'json' } }),
    protocolCsv: (roundId: string, municipality: string | undefined) =>
      watch(staffDownload(token, `${round(roundId)}/protocol`, { query: { municipality, format: 'csv' } })),
    dashboard: (roundId: string) => call<DashboardResponse>('GET', `${round(roundId)}/dashboard`),
    closeIntake: (roundId: string) => call<Round>('POST', `${round(roundId)}/intake-closure`),
    extendIntake: (roundId: string, body: IntakeWindowRequest) =>
      call<Round>('PUT', `${round(roundId)}/intake-window`, { body }),
    /** Administrators: creates the round (201) or replaces its rules (200) while intake has not opened. */
    saveRound: (roundId: string, body: RoundRules) => call<Round>('PUT', round(roundId), { body }),
  };
}

export type StaffApi = ReturnType<typeof staffApi>;

/**
 * A refusal of a document link that is about the document itself, so the page shows it next to the document: its
 * virus check (409: not finished, a virus found, the check failed) or a file that is not there (422).
 */
export function isDocumentRefusal(error: ApiError): boolean {
  return error.status === 409 || error.status === 422;
}
