import * as z from 'zod/mini';
import { InstantSchema, IsoDateSchema, LocalizedTextSchema } from './common.ts';
import { lazySchema } from './lazy-schema.ts';
import { RetentionPeriodsSchema, RoundIdSchema } from './round.ts';

/*
 * The record of processing activities (GDPR Art. 30) as the system states it about itself: the categories of
 * personal data it holds, why, on which legal basis, who receives them, which services process them, where they
 * live and how long they are kept. The declarations are `domain/processing-declarations.ts`; the record joins them
 * with every round's retention periods and the region the system runs in.
 */

/** The categories of personal data the system holds. */
export const DataCategoryIdSchema = z.enum([
  'identity',
  'contact',
  'representative',
  'health',
  'application-record',
  'selection',
  'support-plan',
  'mail-delivery',
  'staff',
  'audit-trail',
  'connection-records',
]);
export type DataCategoryId = z.infer<typeof DataCategoryIdSchema>;

/** The legal bases the categories rest on: GDPR articles, as the system is built to use them. */
export const LegalBasisIdSchema = z.enum(['gdpr-6-1-c', 'gdpr-6-1-e', 'gdpr-9-2-b', 'gdpr-9-2-g', 'gdpr-9-2-h']);
export type LegalBasisId = z.infer<typeof LegalBasisIdSchema>;

/** Who the data are disclosed to, besides the person and their representative. */
export const RecipientIdSchema = z.enum(['social-service', 'ministry']);
export type RecipientId = z.infer<typeof RecipientIdSchema>;

/** The AWS services that process personal data for the controller. */
export const ProcessorIdSchema = z.enum([
  'dynamodb',
  's3',
  'ses',
  'lambda',
  'api-gateway',
  'cloudfront',
  'waf',
  'cognito',
  'cloudwatch-logs',
  'guardduty',
]);
export type ProcessorId = z.infer<typeof ProcessorIdSchema>;

/** Where data rest, by role (the physical names are the deployment's). */
export const DataStoreIdSchema = z.enum([
  'applications-table',
  'audit-table',
  'documents-bucket',
  'access-log-buckets',
  'logs',
  'waf-log',
  'user-pool',
  'mail-suppression-list',
]);
export type DataStoreId = z.infer<typeof DataStoreIdSchema>;

/** How long a category is kept: a rule in words, which may name the round's periods. */
export const RetentionRuleIdSchema = z.enum([
  'round-periods',
  'round-periods-then-anonymised',
  'staff-names',
  'audit-log',
  'stage-logs',
]);
export type RetentionRuleId = z.infer<typeof RetentionRuleIdSchema>;

/**
 * One category of personal data. `fields` name where it is kept in the stored items, as `<item>:<path>` (`[]` an
 * element of a list, `*` any key); a path names the field and everything under it.
 */
export const DataCategorySchema = lazySchema(() =>
  z.strictObject({
    id: DataCategoryIdSchema,
    name: LocalizedTextSchema,
    description: LocalizedTextSchema,
    /** Data concerning health (GDPR Art. 9). */
    specialCategory: z.boolean(),
    fields: z.array(z.string()),
    purpose: LocalizedTextSchema,
    legalBases: z.array(LegalBasisIdSchema).check(z.minLength(1)),
    recipients: z.array(RecipientIdSchema),
    processors: z.array(ProcessorIdSchema).check(z.minLength(1)),
    stores: z.array(DataStoreIdSchema),
    retention: RetentionRuleIdSchema,
  }),
);
export type DataCategory = z.infer<typeof DataCategorySchema>;

export const LegalBasisSchema = lazySchema(() =>
  z.strictObject({
    id: LegalBasisIdSchema,
    /** The article as lawyers cite it, e.g. `Art. 6(1)(e)`. */
    article: LocalizedTextSchema,
    text: LocalizedTextSchema,
  }),
);

export const RecipientSchema = lazySchema(() =>
  z.strictObject({
    id: RecipientIdSchema,
    name: LocalizedTextSchema,
    role: LocalizedTextSchema,
  }),
);

export const ProcessorSchema = lazySchema(() =>
  z.strictObject({
    id: ProcessorIdSchema,
    /** The service's own name, the same in every language. */
    name: z.string().check(z.minLength(1)),
    /** What the service does with the data. */
    role: LocalizedTextSchema,
  }),
);

/** Where a store lives: the system's own region, or the one region AWS WAF logs for CloudFront must be in. */
export const StoreRegionSchema = z.enum(['stage', 'edge']);
export type StoreRegion = z.infer<typeof StoreRegionSchema>;

/** A store as declared: its region is a kind until the record names the deployment's region. */
export const DataStoreDeclarationSchema = lazySchema(() =>
  z.strictObject({
    id: DataStoreIdSchema,
    name: LocalizedTextSchema,
    processor: ProcessorIdSchema,
    region: StoreRegionSchema,
    holds: LocalizedTextSchema,
  }),
);
export type DataStoreDeclaration = z.infer<typeof DataStoreDeclarationSchema>;

/** A store in the record: with the AWS region it is in. */
export const DataStoreSchema = lazySchema(() =>
  z.extend(DataStoreDeclarationSchema, { region: z.string().check(z.minLength(1)) }),
);
export type DataStore = z.infer<typeof DataStoreSchema>;

export const RetentionRuleSchema = lazySchema(() =>
  z.strictObject({ id: RetentionRuleIdSchema, text: LocalizedTextSchema }),
);

/** A round's retention periods in days, as the record states them: a draft's too, where the round left it out. */
export const RoundRetentionSchema = lazySchema(() => z.required(RetentionPeriodsSchema));
export type RoundRetention = z.infer<typeof RoundRetentionSchema>;

/** A round as the record lists it: which round, when it took applications, where, and how long data are kept. */
export const RecordedRoundSchema = lazySchema(() =>
  z.strictObject({
    id: RoundIdSchema,
    name: LocalizedTextSchema,
    firstDay: IsoDateSchema,
    lastDay: IsoDateSchema,
    /** The municipalities whose social services receive the round's applications. */
    municipalities: z.array(LocalizedTextSchema),
    retention: RoundRetentionSchema,
  }),
);
export type RecordedRound = z.infer<typeof RecordedRoundSchema>;

/** `GET /staff/processing-record`: the record as it stands when asked for. */
export const ProcessingRecordResponseSchema = lazySchema(() =>
  z.strictObject({
    generatedAt: InstantSchema,
    /** The version of the code that answered, when it is known. */
    codeVersion: z.optional(z.string().check(z.minLength(1))),
    /** The AWS region the system runs and keeps its data in. */
    region: z.string().check(z.minLength(1)),
    categories: z.array(DataCategorySchema),
    legalBases: z.array(LegalBasisSchema),
    recipients: z.array(RecipientSchema),
    processors: z.array(ProcessorSchema),
    stores: z.array(DataStoreSchema),
    retentionRules: z.array(RetentionRuleSchema),
    /** Every round, newest intake first. */
    rounds: z.array(RecordedRoundSchema),
  }),
);
export type ProcessingRecordResponse = z.infer<typeof ProcessingRecordResponseSchema>;
