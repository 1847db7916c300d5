import * as z from 'zod/mini';
import { lazySchema } from './schemas/lazy-schema.ts';
import { settingProblem, settingProblems } from './schemas/setting-problems.ts';

/**
 * The only reader of `process.env` outside `infra/`. Configuration comes in sections, one per resource, because
 * each function is given only the variables of the resources it may use (infra/constructs/wiring.ts sets a
 * variable together with its permission). A section is built and parsed on first use; a missing or malformed
 * variable stops the function with a message naming it.
 */
const sections = {
  aws: lazySchema(() =>
    z.object({
      AWS_REGION: z._default(z.string().check(z.minLength(1)), 'eu-north-1'),
      /** Set only by the local host: endpoints of the local stand-ins. */
      DYNAMODB_ENDPOINT: z.optional(z.url()),
      S3_ENDPOINT: z.optional(z.url()),
      SES_ENDPOINT: z.optional(z.url()),
    }),
  ),
  table: lazySchema(() => z.object({ TABLE_NAME: z.string().check(z.minLength(1)) })),
  documents: lazySchema(() => z.object({ DOCUMENTS_BUCKET: z.string().check(z.minLength(1)) })),
  mail: lazySchema(() =>
    z.object({
      MAIL_FROM: z.email(),
      /**
       * The SES configuration set every e-mail is sent with: its event destination publishes bounces and complaints
       * to the topic `record-mail-events` is fed by. Absent locally, where the SES stand-in plays that part.
       */
      MAIL_CONFIGURATION_SET: z.optional(
        z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1 to 64 letters, digits, _ or -')),
      ),
      /**
       * E-mails per second the account may send (its SES sending rate): the publication job paces the result e-mails
       * to it. 14 is SES's usual first rate outside the sandbox.
       */
      MAIL_RATE_PER_SECOND: z._default(z.coerce.number().check(z.positive()), 14),
    }),
  ),
  /** The append-only audit table of staff reads and changes. */
  audit: lazySchema(() => z.object({ AUDIT_TABLE_NAME: z.string().check(z.minLength(1)) })),
  /**
   * Who issues staff sign-in tokens: the Cognito user pool in AWS, the local sign-in stand-in on a laptop. The
   * audience is the app client's id; the keys are fetched from the JWKS URL.
   */
  staffAuth: lazySchema(() =>
    z.object({
      STAFF_TOKEN_ISSUER: z.url(),
      STAFF_TOKEN_AUDIENCE: z.string().check(z.minLength(1)),
      STAFF_JWKS_URL: z.url(),
    }),
  ),
  /** Base URL of the web app, for the status link in e-mails. */
  web: lazySchema(() => z.object({ PUBLIC_WEB_URL: z.url() })),
  /**
   * The root of the keys for personal-code hashing, encryption and access codes: 32 bytes, base64. In AWS the
   * function gets the ARN of the secret that holds it; the local host passes the value itself.
   */
  secret: lazySchema(() =>
    z.union([
      z.object({
        APP_SECRET: z
          .string()
          .check(z.refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes, base64-encoded')),
      }),
      z.object({ APP_SECRET_ARN: z.string().check(z.startsWith('arn:')) }),
    ]),
  ),
  /**
   * The value the CloudFront distribution sends in `x-origin-verify` with every request it forwards to the API,
   * so that the API answers only requests that went through the distribution and its web application firewall.
   * In AWS the function gets the ARN of the secret that holds it; the local host passes the value itself. With
   * neither set the check is off: unit tests and tools call handlers directly, with no distribution in front.
   */
  origin: lazySchema(() =>
    z
      .object({
        ORIGIN_SECRET: z.optional(z.string().check(z.minLength(32, 'must be at least 32 characters'))),
        ORIGIN_SECRET_ARN: z.optional(z.string().check(z.startsWith('arn:'))),
      })
      .check(
        z.refine(
          (origin) => !(origin.ORIGIN_SECRET && origin.ORIGIN_SECRET_ARN),
          'set ORIGIN_SECRET or ORIGIN_SECRET_ARN, not both',
        ),
      ),
  ),
};

export type ConfigSection = keyof typeof sections;
export type ConfigOf<S extends ConfigSection> = z.output<(typeof sections)[S]>;

export function readConfig<S extends ConfigSection>(
  section: S,
  env: Record<string, string | undefined> = process.env,
): ConfigOf<S> {
  const parsed = sections[section].safeParse(env, { error: settingProblem });
  if (!parsed.success) {
    const problems = settingProblems(parsed.error.issues, section);
    throw new Error(
      `Configuration "${section}" is incomplete. Set these environment variables: ${problems.join('; ')}`,
    );
  }
  return parsed.data as ConfigOf<S>;
}

/** Checks every section at once: for a host that runs all functions in one process, like the local host. */
export function assertCompleteConfig(env: Record<string, string | undefined>): void {
  for (const section of Object.keys(sections) as ConfigSection[]) readConfig(section, env);
}
