import * as z from 'zod/mini';
import { ApplicationStatusSchema, CreateApplicationRequestSchema } from './application.ts';
import { InstantSchema, IsoDateSchema, LocalizedTextSchema, ReferenceSchema } from './common.ts';
import { eitherCase, spacedAround, trimmedText } from './input-patterns.ts';
import { lazySchema } from './lazy-schema.ts';
import { DocumentTypeSchema, RoundSchema, SocialServiceSchema, WindowChangeSchema } from './round.ts';

/** A secret only the applicant receives: with the reference it opens the application. Never in a URL. */
export const ACCESS_CODE_HEADER = 'x-access-code';
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

const ACCESS_CODE_CHARACTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Sent in either case and with spaces around it, as people copy it; upper-cased and trimmed before use. */
export const AccessCodeSchema = z.pipe(
  z.pipe(
    z
      .string()
      .check(
        z.regex(spacedAround(`${eitherCase(ACCESS_CODE_CHARACTERS, 5)}-${eitherCase(ACCESS_CODE_CHARACTERS, 5)}`)),
      ),
    z.transform((value) => value.trim().toUpperCase()),
  ),
  z.string().check(z.regex(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/)),
);

export const IdempotencyKeySchema = trimmedText(8, 128);

/** The OpenAPI 3.1 document of the API, made from the route table. */
export const OpenApiDocumentSchema = lazySchema(() => z.record(z.string(), z.unknown()));

export const IntakeStateSchema = z.enum(['not-yet-open', 'open', 'closed']);

/** A change of the window as the public sees it: when and what, never who made it. */
export const PublicWindowChangeSchema = lazySchema(() => {
  const [closedEarly, extended] = WindowChangeSchema.def.options;
  return z.discriminatedUnion('change', [z.omit(closedEarly, { by: true }), z.omit(extended, { by: true })]);
});
export type PublicWindowChange = z.infer<typeof PublicWindowChangeSchema>;

/**
 * A round as anyone may read it (`GET /rounds/{roundId}`, and what an administrator's change of it answers with):
 * the rules of the call, the window with its instants, and its changes without the staff who made them.
 */
export const RoundResponseSchema = lazySchema(() =>
  z.extend(RoundSchema, {
    window: z.extend(RoundSchema.shape.window, {
      /** First instant at which applications are accepted (inclusive). */
      opensAt: InstantSchema,
      /** First instant at which applications are no longer accepted (exclusive). */
      closesAt: InstantSchema,
    }),
    windowChanges: z.optional(z.array(PublicWindowChangeSchema)),
    intakeState: IntakeStateSchema,
  }),
);
export type RoundResponse = z.infer<typeof RoundResponseSchema>;

/** What a list of rounds shows: enough to choose one and to see whether intake is open. */
export const RoundSummarySchema = lazySchema(() =>
  z.pick(RoundResponseSchema, {
    id: true,
    name: true,
    window: true,
    intakeState: true,
  }),
);
export const ListRoundsResponseSchema = lazySchema(() => z.object({ rounds: z.array(RoundSummarySchema) }));
export type ListRoundsResponse = z.infer<typeof ListRoundsResponseSchema>;

export const CreateApplicationResponseSchema = lazySchema(() =>
  z.object({
    reference: ReferenceSchema,
    accessCode: AccessCodeSchema,
    status: ApplicationStatusSchema,
    requiredDocuments: z.array(DocumentTypeSchema),
  }),
);
export type CreateApplicationResponse = z.infer<typeof CreateApplicationResponseSchema>;

export const UploadFormResponseSchema = lazySchema(() =>
  z.object({
    /** POST a multipart form here with `fields` first and the file last, in a field named `file`. */
    url: z.url(),
    fields: z.record(z.string(), z.string()),
    maxBytes: z.int(),
    allowedContentTypes: z.array(z.string()),
    expiresAt: InstantSchema,
  }),
);
export type UploadFormResponse = z.infer<typeof UploadFormResponseSchema>;

/**
 * A waiting-list place or a refusal explained, as the decision e-mail explains it: the concrete reason, the social
 * worker's words for the person, who decided, and how, to whom and by when it can be contested.
 */
export const DecisionNoticeSchema = lazySchema(() =>
  z.object({
    reason: z.array(LocalizedTextSchema),
    messageForPerson: z.optional(z.string()),
    decidedBy: LocalizedTextSchema,
    contest: z.array(LocalizedTextSchema),
    /** The last day to contest, in Riga time. */
    contestBy: IsoDateSchema,
    contacts: z.optional(SocialServiceSchema),
  }),
);

/** The published selection result, as the applicant is told it. */
export const StatusResultSchema = lazySchema(() =>
  z.object({
    outcome: z.enum(['selected', 'waitlisted', 'not-selected']),
    /** The place on the waiting list. */
    position: z.optional(z.int().check(z.minimum(1))),
    publishedAt: InstantSchema,
    /** Set when a place came free and was offered. */
    offeredAt: z.optional(InstantSchema),
    /** For a waiting-list place or a refusal. */
    decision: z.optional(DecisionNoticeSchema),
  }),
);

export const ApplicationStatusResponseSchema = lazySchema(() =>
  z.object({
    reference: ReferenceSchema,
    roundId: z.string(),
    municipalityCode: z.string(),
    status: ApplicationStatusSchema,
    receivedAt: z.optional(InstantSchema),
    documents: z.array(z.object({ type: DocumentTypeSchema, received: z.boolean() })),
    nextSteps: LocalizedTextSchema,
    /** A draft is kept until this instant for the person to come back to; after it, it is deleted. */
    draftExpiresAt: z.optional(InstantSchema),
    /**
     * Another application for the same person (same personal code) was sent in to this round earlier. Nothing of
     * that application is told: not its reference, not when, not by whom.
     */
    alreadyAppliedInRound: z.optional(z.literal(true)),
    /** Once the selection results are published. */
    result: z.optional(StatusResultSchema),
  }),
);
export type ApplicationStatusResponse = z.infer<typeof ApplicationStatusResponseSchema>;

/**
 * The answers of a draft, for the person who comes back to it from the e-mailed link: the same body as the create
 * request, so the form fills in again exactly as it was sent. Only for the holder of the access code.
 */
export const DraftAnswersResponseSchema = lazySchema(() =>
  z.object({
    reference: ReferenceSchema,
    roundId: z.string(),
    draftExpiresAt: z.optional(InstantSchema),
    answers: CreateApplicationRequestSchema,
  }),
);
export type DraftAnswersResponse = z.infer<typeof DraftAnswersResponseSchema>;

export const ErrorResponseSchema = lazySchema(() =>
  z.object({
    error: z.object({
      code: z.string(),
      message: LocalizedTextSchema,
      /** One entry per field that needs fixing, with the field's path in the request body. */
      fields: z.optional(z.array(z.object({ path: z.string(), code: z.string(), message: LocalizedTextSchema }))),
    }),
    requestId: z.optional(z.string()),
  }),
);
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

/** `POST /applications/link-requests`: the number and the e-mail address the application was sent with. */
export const LinkRequestSchema = lazySchema(() =>
  z.strictObject({
    reference: ReferenceSchema,
    email: z.pipe(z.string().check(z.trim(), z.maxLength(254)), z.email()),
  }),
);
export type LinkRequest = z.infer<typeof LinkRequestSchema>;

/** The same answer whether or not the number and the address matched. */
export const LinkRequestResponseSchema = lazySchema(() => z.object({ message: LocalizedTextSchema }));
export type LinkRequestResponse = z.infer<typeof LinkRequestResponseSchema>;
