import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConditionalCheckFailedException, DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoDbRoundRepository } from '../../shared/adapters/dynamodb/dynamodb-round-repository.ts';
import { keys } from '../../shared/adapters/dynamodb/table-design.ts';
import { getPorts } from '../../shared/composition.ts';
import { assertCompleteConfig } from '../../shared/config.ts';
import { mailEventConsumers, routes, scheduledJobs, streamConsumers } from '../../shared/routes.ts';
import type { Round } from '../../shared/schemas/round.ts';
import { type ServiceYear, ServiceYearSchema } from '../../shared/schemas/service-year.ts';
import { deleteExpiredDrafts } from '../../shared/use-cases/delete-expired-drafts.ts';
import type { RetentionRun } from '../../shared/use-cases/retention/apply-retention.ts';
import { seedRounds } from '../seed/rounds.ts';
import { demoServiceYear } from '../seed/service-year.ts';
import { STAFF_DEMO_ACCOUNTS } from '../seed/staff-users.ts';
import { type Clock, systemClock } from './clock.ts';
import { loadHandler } from './http/handler-loading.ts';
import { type HttpHost, startHttpHost } from './http/http-host.ts';
import { functionInvoker } from './http/invoke-function.ts';
import { knownOnStart } from './known-on-start.ts';
import { startMailEvents } from './mail/mail-events.ts';
import { startJobTimers } from './schedule/job-timers.ts';
import { type StaffSignIn, startStaffSignIn } from './sign-in/staff-sign-in.ts';
import type { StaffClaimOverrides, TokenTimes } from './sign-in/staff-tokens.ts';
import { StandInError, type StandIns, startStandIns } from './stand-ins.ts';
import { createResources, LOCAL_CREDENTIALS } from './storage/create-resources.ts';
import { type StreamPoller, startStreamPoller } from './streams/stream-poller.ts';

const DEFAULT_FUNCTIONS_DIR = fileURLToPath(new URL('../../functions/', import.meta.url));
const REGION = 'eu-north-1';
/** The app client of the staff web app in the local user pool: the audience of every staff ID token. */
export const LOCAL_STAFF_CLIENT_ID = 'local-staff-web';

export interface LocalSystemOptions {
  /** Where data survives restarts; `undefined` keeps everything in memory and forgets it on stop. */
  dataDir?: string;
  /** 0 picks a free port. */
  ports: { api: number; dynamodb: number; s3: number; ses: number; auth: number };
  /**
   * The time requests are received at (API Gateway's `timeEpoch`) and the demo round's window is placed by.
   * @default the machine's clock
   */
  clock?: Clock;
  /** Where the function files live. @default `<repo>/functions` */
  functionsDir?: string;
  /** The rounds written on every start. @default `seedRounds` of infra/seed/rounds.ts */
  seedRounds?: (now: Date) => Round[];
  /** Base URL of the web app for links in e-mails. @default the API's URL, which serves the web app too */
  publicWebUrl?: string;
  /** The web app's build, served by the host on the API's origin. @default `<repo>/web/dist` */
  webDir?: string;
  /** One line per HTTP request. @default console.log */
  log?: (line: string) => void;
  /**
   * A DynamoDB Local already running, shared with other systems (the tests share one per run): this system's
   * tables get names of their own there, and are deleted on stop. @default a DynamoDB Local of its own
   */
  dynamodbEndpoint?: string;
  /**
   * How often expired drafts are deleted, as the table's TTL does in AWS (DynamoDB Local never does).
   * @default 60 000 ms
   */
  draftSweepMs?: number;
  /**
   * How often the scheduled jobs (the retention job) run, as EventBridge Scheduler runs them in AWS; 0 never runs
   * them on their own, for tests that run them when they choose (`applyRetention`).
   * @default 60 000 ms
   */
  jobEveryMs?: number;
  /**
   * The S3 and SES stand-ins and the malware scan in a worker thread of their own (see stand-ins.ts), as
   * `npm start` runs them; the tests keep them in the host's thread. @default false
   */
  standInThread?: boolean;
}

