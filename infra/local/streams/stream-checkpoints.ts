import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** The last sequence number delivered, by consumer (handler name) and shard. */
type Checkpoints = Record<string, Record<string, string>>;

export interface StreamCheckpoints {
  lastDelivered(handler: string, shardId: string): string | undefined;
  save(handler: string, shardId: string, sequenceNumber: string): void;
}

/**
 * Each consumer's position in each shard of the stream. With a file they survive restarts, so a restart neither
 * re-sends nor skips; without one they live in memory.
 */
export function openCheckpoints(file: string | undefined, streamArn: string): StreamCheckpoints {
  const checkpoints = readCheckpoints(file, streamArn);
  return {
    lastDelivered: (handler, shardId) => checkpoints[handler]?.[shardId],
    save(handler, shardId, sequenceNumber) {
      checkpoints[handler] = { ...checkpoints[handler], [shardId]: sequenceNumber };
      if (file) writeFileSync(file, `${JSON.stringify({ streamArn, checkpoints }, null, 2)}\n`);
    },
  };
}

/** Positions saved for another stream (the table was created again) mean nothing for this one. */
function readCheckpoints(file: string | undefined, streamArn: string): Checkpoints {
  if (!file || !existsSync(file)) return {};
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { streamArn?: string; checkpoints?: Checkpoints };
    return saved.streamArn === streamArn && saved.checkpoints ? saved.checkpoints : {};
  } catch {
    return {};
  }
}
