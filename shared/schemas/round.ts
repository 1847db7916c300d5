import { z } from 'zod';
import { IsoDateSchema, LocalizedTextSchema } from './common.ts';

/** Municipality codes follow ISO 3166-2:LV (e.g. `LV-016`, `LV-JEL`); the list is data of each round. */
export const MunicipalityCodeSchema = z.string().regex(/^LV-[A-Z0-9]{3}$/);

export const MunicipalitySchema = z.strictObject({
  code: MunicipalityCodeSchema,
  name: LocalizedTextSchema,
  /** Places available in this municipality. */
  cap: z.int().min(1),
});
export type Municipality = z.infer<typeof MunicipalitySchema>;

export const DocumentTypeSchema = z.enum(['application-form', 'disability-proof']);
export type DocumentType = z.infer<typeof DocumentTypeSchema>;

export const DocumentRequirementSchema = z.strictObject({
  type: DocumentTypeSchema,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
});

export const DisabilityGroupSchema = z.int().min(1).max(3);

/** The intake window as the call states it: local calendar dates, both inclusive, in a named time zone. */
export const IntakeWindowSchema = z.strictObject({
  firstDay: IsoDateSchema,
  lastDay: IsoDateSchema,
  timeZone: z.string().min(1),
});
export type IntakeWindow = z.infer<typeof IntakeWindowSchema>;

export const SelectionCriterionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: LocalizedTextSchema,
  maxPoints: z.int().min(1),
});

export const RoundIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/);

export const RoundSchema = z.strictObject({
  id: RoundIdSchema,
  name: LocalizedTextSchema,
  whoMayApply: LocalizedTextSchema,
  municipalities: z.array(MunicipalitySchema).min(1),
  window: IntakeWindowSchema,
  eligibleDisabilityGroups: z.array(DisabilityGroupSchema).min(1),
  /** The pilot is for persons with a mental disorder; the applicant confirms it and the proof shows it. */
  requiresMentalDisorder: z.boolean(),
  requiredDocuments: z.array(DocumentRequirementSchema).min(1),
  criteria: z.array(SelectionCriterionSchema),
  /** Days after the round ends that data of non-participants is kept. */
  retentionDays: z.int().min(1),
});
export type Round = z.infer<typeof RoundSchema>;
