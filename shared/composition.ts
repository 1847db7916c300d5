import { randomInt } from 'node:crypto';
import type { AwsClientOptions } from './adapters/aws-client-options.ts';
import { NodeKeyring } from './adapters/crypto/node-keyring.ts';
import { fetchSecretValue } from './adapters/secrets/secrets-manager-secret.ts';
import type { AdapterFamily, TablePort } from './carried-adapters.ts';
import { declaredPorts, notCarried } from './composition/declared-ports.ts';
import type { DocumentPorts } from './composition/document-ports.ts';
import type { MailPorts } from './composition/mail-ports.ts';
import type { StaffTokenPorts } from './composition/staff-token-ports.ts';
import type { TablePorts } from './composition/table-ports.ts';
import { readConfig } from './config.ts';
import type { FunctionNeeds } from './function-needs.ts';
import type { Ports } from './ports/index.ts';

/** The adapter families this process carries, each a maker of its ports; absent when the bundle has no such code. */
export interface Families {
  readonly table?: (aws: AwsClientOptions) => TablePorts;
  readonly documents?: (aws: AwsClientOptions) => DocumentPorts;
  readonly mail?: (aws: AwsClientOptions) => MailPorts;
  readonly staffTokens?: () => StaffTokenPorts;
}

/**
 * Loads the families this function carries. A deployed function carries only those its needs name: bundling
 * replaces each `import.meta.carries?.<family>` with a constant (`infra/constructs/bundling.ts`), and esbuild then
 * leaves out every module behind a `false`, and with it the SDK client it would import when the function starts.
 * The conditions are written out one by one because esbuild folds a condition only where it stands. Run from
 * source (tests, the local host), every family is there.
 */
async function loadFamilies(): Promise<Families> {
  const [table, documents, mail, staffTokens] = await Promise.all([
    import.meta.carries?.dynamodb !== false
      ? import('./composition/table-ports.ts').then((module) => module.loadTablePorts())
      : undefined,
    import.meta.carries?.s3 !== false ? import('./composition/document-ports.ts') : undefined,
    import.meta.carries?.ses !== false ? import('./composition/mail-ports.ts') : undefined,
    import.meta.carries?.staffTokens !== false ? import('./composition/staff-token-ports.ts') : undefined,
  ]);
  return {
    ...(table && { table }),
    ...(documents && { documents: documents.documentPorts }),
    ...(mail && { mail: mail.mailPorts }),
    ...(staffTokens && { staffTokens: staffTokens.staffTokenPorts }),
  };
}

/**
 * The real adapters, wired to AWS, or to the local stand-ins when the config names their endpoints. Each port is
 * made when first used; a port the function does not carry (a family, or a repository of the table) fails then,
 * naming the need to declare.
 */
export function createPorts(rootSecret: Uint8Array, families: Families): Ports {
  const config = readConfig('aws');
  const aws: AwsClientOptions = {
    region: config.AWS_REGION,
    endpoints: { dynamodb: config.DYNAMODB_ENDPOINT, s3: config.S3_ENDPOINT, ses: config.SES_ENDPOINT },
  };
  const table = families.table?.(aws);
  const documents = families.documents?.(aws);
  const mail = families.mail?.(aws);
  const staffTokens = families.staffTokens?.();
  const keyring = new NodeKeyring(rootSecret);
  return {
    get rounds() {
      return tablePort(table, 'rounds');
    },
    get applications() {
      return tablePort(table, 'applications');
    },
    get notifications() {
      return tablePort(table, 'notifications');
    },
    get personalData() {
      return tablePort(table, 'personalData');
    },
    get documents() {
      return carried(documents, 's3').documents;
    },
    get documentErasure() {
      return carried(documents, 's3').documentErasure;
    },
    get retention() {
      return tablePort(table, 'retention');
    },
    get audit() {
      return tablePort(table, 'audit');
    },
    get selectionRuns() {
      return tablePort(table, 'selectionRuns');
    },
    get serviceYears() {
      return tablePort(table, 'serviceYears');
    },
    get supportPlans() {
      return tablePort(table, 'supportPlans');
    },
    get staffTokens() {
      return carried(staffTokens, 'staffTokens').staffTokens;
    },
    get mailer() {
      return carried(mail, 'ses').mailer;
    },
    keyring,
    randomInt: (max) => randomInt(max),
  };
}

function carried<T>(ports: T | undefined, family: Exclude<AdapterFamily, 'dynamodb'>): T {
  if (ports === undefined) throw notCarried(family);
  return ports;
}

function tablePort<P extends TablePort>(table: TablePorts | undefined, port: P): Ports[P] {
  const make: (() => Ports[P]) | undefined = table?.[port];
  if (!make) throw notCarried(port);
  return make();
}

/** The root secret: given directly (the local host), or fetched once from Secrets Manager by its ARN (AWS). */
async function loadRootSecret(): Promise<Uint8Array> {
  const secret = readConfig('secret');
  const value =
    'APP_SECRET' in secret
      ? secret.APP_SECRET
      : await fetchSecretValue(secret.APP_SECRET_ARN, readConfig('aws').AWS_REGION);
  const bytes = Buffer.from(value, 'base64');
  if (bytes.length !== 32) throw new Error('The application secret must be 32 bytes, base64-encoded');
  return bytes;
}

let cached: Promise<Ports> | undefined;

/**
 * The ports of this process, made on first use and then reused by every warm invocation. Not made at import,
 * so that importing a handler neither reads the config nor opens connections; the secret is read while the
 * adapters' code loads.
 */
export function getPorts(): Promise<Ports> {
  cached ??= Promise.all([loadRootSecret(), loadFamilies()]).then(([secret, families]) =>
    createPorts(secret, families),
  );
  // A failed start (say, the secret could not be read) is retried on the next request, not cached forever.
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}

/**
 * The ports of this process as a function with these needs may use them: those it declares, and no other (see
 * `declaredPorts`). The route bindings take their ports this way, with their route's needs.
 */
export async function getDeclaredPorts(needs: FunctionNeeds): Promise<Ports> {
  return declaredPorts(await getPorts(), needs);
}
