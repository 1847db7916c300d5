import * as z from 'zod/mini';
import { ApplicationSchema, CreateApplicationRequestSchema } from './application.ts';
import { AuditActionSchema, AuditEntrySchema } from './audit.ts';
import { InstantSchema, IsoDateSchema, ReferenceSchema } from './common.ts';
import { DeliveryProblemSchema } from './delivery-problem.ts';
import { trimmedText } from './input-patterns.ts';
import { lazySchema } from './lazy-schema.ts';
import {
  DocumentCheckSchema,
  DuplicateResolutionSchema,
  EligibilitySchema,
  NoteSchema,
  type ReviewState,
  ReviewStateSchema,
  StaffTextSchema,
} from './review.ts';
import { DocumentTypeSchema, MunicipalityCodeSchema, RoundSchema } from './round.ts';
import { STAMPED_BY_SERVER } from './staff-ref.ts';

// Requests -----------------------------------------------------------------------------------------------------

export const DocumentCheckRequestSchema = lazySchema(() => z.omit(DocumentCheckSchema, STAMPED_BY_SERVER));
export type DocumentCheckRequest = z.infer<typeof DocumentCheckRequestSchema>;

export const EligibilityRequestSchema = lazySchema(() => z.omit(EligibilitySchema, STAMPED_BY_SERVER));
export type EligibilityRequest = z.infer<typeof EligibilityRequestSchema>;

export const ScoresRequestSchema = lazySchema(() =>
  z.strictObject({
    /** Points for every selection criterion of the round, by criterion id: whole numbers from 0 to its maximum. */
    points: z.record(z.string().check(z.maxLength(64)), z.int().check(z.minimum(0), z.maximum(9999))),
    justification: StaffTextSchema,
  }),
);
export type ScoresRequest = z.infer<typeof ScoresRequestSchema>;

export const NoteRequestSchema = lazySchema(() => z.omit(NoteSchema, STAMPED_BY_SERVER));
export type NoteRequest = z.infer<typeof NoteRequestSchema>;

/** Which application of the person stands: each application's outcome follows from it, stamped by the server. */
export const DuplicateResolutionRequestSchema = lazySchema(() =>
  z.omit(DuplicateResolutionSchema, { outcome: true, ...STAMPED_BY_SERVER }),
);
export type DuplicateResolutionRequest = z.infer<typeof DuplicateResolutionRequestSchema>;

const ClockTimeSchema = z.string().check(z.regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/));

/**
 * A paper application as the office took it in. The municipality is the social worker's own (from the sign-in),
 * so it is not in the request. E-mail is optional: the office can tell the person by post or phone.
 */
export const PaperApplicationRequestSchema = lazySchema(() =>
  z.strictObject({
    person: z.omit(CreateApplicationRequestSchema.shape.person, { municipalityCode: true }),
    contact: CreateApplicationRequestSchema.shape.contact,
    representative: CreateApplicationRequestSchema.shape.representative,
    consent: z.boolean(),
    office: z.strictObject({
      /** The date and clock time the office received it, in the round's time zone (Riga): the first-come time. */
      receivedOn: IsoDateSchema,
      receivedAtTime: ClockTimeSchema,
      /** Who at the office took it in. */
      receivedBy: trimmedText(1, 200),
    }),
  }),
);
export type PaperApplicationRequest = z.infer<typeof PaperApplicationRequestSchema>;

/**
 * How the queue is ordered: `selection` (the default) as the selection ranks it, `received` by receipt time
 * (oldest first), `name` by surname and first name, `state` what waits first (to review, possible duplicate),
 * then the decided, then those out; within a state oldest first. Ties go by reference, so no two rows ever tie.
 */
export const QueueSortSchema = z.enum(['selection', 'received', 'name', 'state']);
export type QueueSort = z.infer<typeof QueueSortSchema>;

/**
 * The cursor of the next page, as the previous page's `nextCursor` gave it: encrypted, as it holds where the
 * last row stands by name.
 */
const QueueCursorSchema = z.string().check(z.maxLength(1024));

/** Query string of the queue. `municipality` is for administrators only. */
export const QueueQuerySchema = lazySchema(() =>
  z.strictObject({
    state: z.optional(ReviewStateSchema),
    sort: z.optional(QueueSortSchema),
    cursor: z.optional(QueueCursorSchema),
    limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200))),
    municipality: z.optional(MunicipalityCodeSchema),
  }),
);
export type QueueQuery = z.infer<typeof QueueQuerySchema>;