/** The variables `shared/config.ts` reads, as the CDK sets them in AWS, pointing at the stand-ins. */
export type LocalEnv = {
  TABLE_NAME: string;
  AUDIT_TABLE_NAME: string;
  DOCUMENTS_BUCKET: string;
  MAIL_FROM: string;
  MAIL_RATE_PER_SECOND: string;
  PUBLIC_WEB_URL: string;
  APP_SECRET: string;
  ORIGIN_SECRET: string;
  STAFF_TOKEN_ISSUER: string;
  STAFF_TOKEN_AUDIENCE: string;
  STAFF_JWKS_URL: string;
  AWS_REGION: string;
  DYNAMODB_ENDPOINT: string;
  S3_ENDPOINT: string;
  SES_ENDPOINT: string;
  AWS_ACCESS_KEY_ID: string;
  AWS_SECRET_ACCESS_KEY: string;
};

export interface LocalSystem {
  apiUrl: string;
  /** The SES stand-in: its root is the mail viewer, `/store` the sent mail as JSON. */
  mailUrl: string;
  /** `auth` is the staff sign-in stand-in: its URL is the tokens' issuer, and sign-in is a POST to its root. */
  endpoints: { api: string; dynamodb: string; s3: string; ses: string; auth: string };
  env: Readonly<LocalEnv>;
  /**
   * For tests only: a staff ID token with chosen claims and times (an expired one, another municipality…),
   * signed with the sign-in stand-in's key.
   */
  issueStaffToken(claims: StaffClaimOverrides, times?: TokenTimes): Promise<string>;
  /** Resolves once every change stored so far has reached the stream consumers (e-mails are sent). */
  idle(): Promise<void>;
  /** Deletes the drafts expired by the host's clock now, with their uploads, as the timer does; their references. */
  deleteExpiredDrafts(): Promise<string[]>;
  /** Runs the retention job now by the host's clock, as its timer does: its function, with the scheduler's event. */
  applyRetention(): Promise<RetentionRun>;
  stop(): Promise<void>;
}

/**
 * The whole system on this machine: stand-ins, table and bucket, the malware scan stand-in, demo rounds, the HTTP
 * host and the stream poller, wired to the real function files. Used by `npm start` and by the end-to-end tests.
 *
 * Functions read their configuration from `process.env` once, at import, so this sets the environment before
 * any function is loaded, and one process can run one system at a time.
 */
