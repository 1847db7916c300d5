import type { DataStore, ProcessingRecordResponse, RecordedRound } from '../schemas/processing-record.ts';
import type { Round } from '../schemas/round.ts';
import { DATA_CATEGORIES } from './processing-categories.ts';
import { DATA_STORES, EDGE_LOG_REGION, PROCESSORS } from './processing-services.ts';
import { LEGAL_BASES, RECIPIENTS, RETENTION_RULES } from './processing-terms.ts';
import { retentionOf } from './round-retention.ts';

/** What the record says about the running system: its region and, when known, the version of its code. */
export interface Deployment {
  /** The AWS region the stage runs in and keeps its data in. */
  region: string;
  codeVersion?: string | undefined;
}

/**
 * The record of processing activities (GDPR Art. 30) as it stands at `at`: the declarations of the code, each
 * round's retention periods, and the regions the stores are in. Nothing in it is kept by hand.
 */
export function processingRecord(input: {
  rounds: readonly Round[];
  deployment: Deployment;
  at: Date;
}): ProcessingRecordResponse {
  const { deployment } = input;
  return {
    generatedAt: input.at.toISOString(),
    ...(deployment.codeVersion && { codeVersion: deployment.codeVersion }),
    region: deployment.region,
    categories: [...DATA_CATEGORIES],
    legalBases: entries(LEGAL_BASES).map(([id, basis]) => ({ id, ...basis })),
    recipients: entries(RECIPIENTS).map(([id, recipient]) => ({ id, ...recipient })),
    processors: entries(PROCESSORS).map(([id, processor]) => ({ id, ...processor })),
    stores: entries(DATA_STORES).map(
      ([id, store]): DataStore => ({
        id,
        ...store,
        region: store.region === 'edge' ? EDGE_LOG_REGION : deployment.region,
      }),
    ),
    retentionRules: entries(RETENTION_RULES).map(([id, text]) => ({ id, text })),
    rounds: [...input.rounds].sort(newestIntakeFirst).map(recordedRound),
  };
}

function recordedRound(round: Round): RecordedRound {
  return {
    id: round.id,
    name: round.name,
    firstDay: round.window.firstDay,
    lastDay: round.window.lastDay,
    municipalities: round.municipalities.map((municipality) => municipality.name),
    retention: retentionOf(round),
  };
}

/** Newest intake first, as the rounds page lists them; the id settles rounds that opened the same day. */
function newestIntakeFirst(a: Round, b: Round): number {
  return b.window.firstDay.localeCompare(a.window.firstDay) || a.id.localeCompare(b.id);
}

/** A record's entries with its keys' own type: the declarations are keyed by the ids the record names. */
function entries<K extends string, V>(record: Record<K, V>): [K, V][] {
  return Object.entries(record) as [K, V][];
}
