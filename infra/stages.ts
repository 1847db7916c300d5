import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import * as z from 'zod/mini';
import { settingProblem, settingProblems } from '../shared/schemas/setting-problems.ts';

export const STAGE_NAMES = ['dev', 'prod'] as const;

/** A deployment of the whole system; one AWS account may hold several side by side. */
export type StageName = (typeof STAGE_NAMES)[number];

/** Requests per second and bucket size, as API Gateway throttles a stage or a route. */
export interface Throttle {
  readonly rateLimit: number;
  readonly burstLimit: number;
}

/**
 * Requests one IP address may make in five minutes before AWS WAF answers 429, counted at the CloudFront
 * distribution in front of the web app and the API. Mobile networks put many people behind one address, so the
 * limits leave room for a crowd applying when a round opens; the tight ones are where abuse costs most.
 */
export interface EdgeRateLimits {
  /** Every request: pages, assets and API calls together. */
  readonly perIp: number;
  /** Requests to the staff routes. */
  readonly staff: number;
  /** New applications (the `create-application` route). */
  readonly applicationCreation: number;
}

/** Everything that differs between stages, typed, so stacks never read context themselves. */
export interface StageSettings {
  readonly name: StageName;
  /** `undefined` deploys to the account of the caller's credentials. */
  readonly account: string | undefined;
  readonly region: string;
  /** Sender of applicant e-mail; the address or its domain must be a verified SES identity. */
  readonly mailFrom: string;
  /** Base URL of the web app: status links in e-mail and the only origin allowed to upload documents. */
  readonly publicWebUrl: string;
  /**
   * ARN of the ACM certificate for the host name of `publicWebUrl`, in us-east-1 (the only region CloudFront takes
   * certificates from).
   */
  readonly webCertificateArn: string;
  /** Who is e-mailed when an alarm goes off; `undefined` leaves the alarm topic without subscribers. */
  readonly alarmEmail: string | undefined;
  /**
   * For resources that hold no personal data (function and access logs, the failed-batch queue). The
   * table, bucket, key and secret are always retained: no stage may lose applications with a `cdk destroy`.
   */
  readonly removalPolicy: RemovalPolicy;
  readonly logRetention: RetentionDays;
  /** The longest any document is kept in the bucket, whatever its round says. */
  readonly documentRetention: Duration;
  /** How long S3 access logs (who read which document) are kept. */
  readonly accessLogRetention: Duration;
  /** The stage's default route settings: what every public route gets. */
  readonly throttle: Throttle;
  /**
   * Each staff route's own limit, lower than the public one: staff are a few dozen people at ten municipalities,
   * and a low ceiling slows down anyone who reads applications in bulk with a stolen token or a runaway script.
   */
  readonly staffThrottle: Throttle;
  /** Per-IP limits of the web ACL in front of the web app and the API. */
  readonly edgeRateLimits: EdgeRateLimits;
  /** Stops a stray `cdk destroy` of the stage's stacks. */
  readonly terminationProtection: boolean;
  /**
   * E-mails per second the account's SES may send (its sending quota's rate): publishing results is paced to it.
   * Raise it here when AWS raises the account's rate.
   */
  readonly mailRatePerSecond: number;
}

/**
 * Values that change per AWS account and domain live in cdk.json (context key `intake:stages`), so deploying
 * to another account edits data, not code. Parsed here because context is an untyped edge.
 */
const StageContextSchema = z.object({
  account: z.optional(z.string().check(z.regex(/^\d{12}$/, 'must be a 12-digit AWS account id'))),
  region: z.string().check(z.minLength(1)),
  mailFrom: z.email(),
  publicWebUrl: z.url({ protocol: /^https$/ }),
  webCertificateArn: z
    .string()
    .check(
      z.regex(
        /^arn:aws[a-z-]*:acm:us-east-1:\d{12}:certificate\/[0-9a-f-]+$/,
        'must be the ARN of an ACM certificate in us-east-1 (arn:aws:acm:us-east-1:<account>:certificate/<id>): ' +
          'CloudFront takes certificates only from us-east-1',
      ),
    ),
  alarmEmail: z.optional(z.email()),
});

type StagePolicy = Omit<StageSettings, 'name' | keyof z.infer<typeof StageContextSchema>>;

/**
 * Policy per stage. Throttling numbers are a first guess for a municipal pilot (a burst when a round opens)
 * and are meant to be tuned after a load test; log retention is short because logs carry IP addresses.
 */
const STAGE_POLICIES: Record<StageName, StagePolicy> = {
  dev: {
    removalPolicy: RemovalPolicy.DESTROY,
    logRetention: RetentionDays.TWO_WEEKS,
    documentRetention: Duration.days(90),
    accessLogRetention: Duration.days(30),
    throttle: { rateLimit: 20, burstLimit: 40 },
    staffThrottle: { rateLimit: 5, burstLimit: 10 },
    edgeRateLimits: { perIp: 1000, staff: 300, applicationCreation: 20 },
    terminationProtection: false,
    // The SES sandbox's rate.
    mailRatePerSecond: 1,
  },
  prod: {
    removalPolicy: RemovalPolicy.RETAIN,
    logRetention: RetentionDays.THREE_MONTHS,
    // Five years: the longest a round may keep its applicants' documents.
    documentRetention: Duration.days(5 * 366),
    // Over a year, so access to documents can be traced back through a whole round and its appeals.
    accessLogRetention: Duration.days(400),
    throttle: { rateLimit: 100, burstLimit: 200 },
    staffThrottle: { rateLimit: 10, burstLimit: 20 },
    edgeRateLimits: { perIp: 3000, staff: 600, applicationCreation: 50 },
    terminationProtection: true,
    // SES's usual first rate once out of the sandbox.
    mailRatePerSecond: 14,
  },
};

/** Reads `-c stage=…` (default from cdk.json) and that stage's values; fails with a message naming the fix. */
export function resolveStage(node: { tryGetContext(key: string): unknown }): StageSettings {
  const name = node.tryGetContext('stage') ?? 'dev';
  if (!isStageName(name)) {
    throw new Error(`Unknown stage "${String(name)}". Pass -c stage=${STAGE_NAMES.join('|')}.`);
  }
  const all = node.tryGetContext('intake:stages');
  const raw = typeof all === 'object' && all !== null ? (all as Record<string, unknown>)[name] : undefined;
  const parsed = StageContextSchema.safeParse(raw, { error: settingProblem });
  if (!parsed.success) {
    const problems = settingProblems(parsed.error.issues, '(value)');
    throw new Error(`cdk.json context "intake:stages.${name}" is invalid: ${problems.join('; ')}`);
  }
  return {
    name,
    ...STAGE_POLICIES[name],
    ...parsed.data,
    account: parsed.data.account,
    alarmEmail: parsed.data.alarmEmail,
  };
}

function isStageName(value: unknown): value is StageName {
  return typeof value === 'string' && (STAGE_NAMES as readonly string[]).includes(value);
}
