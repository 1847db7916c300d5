import { z } from 'zod';
import { InstantSchema, IsoDateSchema, ReferenceSchema } from './common.ts';
import { MunicipalityCodeSchema, RoundIdSchema } from './round.ts';
import { StaffRoleSchema } from './staff-identity.ts';

/** What a staff request did: one per staff route (see `shared/routes.ts`). */
export const AuditActionSchema = z.enum([
  'queue.read',
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
  'intake.close',
  'intake.extend',
  'selection.run',
  'selection.read',
  'selection.publish',
  'application.withdraw',
  'protocol.read',
  'dashboard.read',
  'service-year.read',
  'service-year.save',
  'service-year.dashboard.read',
  'service-year.evaluation.read',
]);
export type AuditAction = z.infer<typeof AuditActionSchema>;

export const AuditOutcomeSchema = z.enum(['succeeded', 'refused', 'failed']);
export type AuditOutcome = z.infer<typeof AuditOutcomeSchema>;

/**
 * One staff request, as the append-only audit log keeps it: who, when, which application, what, and how it
 * ended. It never holds a personal code, a name or health data: what was decided is on the application itself.
 */
export const AuditEntrySchema = z.strictObject({
  /** The request id: one entry per request. */
  id: z.string().min(1),
  at: InstantSchema,
  /** Absent when the request carried no valid token. */
  actor: z
    .strictObject({
      subject: z.string(),
      username: z.string(),
      role: StaffRoleSchema,
      municipalityCode: MunicipalityCodeSchema.optional(),
    })
    .optional(),
  action: AuditActionSchema,
  roundId: RoundIdSchema.optional(),
  reference: ReferenceSchema.optional(),
  /** The municipality whose data the request reached for, when known. */
  municipalityCode: MunicipalityCodeSchema.optional(),
  outcome: AuditOutcomeSchema,
  /** The error code of a refusal or failure, e.g. `STAFF_SESSION_EXPIRED` or `OTHER_MUNICIPALITY`. */
  reason: z.string().max(64).optional(),
  /** Other applications the request changed together with `reference` (resolving duplicates). */
  related: z.array(ReferenceSchema).max(20).optional(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** Administrators filter the log by days (Riga calendar days are not needed: the log is in UTC days). */
export const AuditQuerySchema = z.strictObject({
  from: IsoDateSchema,
  to: IsoDateSchema,
  username: z.string().max(128).optional(),
  reference: ReferenceSchema.optional(),
  action: AuditActionSchema.optional(),
  outcome: AuditOutcomeSchema.optional(),
  cursor: z.string().max(512).optional(),
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;
