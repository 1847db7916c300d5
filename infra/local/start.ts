import { existsSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedDemoApplications } from '../seed/demo-applications.ts';
import { type DemoAccess, seedDemoYear } from '../seed/demo-year.ts';
import { DEFAULT_WEB_DIR } from './http/static-files.ts';
import { type LocalSystem, startLocalSystem } from './system.ts';

/**
 * `npm start [-- --fresh]`: the whole system on this machine, with data kept in `.local-data/` between restarts.
 * Everything it does is in system.ts; this file adds the command line, the one-instance lock and the printout.
 */
const startedAt = performance.now();
const repoDir = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = resolve(process.env.LOCAL_DATA_DIR || join(repoDir, '.local-data'));
const lockFile = join(dataDir, 'host.lock');

const USAGE = `Usage: npm start [-- --fresh]

  --fresh   delete the local data (.local-data/) first and start clean

Ports: PORT (API, default 3000), DYNAMODB_PORT (8000), S3_PORT (4569), SES_PORT (8005),
AUTH_PORT (staff sign-in, 8010); 0 picks a free one.
Data folder: LOCAL_DATA_DIR (default .local-data/ in the project).`;

let system: LocalSystem | undefined;
let stopping = false;
let stopRequested = false;

try {
  const flags = parseFlags(process.argv.slice(2));
  if (flags.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const ports = {
    api: portFromEnv('PORT', 3000),
    dynamodb: portFromEnv('DYNAMODB_PORT', 8000),
    s3: portFromEnv('S3_PORT', 4569),
    ses: portFromEnv('SES_PORT', 8005),
    auth: portFromEnv('AUTH_PORT', 8010),
  };
  refuseSecondStart();
  if (flags.fresh) rmSync(dataDir, { recursive: true, force: true });
  takeLock();
  process.on('exit', releaseLock);
  process.on('SIGINT', () => void shutDown());
  process.on('SIGTERM', () => void shutDown());

  system = await startLocalSystem({
    dataDir,
    ports,
    standInThread: true,
    ...(process.env.PUBLIC_WEB_URL && { publicWebUrl: process.env.PUBLIC_WEB_URL }),
  });
  if (stopRequested) await shutDown();
  else {
    const seeded = await seedDemoApplications(system.apiUrl, dataDir);
    if (seeded > 0) console.log(`Applied for ${seeded} made-up demo people, so the staff pages have a queue.`);
    const year = await seedDemoYear(system.env, dataDir, new Date());
    if (year.written) {
      console.log(
        `Wrote a past demo round with ${year.participants.length} participants, their plans and months delivered.`,
      );
    }
    printAddresses(system, year.participants[0]);
  }
} catch (error) {
  console.error(`Could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

function parseFlags(args: readonly string[]): { fresh: boolean; help: boolean } {
  const flags = { fresh: false, help: false };
  for (const arg of args) {
    if (arg === '--fresh') flags.fresh = true;
    else if (arg === '--help' || arg === '-h') flags.help = true;
    else throw new Error(`Unknown option ${arg}.\n\n${USAGE}`);
  }
  return flags;
}

function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`${name} must be a port number from 1 to 65535 (or 0 for any free port), not "${raw}".`);
  }
  return port;
}

/** One instance per data folder: two DynamoDB Local processes on one database file would corrupt it. */
function refuseSecondStart(): void {
  const pid = lockHolder();
  if (pid === undefined) return;
  if (isRunning(pid)) {
    throw new Error(
      `The system is already running (process ${pid}), probably with npm start in another terminal. ` +
        `Use that one, or stop it with Ctrl+C in its terminal (or: kill ${pid}) and start again.`,
    );
  }
  // Left behind by a process that was killed: nothing holds the data any more.
  unlinkSync(lockFile);
}

function takeLock(): void {
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(lockFile, `${process.pid}\n`, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw new Error('Another npm start began at the same moment. Use that one, or stop it and start again.');
  }
}

function releaseLock(): void {
  if (lockHolder() === process.pid) unlinkSync(lockFile);
}

function lockHolder(): number | undefined {
  if (!existsSync(lockFile)) return undefined;
  const pid = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function shutDown(): Promise<void> {
  if (!system) {
    // Still starting: stop as soon as the start finishes; a second signal does not wait.
    if (stopRequested) process.exit(130);
    stopRequested = true;
    console.log('\nStopping once the start has finished (press Ctrl+C again to quit at once)…');
    return;
  }
  if (stopping) process.exit(130);
  stopping = true;
  console.log('\nStopping…');
  try {
    await system.stop();
    process.exit(0);
  } catch (error) {
    console.error(`Could not stop cleanly: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

function printAddresses({ apiUrl, mailUrl, endpoints }: LocalSystem, participant: DemoAccess | undefined): void {
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  // `npm start` builds the web app first; a bare `node infra/local/start.ts` may find none.
  const notBuilt = existsSync(join(DEFAULT_WEB_DIR, 'index.html')) ? '' : '  (not built: npm run build:web)';
  console.log(
    [
      '',
      `The intake system is running (started in ${seconds} s).`,
      '',
      `  Application form    ${apiUrl}/apply/demo${notBuilt}`,
      `  Staff pages         ${apiUrl}/office${notBuilt}`,
      ...(participant
        ? [
            `  Participant's plan  ${apiUrl}/status/plan${notBuilt}`,
            `                      number ${participant.reference}, access code ${participant.accessCode}`,
          ]
        : []),
      `  API                 ${apiUrl}`,
      `  OpenAPI document    ${apiUrl}/openapi.json`,
      `  Mail viewer         ${mailUrl}/`,
      `  Sent mail as JSON   ${mailUrl}/store`,
      `  Staff sign-in       ${endpoints.auth}/  (stand-in for Cognito)`,
      '  Staff accounts      README.md, section "Staff demo accounts"',
      `  Data                ${shortPath(dataDir)}  (npm start -- --fresh starts clean)`,
      '',
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
}

function shortPath(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere === '' || fromHere.startsWith('..') ? path : fromHere;
}