/**
 * A search in a municipality's queue. Sent in a body, never in an address: the text may be a personal code. It is
 * a whole reference (`KDMA-4729`), a whole personal code (11 digits, with or without the hyphen), or words of the
 * name, each the beginning of the first name or surname, whatever the case and diacritics (`berz` finds
 * `Bērziņš`). `municipality` is for administrators only.
 */
export const QueueSearchRequestSchema = lazySchema(() =>
  z.strictObject({
    text: trimmedText(1, 100),
    sort: z.optional(QueueSortSchema),
    cursor: z.optional(QueueCursorSchema),
    limit: z.optional(z.int().check(z.minimum(1), z.maximum(200))),
    municipality: z.optional(MunicipalityCodeSchema),
  }),
);
export type QueueSearchRequest = z.infer<typeof QueueSearchRequestSchema>;

export const ExportQuerySchema = lazySchema(() =>
  z.strictObject({
    /** `true` adds personal codes, dates of birth, disability groups and contact details. */
    sensitive: z.optional(z.enum(['true', 'false'])),
    municipality: z.optional(MunicipalityCodeSchema),
  }),
);
export type ExportQuery = z.infer<typeof ExportQuerySchema>;

/**
 * How the document link answers: `inline` shows the file in the page (a PDF drawn by the staff app, an image),
 * `attachment` (the default) saves it as a file named after the reference.
 */
export const DocumentLinkQuerySchema = lazySchema(() =>
  z.strictObject({
    disposition: z.optional(z.enum(['inline', 'attachment'])),
  }),
);
export type DocumentLinkQuery = z.infer<typeof DocumentLinkQuerySchema>;
export type DocumentDisposition = NonNullable<DocumentLinkQuery['disposition']>;

// Answers ------------------------------------------------------------------------------------------------------

export const QueueItemSchema = lazySchema(() =>
  z.object({
    /**
     * The row's number in the list shown, counted from the list's first row over every page: in the unfiltered
     * queue in selection order (score, then receipt time, then reference), its place in the queue.
     */
    position: z.int().check(z.minimum(1)),
    reference: ReferenceSchema,
    channel: ApplicationSchema.shape.channel,
    receivedAt: InstantSchema,
    firstName: z.string(),
    lastName: z.string(),
    state: ReviewStateSchema,
    documentsVerified: z.nullable(z.boolean()),
    totalScore: z.nullable(z.int()),
    possibleDuplicateOf: z.optional(ReferenceSchema),
    personalCodeChecksumMismatch: z.boolean(),
  }),
);
export type QueueItem = z.infer<typeof QueueItemSchema>;

export const QueueResponseSchema = lazySchema(() =>
  z.object({
    roundId: z.string(),
    municipalityCode: MunicipalityCodeSchema,
    /** Applications per review state in the whole queue, whatever the filter. */
    counts: z.record(ReviewStateSchema, z.int().check(z.minimum(0))),
    total: z.int().check(z.minimum(0)),
    items: z.array(QueueItemSchema),
    /** Pass back as `cursor` for the next page; absent on the last page. */
    nextCursor: z.optional(z.string()),
  }),
);
export type QueueResponse = z.infer<typeof QueueResponseSchema>;

/** How the search text was read: as a reference, a personal code or a name. */
export const SearchKindSchema = z.enum(['reference', 'personal-code', 'name']);
export type SearchKind = z.infer<typeof SearchKindSchema>;

/** The applications the search found, page by page; the text searched for is not repeated. */
export const QueueSearchResponseSchema = lazySchema(() =>
  z.object({
    roundId: z.string(),
    municipalityCode: MunicipalityCodeSchema,
    matchedBy: SearchKindSchema,
    /** How many applications of the municipality's queue match, on every page. */
    found: z.int().check(z.minimum(0)),
    items: z.array(QueueItemSchema),
    nextCursor: z.optional(z.string()),
  }),
);
export type QueueSearchResponse = z.infer<typeof QueueSearchResponseSchema>;

/** The review states that wait for a social worker; until they are decided no selection can run. */
export const WaitingStateSchema = z.enum(['to-review', 'possible-duplicate'] as const satisfies readonly ReviewState[]);
export type WaitingState = z.infer<typeof WaitingStateSchema>;

