import * as z from 'zod/mini';
import { PERSONAL_CODE_MAX_LENGTH } from '../domain/applicant-input.ts';
import { ApplicationSchema, CreateApplicationRequestSchema, StoredDocumentSchema } from './application.ts';
import { AuditEntrySchema } from './audit.ts';
import { InstantSchema, IsoDateSchema, LanguageSchema } from './common.ts';
import { NotificationKindSchema, RecipientRoleSchema } from './delivery-problem.ts';
import { trimmedText } from './input-patterns.ts';
import { lazySchema } from './lazy-schema.ts';
import { CorrectableFieldSchema, SealedCorrectionSchema } from './personal-details.ts';
import { DocumentTypeSchema, MunicipalityCodeSchema } from './round.ts';
import { ExclusionReasonSchema, SelectionCandidateSchema } from './selection.ts';
import { SelectionRunSummarySchema } from './selection-api.ts';
import { StaffRoleSchema } from './staff-identity.ts';
import { SupportPlanSchema } from './support-plan.ts';

/*
 * Requests about personal data (GDPR): a copy of everything held about a person (Art. 15), and the correction of
 * their personal details (Art. 16). Both are made by staff at the office, after checking who the person is.
 */

// Access (Art. 15) ----------------------------------------------------------------------------------------------

/**
 * `POST /staff/personal-data/exports`. In a body, never in an address: the personal code is compared only by its
 * keyed hash, and neither it nor the hash is stored, logged or audited.
 */
export const AccessExportRequestSchema = lazySchema(() =>
  z.strictObject({
    /** The person's personal code, with or without the hyphen. */
    personalCode: trimmedText(1, PERSONAL_CODE_MAX_LENGTH),
    /** The language the person reads the export in. */
    language: LanguageSchema,
  }),
);
export type AccessExportRequest = z.infer<typeof AccessExportRequestSchema>;

/** The shape's name and version: a reader checks both before reading further. */
export const ACCESS_EXPORT_FORMAT = 'personal-data-export';
export const ACCESS_EXPORT_VERSION = 1;

/** A staff member as the export names them: the work username, the role and, for a social worker, the municipality. */
const ExportedStaffSchema = lazySchema(() =>
  z.strictObject({
    username: z.string(),
    role: StaffRoleSchema,
    municipalityCode: z.optional(MunicipalityCodeSchema),
  }),
);

/**
 * A document submitted with the application. Its bytes are not in the export: staff open or save each one through
 * the audited document link (`GET /staff/applications/{reference}/documents/{type}`), which hands out only files
 * the malware scan found clean.
 */
const ExportedDocumentSchema = lazySchema(() =>
  z.extend(StoredDocumentSchema, {
    /** What the document is, in the export's language. */
    name: z.string(),
    /** The name the document link saves it under. */
    fileName: z.string(),
    /** When it was received with the application. */
    receivedAt: z.optional(InstantSchema),
  }),
);

/**
 * A file as it was uploaded, kept by the storage until its own expiry: the copy the application was checked from
 * (or, for a draft, the file not sent yet). Not handed out: the submitted copy is.
 */
const ExportedUploadSchema = lazySchema(() =>
  z.strictObject({
    type: DocumentTypeSchema,
    name: z.string(),
    sizeBytes: z.int().check(z.minimum(1)),
  }),
);

/** An e-mail of the application, as the notification ledger keeps it. */
const ExportedEmailSchema = lazySchema(() =>
  z.strictObject({
    /** The ledger's id of the e-mail: the reference, what it told, and to whom. */
    id: z.string(),
    /** Read from the id; absent only for an id of a shape this version does not know. */
    kind: z.optional(NotificationKindSchema),
    recipient: z.optional(RecipientRoleSchema),
    /** `sent`, or `not-confirmed` when sending began but was never recorded as done. */
    state: z.enum(['sent', 'not-confirmed']),
    /** When it was recorded as sent, or when sending began. */
    at: z.optional(InstantSchema),
  }),
);

/** The status link e-mailed again on request: how many times on one day (Riga date). */
const ExportedLinkEmailsSchema = lazySchema(() =>
  z.strictObject({ day: IsoDateSchema, count: z.int().check(z.minimum(1)) }),
);

/**
 * A record that answers a repeated "start the application" request as the first one was answered, kept a day. It
 * holds only hashes of the request and the reference.
 */
const ExportedRetryRecordSchema = lazySchema(() => z.strictObject({ expiresAt: z.optional(InstantSchema) }));

/** What the application went into a selection run with, and what the run made of it. */
const ExportedRunEntrySchema = lazySchema(() =>
  z.strictObject({
    runId: SelectionRunSummarySchema.shape.runId,
    ranAt: InstantSchema,
    status: SelectionRunSummarySchema.shape.status,
    /** The run the round's results come from now. */
    latest: z.boolean(),
    candidate: z.omit(SelectionCandidateSchema, { reference: true }),
    /** Absent only when the run's result does not list the application. */
    outcome: z.optional(
      z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('selected'), rank: z.int().check(z.minimum(1)) }),
        z.strictObject({
          kind: z.literal('waitlisted'),
          rank: z.int().check(z.minimum(1)),
          position: z.int().check(z.minimum(1)),
        }),
        z.strictObject({ kind: z.literal('excluded'), reason: ExclusionReasonSchema }),
      ]),
    ),
  }),
);

