import * as z from 'zod/mini';
import { InstantSchema, IsoDateSchema, ReferenceSchema } from './common.ts';
import { lazySchema } from './lazy-schema.ts';
import { CorrectionAuditSchema } from './personal-details.ts';
import { MunicipalityCodeSchema, RoundIdSchema } from './round.ts';
import { StaffRoleSchema } from './staff-identity.ts';

/**
 * What a staff request did: one per staff route (see `shared/routes.ts`); and the one change a participant makes
 * with their access code, agreeing to their support plan online, which the plan's history keeps with the rest.
 */
export const AuditActionSchema = z.enum([
  'queue.read',
  'queue.search',
  'waiting.read',
  'queue.export',
  'application.read',
  'document.download',
  'documents.check',
  'eligibility.decide',
  'scores.record',
  'note.add',
  'duplicates.read',
  'duplicates.resolve',
  'paper.register',
  'paper.upload-form',
  'paper.submit',
  'audit.read',
  'round.save',
  'intake.read',
  'intake.close',
  'intake.extend',
  'selection.run',
  'selection.read',
  'selection.publish',
  'application.withdraw',
  'plan.agree-online',
  'protocol.read',
  'dashboard.read',
  'participants.read',
  'plan.read',
  'plan.version',
  'plan.agree',
  'plan.delivery',
  'plan.review',
  'plan.end',
  'service-year.read',
  'service-year.save',
  'service-year.dashboard.read',
  'service-year.evaluation.read',
  'processing-record.read',
  // Requests about personal data: the copy of everything held about a person, and the correction of their details.
  'personal-data.export',
  'personal-details.correct',
  // Personal data kept no longer than needed: the retention job's removals (no staff member), the legal hold, and
  // erasure on request.
  'retention.anonymise',
  'retention.read',
  'hold.place',
  'hold.lift',
  'application.erase',
]);
export type AuditAction = z.infer<typeof AuditActionSchema>;

export const AuditOutcomeSchema = z.enum(['succeeded', 'refused', 'failed']);
export type AuditOutcome = z.infer<typeof AuditOutcomeSchema>;

/**
 * One staff request, as the append-only audit log keeps it: who, when, which application, what, and how it
 * ended. It never holds a personal code, a name or health data: what was decided is on the application itself,
 * and a correction's earlier values are kept only encrypted.
 */
export const AuditEntrySchema = lazySchema(() =>
  z.strictObject({
    /** The request id: one entry per request. */
    id: z.string().check(z.minLength(1)),
    at: InstantSchema,
    /** Absent when the request carried no valid token. */
    actor: z.optional(
      z.strictObject({
        subject: z.string(),
        username: z.string(),
        role: StaffRoleSchema,
        municipalityCode: z.optional(MunicipalityCodeSchema),
      }),
    ),
    action: AuditActionSchema,
    roundId: z.optional(RoundIdSchema),
    reference: z.optional(ReferenceSchema),
    /** The municipality whose data the request reached for, when known. */
    municipalityCode: z.optional(MunicipalityCodeSchema),
    outcome: AuditOutcomeSchema,
    /** The error code of a refusal or failure, e.g. `STAFF_SESSION_EXPIRED` or `OTHER_MUNICIPALITY`. */
    reason: z.optional(z.string().check(z.maxLength(64))),
    /** Other applications the request changed together with `reference` (resolving duplicates). */
    related: z.optional(z.array(ReferenceSchema).check(z.maxLength(20))),
    /** A correction of personal details: the fields changed, their earlier values sealed (encrypted) with the reason. */
    correction: z.optional(CorrectionAuditSchema),
  }),
);
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/**
 * Administrators filter the log by calendar days in Riga, both inclusive, as they read the entries' times: `from`
 * and `to` 2019-08-01 is 00:00 to 23:59:59 Riga time that day, whatever the offset (and 25 hours on the day summer
 * time ends). The server turns the days into instants.
 */
export const AuditQuerySchema = lazySchema(() =>
  z.strictObject({
    from: IsoDateSchema,
    to: IsoDateSchema,
    username: z.optional(z.string().check(z.maxLength(128))),
    reference: z.optional(ReferenceSchema),
    action: z.optional(AuditActionSchema),
    outcome: z.optional(AuditOutcomeSchema),
    cursor: z.optional(z.string().check(z.maxLength(512))),
  }),
);
export type AuditQuery = z.infer<typeof AuditQuerySchema>;