export const WaitingCountsResponseSchema = lazySchema(() =>
  z.object({
    roundId: z.string(),
    /**
     * What waits in each municipality the caller may see, in the round's order: a social worker's own (none when the
     * round is not theirs), every one for administrators.
     */
    municipalities: z.array(
      z.object({
        municipalityCode: MunicipalityCodeSchema,
        counts: z.record(WaitingStateSchema, z.int().check(z.minimum(0))),
        /** The sum of the counts. */
        waiting: z.int().check(z.minimum(0)),
      }),
    ),
  }),
);
export type WaitingCountsResponse = z.infer<typeof WaitingCountsResponseSchema>;

export const HistoryEntrySchema = lazySchema(() =>
  z.object({
    at: InstantSchema,
    action: z.union([z.enum(['created', 'submitted', 'received-at-office']), AuditActionSchema]),
    /** Username of the staff member; absent for the applicant's own steps. */
    by: z.optional(z.string()),
  }),
);
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** Everything about one application that its municipality's social service may see. */
export const StaffApplicationSchema = lazySchema(() =>
  z.extend(z.omit(ApplicationSchema, { personalCode: true, revision: true }), {
    personalCode: z.object({
      /** As printed on documents: `DDMMYY-NNNNN` or `3XXXXX-XXXXX`. */
      value: z.string(),
      format: z.enum(['legacy', 'new']),
      checksumMismatch: z.boolean(),
    }),
    state: ReviewStateSchema,
    /** E-mails that bounced or drew a complaint, earliest first; empty when every e-mail was delivered. */
    deliveryProblems: z.array(z.omit(DeliveryProblemSchema, { feedbackId: true })),
  }),
);
export type StaffApplication = z.infer<typeof StaffApplicationSchema>;

export const StaffApplicationResponseSchema = lazySchema(() =>
  z.object({
    application: StaffApplicationSchema,
    round: z.pick(RoundSchema, { id: true, name: true, criteria: true, requiredDocuments: true, window: true }),
    history: z.array(HistoryEntrySchema),
  }),
);
export type StaffApplicationResponse = z.infer<typeof StaffApplicationResponseSchema>;

export const DownloadLinkResponseSchema = lazySchema(() =>
  z.object({
    /** A short-lived link to the file itself; it carries no personal data. */
    url: z.url(),
    expiresAt: InstantSchema,
    type: DocumentTypeSchema,
  }),
);
export type DownloadLinkResponse = z.infer<typeof DownloadLinkResponseSchema>;

/** One application of the person, as far as the asker may see it. */
export const DuplicateMemberSchema = lazySchema(() =>
  z.object({
    reference: ReferenceSchema,
    municipalityCode: MunicipalityCodeSchema,
    receivedAt: InstantSchema,
    channel: ApplicationSchema.shape.channel,
    state: ReviewStateSchema,
    /** Only for applications of the asker's own municipality (every one, for administrators). */
    details: z.optional(
      z.object({
        firstName: z.string(),
        lastName: z.string(),
        dateOfBirth: IsoDateSchema,
        disabilityGroup: z.int(),
        email: z.optional(z.string()),
        representative: z.optional(z.string()),
        documentsVerified: z.nullable(z.boolean()),
      }),
    ),
  }),
);
export type DuplicateMember = z.infer<typeof DuplicateMemberSchema>;

export const DuplicatesResponseSchema = lazySchema(() =>
  z.object({
    /** The person's submitted applications in this round, earliest first; one entry means no duplicates. */
    applications: z.array(DuplicateMemberSchema),
    resolution: z.optional(
      z.object({ standing: ReferenceSchema, reason: z.string(), by: z.string(), at: InstantSchema }),
    ),
    /** False when the group reaches into another municipality: an administrator resolves it. */
    canResolve: z.boolean(),
  }),
);
export type DuplicatesResponse = z.infer<typeof DuplicatesResponseSchema>;

export const PaperApplicationResponseSchema = lazySchema(() =>
  z.object({
    reference: ReferenceSchema,
    status: ApplicationSchema.shape.status,
    receivedAt: InstantSchema,
    requiredDocuments: z.array(DocumentTypeSchema),
  }),
);
export type PaperApplicationResponse = z.infer<typeof PaperApplicationResponseSchema>;

export const AuditPageResponseSchema = lazySchema(() =>
  z.object({
    entries: z.array(AuditEntrySchema),
    nextCursor: z.optional(z.string()),
  }),
);
export type AuditPageResponse = z.infer<typeof AuditPageResponseSchema>;