/** One entry of the audit log about the application: who on the staff read or changed it, when, and how it ended. */
const ExportedAuditEntrySchema = lazySchema(() =>
  z.extend(z.pick(AuditEntrySchema, { at: true, action: true, outcome: true, reason: true }), {
    /** Absent when the request carried no valid sign-in. */
    by: z.optional(ExportedStaffSchema),
  }),
);

/** A correction of personal details: the earlier values (`null`: there was none) and the reason given. */
const ExportedCorrectionSchema = lazySchema(() =>
  z.extend(SealedCorrectionSchema, {
    at: InstantSchema,
    by: z.optional(ExportedStaffSchema),
    fields: z.array(CorrectableFieldSchema),
  }),
);

/**
 * One of the person's applications with everything kept with it and about it. Every field of the stored
 * application is here as stored (bar the personal code, shown as printed, and the keyed hash and encryption of
 * it), so a field the application gains is in the export without a change here.
 */
export const ExportedApplicationSchema = lazySchema(() =>
  z.extend(
    z.omit(ApplicationSchema, {
      personalCode: true,
      person: true,
      documents: true,
      revision: true,
    }),
    {
      roundName: z.string(),
      municipalityName: z.string(),
      /** The round's selection criteria, named, so the points read as what they were given for. */
      criteria: z.array(z.strictObject({ id: z.string(), name: z.string(), maxPoints: z.int().check(z.minimum(1)) })),
      person: z.extend(ApplicationSchema.shape.person, { personalCode: z.string() }),
      /** Whether this application holds the person's place in the round's "one application a person" rule. */
      firstOfPersonInRound: z.boolean(),
      documents: z.array(ExportedDocumentSchema),
      uploads: z.array(ExportedUploadSchema),
      selectionRuns: z.array(ExportedRunEntrySchema),
      /** The support plan, when the person is a participant: every version, month of services, review and the end. */
      supportPlan: z.optional(z.omit(SupportPlanSchema, { revision: true })),
      emails: z.array(ExportedEmailSchema),
      statusLinkEmails: z.array(ExportedLinkEmailsSchema),
      retryRecords: z.array(ExportedRetryRecordSchema),
      history: z.array(ExportedAuditEntrySchema),
      corrections: z.array(ExportedCorrectionSchema),
    },
  ),
);
export type ExportedApplication = z.infer<typeof ExportedApplicationSchema>;

/**
 * The answer of `POST /staff/personal-data/exports`, also given as a file to save: everything held about one
 * person, in every round, as far as the staff member's scope reaches. Versioned: `version` changes when a field is
 * removed or changes its meaning; fields may be added within a version. Times are UTC instants; dates are Riga
 * calendar dates.
 */
export const AccessExportSchema = lazySchema(() =>
  z.strictObject({
    format: z.literal(ACCESS_EXPORT_FORMAT),
    version: z.literal(ACCESS_EXPORT_VERSION),
    producedAt: InstantSchema,
    producedBy: ExportedStaffSchema,
    language: LanguageSchema,
    /**
     * Whose applications the export covers: every municipality's (an administrator), or one municipality's (its
     * social worker).
     */
    covers: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('every-municipality') }),
      z.strictObject({ kind: z.literal('municipality'), code: MunicipalityCodeSchema, name: z.string() }),
    ]),
    /**
     * Municipalities whose social services hold other applications of the person, not in this export (only for a
     * social worker's export): the ministry's administrators make the export of every municipality.
     */
    heldElsewhere: z.array(z.strictObject({ code: MunicipalityCodeSchema, name: z.string() })),
    /** The person's applications, oldest first. */
    applications: z.array(ExportedApplicationSchema),
    /** The file name the export is saved under. */
    fileName: z.string(),
  }),
);
export type AccessExport = z.infer<typeof AccessExportSchema>;

// Rectification (Art. 16) ---------------------------------------------------------------------------------------

/**
 * `PUT /staff/applications/{reference}/personal-details`: the person's details as they should be, and why. The
 * representative's details can be corrected, but a representative is neither added nor removed here: that
 * changes who applies and which documents are needed. The date of birth changes only where the personal code does
 * not carry it (new-format codes); absent, it stays.
 */
export const PersonalDetailsCorrectionRequestSchema = lazySchema(() =>
  z.strictObject({
    person: z.strictObject({
      firstName: CreateApplicationRequestSchema.shape.person.shape.firstName,
      lastName: CreateApplicationRequestSchema.shape.person.shape.lastName,
      dateOfBirth: z.optional(IsoDateSchema),
    }),
    contact: CreateApplicationRequestSchema.shape.contact,
    representative: CreateApplicationRequestSchema.shape.representative,
    /** Why: what the person showed or said. Kept, encrypted, in the audit entry with the earlier values. */
    reason: trimmedText(1, 1000),
  }),
);
export type PersonalDetailsCorrectionRequest = z.infer<typeof PersonalDetailsCorrectionRequestSchema>;
