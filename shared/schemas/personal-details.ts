import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema.ts';

/**
 * The personal details staff may correct when a person shows they are wrong (GDPR Art. 16): names, the date of
 * birth where the personal code does not carry it, contact details and the representative's details. Named by
 * their place in the stored application. Not the personal code (its keyed hash ties the person's applications and
 * claims together), the municipality or the answers about health, which decide the application itself.
 */
export const CorrectableFieldSchema = z.enum([
  'person.firstName',
  'person.lastName',
  'person.dateOfBirth',
  'contact.email',
  'contact.phone',
  'contact.address',
  'contact.language',
  'representative.firstName',
  'representative.lastName',
  'representative.capacity',
  'representative.email',
  'representative.phone',
]);
export type CorrectableField = z.infer<typeof CorrectableFieldSchema>;

/**
 * What a correction's audit entry keeps besides the names of the fields: each changed field's earlier value
 * (`null` where there was none) and the reason, encrypted with the deployment's field key. So the audit log keeps
 * the record of every change without holding readable personal data; the access export reads it back.
 */
export const SealedCorrectionSchema = lazySchema(() =>
  z.strictObject({
    previous: z.partialRecord(CorrectableFieldSchema, z.nullable(z.string())),
    reason: z.string().check(z.minLength(1)),
  }),
);
export type SealedCorrection = z.infer<typeof SealedCorrectionSchema>;

/** The audit entry's part of a correction: which fields changed, and the sealed earlier values with the reason. */
export const CorrectionAuditSchema = lazySchema(() =>
  z.strictObject({
    fields: z.array(CorrectableFieldSchema).check(z.minLength(1), z.maxLength(CorrectableFieldSchema.options.length)),
    sealed: z.string().check(z.minLength(1), z.maxLength(16_000)),
  }),
);
export type CorrectionAudit = z.infer<typeof CorrectionAuditSchema>;
