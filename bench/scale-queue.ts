import { randomUUID } from 'node:crypto';
import { type QueueEntry, queueEntryOf } from '../shared/domain/queue-entry.ts';
import type { Ports } from '../shared/ports/index.ts';
import type { Application } from '../shared/schemas/application.ts';
import type { AuditAction } from '../shared/schemas/audit.ts';
import type { StaffIdentity } from '../shared/schemas/staff-identity.ts';
import { listQueue } from '../shared/use-cases/staff/list-queue.ts';
import { writeCursor } from '../shared/use-cases/staff/queue-cursor.ts';
import { searchQueue } from '../shared/use-cases/staff/search-queue.ts';
import type { StaffContext } from '../shared/use-cases/staff/staff-context.ts';
import { staffPorts } from '../shared/use-cases/staff/staff-ports.ts';
import { countWaiting } from '../shared/use-cases/staff/waiting-counts.ts';

/** Calls of each operation before measuring (warm connections, JIT), then the calls measured. */
const WARM_UP = 5;
const SAMPLES = 25;
/** The rows of the pages compared: the same in both municipalities, so only the queue's size differs. */
const PAGE = 5;

export interface MunicipalityUnderTest {
  municipalityCode: string;
  applications: readonly Application[];
  /** The personal code of an application in the middle of the queue, whose reference and name are searched too. */
  sample: { application: Application; personalCode: string };
}

export interface OperationFigures {
  p50AtSmallest: number;
  p50AtLargest: number;
  ratio: number;
  readUnitsAtSmallest: number;
  readUnitsAtLargest: number;
  foundAtLargest?: number;
}

/**
 * The queue's use cases as a social worker of each municipality calls them, with their scoped ports, audit
 * entries and all: each operation's median time and read units in the small municipality and in the large one.
 */
export async function measureQueue(
  ports: Ports,
  reads: { take(): number },
  under: { roundId: string; small: MunicipalityUnderTest; large: MunicipalityUnderTest },
): Promise<{ operations: Record<string, OperationFigures> }> {
  const small = operationsIn(ports, under.roundId, under.small);
  const large = operationsIn(ports, under.roundId, under.large);
  const operations: Record<string, OperationFigures> = {};
  for (const name of Object.keys(small)) {
    const [atSmallest, atLargest] = await measurePair(small[name] as Operation, large[name] as Operation, reads);
    operations[name] = {
      p50AtSmallest: atSmallest.p50,
      p50AtLargest: atLargest.p50,
      ratio: Math.round((atLargest.p50 / atSmallest.p50) * 100) / 100,
      readUnitsAtSmallest: atSmallest.readUnits,
      readUnitsAtLargest: atLargest.readUnits,
      ...(atLargest.found !== undefined && { foundAtLargest: atLargest.found }),
    };
  }
  return { operations };
}

type Operation = () => Promise<{ found?: number }>;

function operationsIn(ports: Ports, roundId: string, under: MunicipalityUnderTest): Record<string, Operation> {
  const identity: StaffIdentity = {
    role: 'social-worker',
    subject: `sub-${under.municipalityCode}`,
    username: `worker-${under.municipalityCode}`,
    displayName: 'Sociālais darbinieks',
    municipalityCode: under.municipalityCode,
  };
  const staff = staffPorts(ports, identity);
  const request = (action: AuditAction): StaffContext => ({
    identity,
    action,
    requestId: randomUUID(),
    at: new Date(),
  });
  const list = (query: Parameters<typeof listQueue>[2]['query']) => async () => {
    await listQueue(staff, request('queue.read'), { roundId, query });
    return {};
  };
  const search = (text: string) => async () => ({
    found: (await searchQueue(staff, request('queue.search'), { roundId, request: { text, limit: PAGE } })).found,
  });
  const { application, personalCode } = under.sample;
  return {
    firstPage: list({ limit: PAGE }),
    laterPage: list({ limit: PAGE, cursor: middleCursor(ports, roundId, under) }),
    defaultFirstPage: list({}),
    eligibleByName: list({ state: 'eligible', sort: 'name', limit: PAGE }),
    // Every state's first page by name, merged: the orders without an index of the whole queue.
    allByName: list({ sort: 'name', limit: PAGE }),
    waitingCounts: async () => {
      await countWaiting(staff, request('waiting.read'), roundId);
      return {};
    },
    searchReference: search(application.reference),
    searchPersonalCode: search(personalCode),
    searchFullName: search(`${application.person.firstName} ${application.person.lastName}`),
  };
}

/** The cursor the queue hands out after the row in the middle of the selection order. */
function middleCursor(ports: Ports, roundId: string, under: MunicipalityUnderTest): string {
  const entries = under.applications
    .map((application) => queueEntryOf(application) as QueueEntry)
    .sort((a, b) => (a.sortKeys.selection < b.sortKeys.selection ? -1 : 1));
  const shown = Math.floor(entries.length / 2);
  const scope = {
    list: 'queue' as const,
    roundId,
    municipalityCode: under.municipalityCode,
    sort: 'selection' as const,
  };
  return writeCursor(ports.keyring, scope, { after: (entries[shown - 1] as QueueEntry).sortKeys.selection, shown });
}

/**
 * Both municipalities' calls of one operation, one after the other in turns, so that a busy moment of a shared
 * machine weighs on both alike: the median time of each, and the read units of its last call.
 */
async function measurePair(
  small: Operation,
  large: Operation,
  reads: { take(): number },
): Promise<[Measured, Measured]> {
  const both = [small, large].map((operation) => ({
    operation,
    times: [] as number[],
    readUnits: 0,
    last: {} as { found?: number },
  }));
  for (let call = 0; call < WARM_UP + SAMPLES; call++) {
    for (const one of both) {
      reads.take();
      const started = performance.now();
      one.last = await one.operation();
      if (call >= WARM_UP) one.times.push(performance.now() - started);
      one.readUnits = reads.take();
    }
  }
  const [atSmallest, atLargest] = both.map(
    ({ times, readUnits, last }): Measured => ({
      p50: median(times),
      readUnits,
      ...(last.found !== undefined && { found: last.found }),
    }),
  );
  return [atSmallest as Measured, atLargest as Measured];
}

interface Measured {
  p50: number;
  readUnits: number;
  found?: number;
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] as number) * 10) / 10;
}