export async function startLocalSystem(options: LocalSystemOptions): Promise<LocalSystem> {
  const functionsDir = options.functionsDir ?? DEFAULT_FUNCTIONS_DIR;
  const clock = options.clock ?? systemClock;
  const started: { stop(): Promise<void> }[] = [];
  const ready = knownOnStart<void>();
  // The pages' security policy names the storage the browser uploads to; its port is known once it runs.
  const uploadOrigins = knownOnStart<readonly string[]>();
  // The pages call the staff sign-in, and the web app reads where it is from /config.json; its port is known
  // once it runs.
  const signInReady = knownOnStart<StaffSignIn>();

  // What the CloudFront distribution sends the API in AWS: the host adds it to every request, the functions check
  // it. New on every start, as nothing outside this process needs to know it.
  const originSecret = randomBytes(32).toString('base64url');
  const invokeFunction = functionInvoker(functionsDir, REGION);

  try {
    if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
    // The API port first: a taken port is found before the JVM of DynamoDB Local is started.
    const host: HttpHost = await startHttpHost({
      port: options.ports.api,
      functionsDir,
      region: REGION,
      originSecret,
      ready: ready.promise,
      uploadOrigins: uploadOrigins.promise,
      connectOrigins: signInReady.promise.then((signIn) => [new URL(signIn.issuer).origin]),
      webConfig: signInReady.promise.then(webConfigFor),
      ...(options.webDir && { webDir: options.webDir }),
      ...(options.log && { log: options.log }),
      clock,
    });
    started.push({ stop: () => host.close() });
    const signIn = await startStaffSignIn({
      port: options.ports.auth,
      clientId: LOCAL_STAFF_CLIENT_ID,
      allowedOrigins: webOrigins(host.url),
      accounts: STAFF_DEMO_ACCOUNTS,
      ...(options.dataDir && { dataDir: options.dataDir }),
    });
    started.push(signIn);
    signInReady.resolve(signIn);
    const standIns: StandIns = await startStandIns({
      ...(options.dataDir && { dataDir: options.dataDir }),
      ...(options.dynamodbEndpoint && { dynamodbEndpoint: options.dynamodbEndpoint }),
      ports: { dynamodb: options.ports.dynamodb, s3: options.ports.s3, ses: options.ports.ses },
      standInThread: options.standInThread ?? false,
    });
    started.push(standIns);
    uploadOrigins.resolve([new URL(standIns.endpoints.s3).origin]);

    const tables = options.dynamodbEndpoint ? `-${randomUUID().slice(0, 8)}` : '';
    const env: LocalEnv = {
      TABLE_NAME: `intake-local${tables}`,
      AUDIT_TABLE_NAME: `intake-audit-local${tables}`,
      DOCUMENTS_BUCKET: 'intake-documents-local',
      MAIL_FROM: 'pieteikumi@intake.example.lv',
      // The SES stand-in takes any rate; this one keeps publishing the demo's results quick and still paced.
      MAIL_RATE_PER_SECOND: '50',
      PUBLIC_WEB_URL: options.publicWebUrl ?? host.url,
      APP_SECRET: appSecret(options.dataDir),
      ORIGIN_SECRET: originSecret,
      STAFF_TOKEN_ISSUER: signIn.issuer,
      STAFF_TOKEN_AUDIENCE: signIn.clientId,
      STAFF_JWKS_URL: signIn.jwksUrl,
      AWS_REGION: REGION,
      DYNAMODB_ENDPOINT: standIns.endpoints.dynamodb,
      S3_ENDPOINT: standIns.endpoints.s3,
      SES_ENDPOINT: standIns.endpoints.ses,
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    };
    // Checked here so a bad override (PUBLIC_WEB_URL) stops the start, not the first request.
    assertCompleteConfig(env);
    Object.assign(process.env, env);

    await createResources({
      dynamodbEndpoint: env.DYNAMODB_ENDPOINT,
      s3Endpoint: env.S3_ENDPOINT,
      region: REGION,
      tableName: env.TABLE_NAME,
      auditTableName: env.AUDIT_TABLE_NAME,
      bucketName: env.DOCUMENTS_BUCKET,
    });
    if (options.dynamodbEndpoint) started.push({ stop: () => deleteTables(env) });
    // GuardDuty's malware scan of new documents, as a stand-in that tags the EICAR test file as a threat.
    started.push(standIns.startMalwareScanner({ region: REGION, bucket: env.DOCUMENTS_BUCKET }));
    const rounds = (options.seedRounds ?? seedRounds)(clock.now());
    await putRounds(env, rounds);
    await putServiceYears(env, rounds, clock.now());

    const poller: StreamPoller = await startStreamPoller({
      dynamodbEndpoint: env.DYNAMODB_ENDPOINT,
      region: REGION,
      tableName: env.TABLE_NAME,
      consumers: streamConsumers,
      invoke: (name, event) => invokeFunction(name, event, randomUUID()),
      ...(options.dataDir && { checkpointFile: join(options.dataDir, 'stream-checkpoints.json') }),
    });
    started.push(poller);
    // Bounces and complaints of mail to SES's simulator addresses, delivered to their consumers as in AWS.
    started.push(
      startMailEvents({
        sent: standIns.sentMail,
        consumers: mailEventConsumers,
        region: REGION,
        invoke: (name, event) => invokeFunction(name, event, randomUUID()),
      }),
    );
    // What the table's TTL and the bucket's lifecycle do in AWS: the same deletion code as the tests run.
    const sweep = async () => (await deleteExpiredDrafts(await getPorts(), clock.now())).deleted;
    let sweeping = Promise.resolve();
    const sweepTimer = setInterval(() => {
      sweeping = sweep().then(
        () => undefined,
        (error: unknown) => console.error('Expired drafts were not deleted:', error),
      );
    }, options.draftSweepMs ?? 60_000);
    sweepTimer.unref();
    // A sweep under way finishes before the tables or DynamoDB Local it reads go.
    started.push({
      stop: () => {
        clearInterval(sweepTimer);
        return sweeping;
      },
    });
    const jobs = startJobTimers({
      jobs: scheduledJobs,
      everyMs: options.jobEveryMs ?? 60_000,
      clock,
      invoke: (name, event) => invokeFunction(name, event, randomUUID()),
    });
    started.push(jobs);
    ready.resolve();
    // Loaded now rather than on first use, so the first request after start is as quick as the rest; a function
    // that cannot load fails again, and is logged, on the request that needs it.
    for (const { handler } of routes) loadHandler(functionsDir, handler).catch(() => {});

    return {
      apiUrl: host.url,
      mailUrl: standIns.endpoints.ses,
      endpoints: { api: host.url, ...standIns.endpoints, auth: signIn.issuer },
      env,
      issueStaffToken: signIn.issueIdToken,
      idle: () => poller.idle(),
      deleteExpiredDrafts: sweep,
      applyRetention: () => jobs.run('apply-retention') as Promise<RetentionRun>,
      stop: () => stopAll(started),
    };
  } catch (error) {
    ready.reject(error);
    uploadOrigins.reject(error);
    signInReady.reject(error);
    await stopAll(started);
    throw error;
  }
}

