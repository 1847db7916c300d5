import { randomUUID } from 'node:crypto';
import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '../shared/adapters/dynamodb/table-design.ts';
import type { Ports } from '../shared/ports/index.ts';
import type { AuditAction } from '../shared/schemas/audit.ts';
import type { StaffIdentity } from '../shared/schemas/staff-identity.ts';
import { publishSelection } from '../shared/use-cases/selection/publish-selection.ts';
import { runSelection } from '../shared/use-cases/selection/run-selection.ts';
import type { StaffContext } from '../shared/use-cases/staff/staff-context.ts';
import { staffPorts } from '../shared/use-cases/staff/staff-ports.ts';
import { itemSizeBytes } from './item-size.ts';

const ADMINISTRATOR: StaffIdentity = {
  role: 'administrator',
  subject: 'sub-bench-admin',
  username: 'bench-admin',
  displayName: 'Administrators',
};

export interface StepFigures {
  ms: number;
  readUnits: number;
  error?: string;
}

export interface SelectionFigures {
  selection: StepFigures & { runId?: string; largestItemBytes?: number; writeUnits?: number };
  publication: StepFigures | { skipped: string };
}

/**
 * Runs the selection of the round and publishes it, as an administrator does, with the use cases as they are. A
 * step that fails (a DynamoDB or Lambda limit) is reported with its error, and what depends on it is skipped.
 */
export async function runAndPublish(
  ports: Ports,
  table: { client: DynamoDBDocumentClient; tableName: string },
  reads: { take(): number },
  roundId: string,
): Promise<SelectionFigures> {
  const admin = staffPorts(ports, ADMINISTRATOR);
  const request = (action: AuditAction): StaffContext => ({
    identity: ADMINISTRATOR,
    action,
    requestId: randomUUID(),
    at: new Date(),
  });
  const ran = await step(reads, () => runSelection(admin, request('selection.run'), roundId));
  if (!ran.result) return { selection: ran.figures, publication: { skipped: 'the selection did not run' } };
  const runId = ran.result.answer.run.runId;
  const written = await runItemSizes(table, roundId, runId);
  const published = await step(reads, () => publishSelection(admin, request('selection.publish'), { roundId, runId }));
  return {
    selection: {
      ...ran.figures,
      runId,
      largestItemBytes: Math.max(...written),
      // One transaction: 2 units per started KB of each item.
      writeUnits: written.reduce((sum, bytes) => sum + 2 * Math.ceil(bytes / 1024), 0),
    },
    publication: published.figures,
  };
}

async function step<T>(
  reads: { take(): number },
  run: () => Promise<T>,
): Promise<{ figures: StepFigures; result?: T }> {
  reads.take();
  const started = performance.now();
  try {
    const result = await run();
    return { figures: { ms: Math.round(performance.now() - started), readUnits: reads.take() }, result };
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { figures: { ms: Math.round(performance.now() - started), readUnits: reads.take(), error: message } };
  }
}

/** The sizes of the items the run stored: its header, the pointer to it, and its slices of rows. */
async function runItemSizes(
  { client, tableName }: { client: DynamoDBDocumentClient; tableName: string },
  roundId: string,
  runId: string,
): Promise<number[]> {
  const partitions = [keys.run(roundId, runId).pk, keys.runRows(roundId, runId, '').pk];
  const sizes: number[] = [];
  for (const pk of partitions) {
    const { Items = [] } = await client.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': pk },
      }),
    );
    sizes.push(...Items.map(itemSizeBytes));
  }
  return sizes;
}
