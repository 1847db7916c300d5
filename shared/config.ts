import { z } from 'zod';

/**
 * The only reader of `process.env` outside `infra/`. Parsed once at cold start; a missing or malformed
 * variable stops the function at once with a message naming it.
 */
const EnvSchema = z.object({
  TABLE_NAME: z.string().min(1),
  DOCUMENTS_BUCKET: z.string().min(1),
  MAIL_FROM: z.email(),
  /** Base URL of the web app, for the status link in e-mails. */
  PUBLIC_WEB_URL: z.url(),
  /** 32 random bytes, base64: the root of the keys for personal-code hashing, encryption and access codes. */
  APP_SECRET: z
    .string()
    .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes, base64-encoded'),
  AWS_REGION: z.string().min(1).default('eu-north-1'),
  /** Set only by the local host: endpoints of the local stand-ins. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  S3_ENDPOINT: z.url().optional(),
  SES_ENDPOINT: z.url().optional(),
});

export type Config = z.infer<typeof EnvSchema>;

export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Configuration is incomplete. Set these environment variables: ${problems.join('; ')}`);
  }
  return parsed.data;
}