/** Stops in reverse order of starting: nothing keeps calling a service that is already gone. */
async function stopAll(started: { stop(): Promise<void> }[]): Promise<void> {
  for (const part of started.splice(0).reverse()) await part.stop();
}

/**
 * What the web app reads from `/config.json`: where staff sign in, in the shape a deployment writes for the
 * Cognito user pool (its regional endpoint and the app client's id).
 */
function webConfigFor(signIn: StaffSignIn): object {
  return { staffSignIn: { endpoint: `${signIn.issuer}/`, clientId: signIn.clientId, region: REGION } };
}

/**
 * The origins the browser may call sign-in from: the host's, and the same port under `localhost`, the name
 * people type.
 */
function webOrigins(hostUrl: string): string[] {
  const url = new URL(hostUrl);
  return [url.origin, `${url.protocol}//localhost${url.port ? `:${url.port}` : ''}`];
}

/** Rounds are data, rewritten on every start so the demo round's window is open today. */
async function putRounds(env: LocalEnv, rounds: readonly Round[]): Promise<void> {
  const client = new DynamoDBClient({
    endpoint: env.DYNAMODB_ENDPOINT,
    region: REGION,
    credentials: LOCAL_CREDENTIALS,
  });
  const repository = new DynamoDbRoundRepository(DynamoDBDocumentClient.from(client), env.TABLE_NAME);
  try {
    for (const round of rounds) await repository.put(round);
  } finally {
    client.destroy();
  }
}

/**
 * Each seeded round's demo year of services, written only where the round has none yet: unlike the rounds, a year
 * is not rewritten on start, so what an administrator changed in it survives a restart. The condition makes two
 * systems starting on one table write it once.
 */
async function putServiceYears(env: LocalEnv, rounds: readonly Round[], now: Date): Promise<void> {
  const client = DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint: env.DYNAMODB_ENDPOINT, region: REGION, credentials: LOCAL_CREDENTIALS }),
  );
  try {
    for (const round of rounds) {
      const year: ServiceYear = ServiceYearSchema.parse({
        ...demoServiceYear(round.municipalities.map(({ code, name }) => ({ code, town: townOf(name.en) }))),
        roundId: round.id,
        // Revision 0: no administrator has changed it yet.
        revision: 0,
        updatedAt: now.toISOString(),
        updatedBy: DEMO_DATA,
      });
      try {
        await client.send(
          new PutCommand({
            TableName: env.TABLE_NAME,
            Item: { ...keys.serviceYear(round.id), ...year },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }
  } finally {
    client.destroy();
  }
}

/** Who the demo year says set it up. */
const DEMO_DATA = { subject: 'demo-data', username: 'demo-data', displayName: 'Demonstrācijas dati / Demo data' };

/** The town a demo provider is named after: the municipality's English name without "city" or "municipality". */
function townOf(englishName: string): string {
  return englishName.replace(/\s+(city|municipality)$/i, '');
}

/** Frees a shared DynamoDB Local of this system's tables; stopped before, the stream poller no longer reads them. */
async function deleteTables(env: LocalEnv): Promise<void> {
  const client = new DynamoDBClient({
    endpoint: env.DYNAMODB_ENDPOINT,
    region: REGION,
    credentials: LOCAL_CREDENTIALS,
  });
  try {
    for (const TableName of [env.TABLE_NAME, env.AUDIT_TABLE_NAME]) {
      await client.send(new DeleteTableCommand({ TableName }));
    }
  } finally {
    client.destroy();
  }
}

/**
 * Kept with the data: personal codes are stored hashed and encrypted under keys derived from it, so a new secret
 * on each start would make the stored applications unreadable.
 */
function appSecret(dataDir: string | undefined): string {
  if (!dataDir) return randomBytes(32).toString('base64');
  const file = join(dataDir, 'app-secret');
  if (existsSync(file)) {
    const secret = readFileSync(file, 'utf8').trim();
    if (Buffer.from(secret, 'base64').length !== 32) {
      throw new StandInError(
        `${file} is not 32 bytes in base64. Restore it, or run npm start -- --fresh to start clean.`,
      );
    }
    return secret;
  }
  const secret = randomBytes(32).toString('base64');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
