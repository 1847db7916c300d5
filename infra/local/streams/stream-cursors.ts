import {
  type DynamoDBStreamsClient,
  GetShardIteratorCommand,
  TrimmedDataAccessException,
} from '@aws-sdk/client-dynamodb-streams';

const FIRST_RETRY_MS = 500;
const LONGEST_RETRY_MS = 10_000;

type Position =
  | { type: 'TRIM_HORIZON' }
  | { type: 'AFTER_SEQUENCE_NUMBER' | 'AT_SEQUENCE_NUMBER'; sequenceNumber: string };

/** Where one consumer is in one shard. */
export interface ShardCursor {
  position: Position;
  iterator?: string;
  /** Closed and read to its end. */
  done: boolean;
  failures: number;
  retryAt: number;
}

/**
 * A shard without a checkpoint is read from the trim horizon, so changes written while the host was down are
 * delivered too.
 */
export function newCursor(checkpoint: string | undefined): ShardCursor {
  const position: Position = checkpoint
    ? { type: 'AFTER_SEQUENCE_NUMBER', sequenceNumber: checkpoint }
    : { type: 'TRIM_HORIZON' };
  return { position, done: false, failures: 0, retryAt: 0 };
}

/** A shard with no next iterator is closed and has been read to its end. */
export function moveTo(cursor: ShardCursor, nextIterator: string | undefined): void {
  cursor.iterator = nextIterator;
  if (!nextIterator) cursor.done = true;
}

/** The whole batch is done: the next read starts after its last record, and any back-off is over. */
export function markDelivered(cursor: ShardCursor, lastSequenceNumber: string, nextIterator: string | undefined): void {
  cursor.position = { type: 'AFTER_SEQUENCE_NUMBER', sequenceNumber: lastSequenceNumber };
  moveTo(cursor, nextIterator);
  cursor.failures = 0;
}

/** A record failed: it is read again, from a new iterator, after a back-off that doubles with every failure. */
export function retryFrom(cursor: ShardCursor, sequenceNumber: string): void {
  cursor.position = { type: 'AT_SEQUENCE_NUMBER', sequenceNumber };
  cursor.iterator = undefined;
  cursor.failures += 1;
  cursor.retryAt = Date.now() + Math.min(FIRST_RETRY_MS * 2 ** (cursor.failures - 1), LONGEST_RETRY_MS);
}

/** An iterator that reads the shard from the cursor's position. */
export async function shardIterator(
  streams: DynamoDBStreamsClient,
  streamArn: string,
  shardId: string,
  cursor: ShardCursor,
): Promise<string | undefined> {
  const { position } = cursor;
  try {
    const answer = await streams.send(
      new GetShardIteratorCommand({
        StreamArn: streamArn,
        ShardId: shardId,
        ShardIteratorType: position.type,
        ...(position.type !== 'TRIM_HORIZON' && { SequenceNumber: position.sequenceNumber }),
      }),
    );
    return answer.ShardIterator;
  } catch (error) {
    // Past the stream's retention the position is gone; the oldest record still kept is the next one.
    if (!(error instanceof TrimmedDataAccessException) || position.type === 'TRIM_HORIZON') throw error;
    cursor.position = { type: 'TRIM_HORIZON' };
    return shardIterator(streams, streamArn, shardId, cursor);
  }
}
