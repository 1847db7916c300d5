import * as z from 'zod/mini';
import {
  EMAIL_MAX_LENGTH,
  EMAIL_PATTERN,
  NAME_MAX_LENGTH,
  PERSONAL_CODE_MAX_LENGTH,
  PHONE_PATTERN,
} from '../domain/applicant-input.ts';
import { ALLOWED_CONTENT_TYPES } from '../domain/document-check.ts';
import { InstantSchema, IsoDateSchema, LanguageSchema, ReferenceSchema } from './common.ts';
import { DeliveryProblemSchema } from './delivery-problem.ts';
import { inputPatterns, spacedAround, trimmedText } from './input-patterns.ts';
import { lazySchema } from './lazy-schema.ts';
import { ErasureMarkSchema, LegalHoldSchema } from './retention.ts';
import { PaperReceiptSchema, ReviewSchema, SelectionOutcomeSchema, WithdrawalSchema } from './review.ts';
import { DisabilityGroupSchema, DocumentTypeSchema, MunicipalityCodeSchema, RoundIdSchema } from './round.ts';

// The rules of each field are in `domain/applicant-input.ts`, which the browser checks the answers with too.
const NameSchema = trimmedText(1, NAME_MAX_LENGTH);
const EmailSchema = z.email({ pattern: EMAIL_PATTERN }).check(z.maxLength(EMAIL_MAX_LENGTH));
/** Latvian numbers are 8 digits; people abroad may use another country code. */
const PhoneSchema = z.string().check(z.trim(), z.regex(PHONE_PATTERN));
// Once trimmed it starts with + or a digit and ends with a digit.
inputPatterns.add(PhoneSchema, { pattern: spacedAround('\\+[0-9 ]{7,19}[0-9]|[0-9][0-9 ]{6,18}[0-9]') });

export const RepresentativeCapacitySchema = z.enum(['legal-representative', 'guardian', 'authorised-person']);

/** What an applicant (or their representative) sends to start an application. Unknown fields are refused. */
export const CreateApplicationRequestSchema = lazySchema(() =>
  z.strictObject({
    person: z.strictObject({
      firstName: NameSchema,
      lastName: NameSchema,
      /** Latvian personal code, legacy `DDMMYY-CNNNN` or new `3XXXXX-XXXXX`; never logged or used as a key. */
      personalCode: trimmedText(0, PERSONAL_CODE_MAX_LENGTH),
      /** Required only when the personal code carries no date of birth (the new format). */
      dateOfBirth: z.optional(IsoDateSchema),
      municipalityCode: MunicipalityCodeSchema,
      disabilityGroup: DisabilityGroupSchema,
      mentalDisorderConfirmed: z.boolean(),
    }),
    /**
     * How the person is reached: online at least one of e-mail, phone or post address (or the representative's
     * e-mail). E-mails go only where there is an address; otherwise the social service phones or writes.
     */
    contact: z.strictObject({
      email: z.optional(EmailSchema),
      phone: z.optional(PhoneSchema),
      /** A post address, as the person writes it. */
      address: z.optional(trimmedText(1, 300)),
      language: LanguageSchema,
    }),
    representative: z.optional(
      z.strictObject({
        firstName: NameSchema,
        lastName: NameSchema,
        capacity: RepresentativeCapacitySchema,
        email: EmailSchema,
        phone: z.optional(PhoneSchema),
      }),
    ),
    consent: z.boolean(),
  }),
);
export type CreateApplicationRequest = z.infer<typeof CreateApplicationRequestSchema>;

export const ApplicationStatusSchema = z.enum(['draft', 'submitted']);
export type ApplicationStatus = z.infer<typeof ApplicationStatusSchema>;

export const StoredDocumentSchema = lazySchema(() =>
  z.strictObject({
    type: DocumentTypeSchema,
    contentType: z.enum(ALLOWED_CONTENT_TYPES),
    sizeBytes: z.int().check(z.minimum(1)),
    /** Of the bytes checked at submission: the submitted copy is stored under it, so it always describes them. */
    sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  }),
);
export type StoredDocument = z.infer<typeof StoredDocumentSchema>;

/** The application as stored. The personal code only ever appears encrypted or as a keyed hash. */
export const ApplicationSchema = lazySchema(() =>
  z.strictObject({
    reference: ReferenceSchema,
    roundId: RoundIdSchema,
    status: ApplicationStatusSchema,
    channel: z.enum(['online', 'paper']),
    createdAt: InstantSchema,
    /**
     * The first-come time: the server's receipt time of an online submission, or the time the office received a
     * paper application.
     */
    receivedAt: z.optional(InstantSchema),
    /** An online draft is deleted after this instant unless it is submitted (`domain/draft-expiry.ts`). */
    draftExpiresAt: z.optional(InstantSchema),
    person: z.strictObject({
      firstName: NameSchema,
      lastName: NameSchema,
      dateOfBirth: IsoDateSchema,
      municipalityCode: MunicipalityCodeSchema,
      disabilityGroup: DisabilityGroupSchema,
      mentalDisorderConfirmed: z.boolean(),
    }),
    personalCode: z.strictObject({
      encrypted: z.string().check(z.minLength(1)),
      /** HMAC-SHA-256 of the normalised code with a secret key: finds duplicates without revealing the code. */
      keyedHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
      format: z.enum(['legacy', 'new']),
    }),
    contact: CreateApplicationRequestSchema.shape.contact,
    representative: CreateApplicationRequestSchema.shape.representative,
    consentGivenAt: InstantSchema,
    documents: z.optional(z.array(StoredDocumentSchema)),
    flags: z.strictObject({
      /** A legacy code whose check digit does not match: a social worker confirms it. */
      personalCodeChecksumMismatch: z.optional(z.boolean()),
      /** Reference of an earlier submitted application with the same personal code in this round. */
      possibleDuplicateOf: z.optional(ReferenceSchema),
    }),
    /** Set for applications handed in at the office. */
    paper: z.optional(PaperReceiptSchema),
    /** The social service's review; absent until the first decision. */
    review: z.optional(ReviewSchema),
    /** Recorded by the social worker when the person gives up the application or the place. */
    withdrawal: z.optional(WithdrawalSchema),
    /** The published selection result; absent until a selection is published. */
    selection: z.optional(SelectionOutcomeSchema),
    /** E-mails of the application that bounced or drew a complaint, for staff to see; absent while there are none. */
    deliveryProblems: z.optional(z.array(DeliveryProblemSchema)),
    /** Counts staff changes, so two people deciding at once cannot overwrite each other unseen. */
    revision: z.optional(z.int().check(z.minimum(0))),
    /** A legal hold (an appeal, or another reason): nothing of the application is removed while it stands. */
    hold: z.optional(LegalHoldSchema),
    /** The removal of the personal data has begun (`retention.ts`); the anonymised record replaces this soon. */
    erasure: z.optional(ErasureMarkSchema),
  }),
);
export type Application = z.infer<typeof ApplicationSchema>;
