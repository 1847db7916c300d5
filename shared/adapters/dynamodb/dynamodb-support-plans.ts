import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { SupportPlanKey, SupportPlanRepository } from '../../ports/support-plans.ts';
import type { AuditEntry } from '../../schemas/audit.ts';
import { type SupportPlan, SupportPlanSchema } from '../../schemas/support-plan.ts';
import { queryAll } from './all-pages.ts';
import { parseStoredItem, type RevisedItemTables, saveOverRevision } from './revised-item.ts';
import { keys } from './table-design.ts';

/**
 * Each participant's plan as one item, with every version and month record in it, so a change is one conditional
 * write that can never drop what another change added. A usual version is a KB or two and a month's record a few
 * hundred bytes, so a year of records and dozens of versions stay far under DynamoDB's 400 KB an item; a plan
 * written to the limits of its schema (about 30 KB a version) would reach it after a dozen versions.
 */
export class DynamoDbSupportPlanRepository implements SupportPlanRepository {
  readonly #tables: RevisedItemTables;

  constructor(client: DynamoDBDocumentClient, tableName: string, auditTableName: () => string) {
    this.#tables = { client, tableName, auditTableName };
  }

  async get({ roundId, municipalityCode, reference }: SupportPlanKey): Promise<SupportPlan | undefined> {
    const { Item } = await this.#tables.client.send(
      new GetCommand({
        TableName: this.#tables.tableName,
        Key: keys.supportPlan(roundId, municipalityCode, reference),
        ConsistentRead: true,
      }),
    );
    return Item && parseStoredItem(SupportPlanSchema, Item, 'support plan');
  }

  /** One Query of the round's partition, narrowed to the municipality's sort keys when one is asked for. */
  async list(roundId: string, municipalityCode?: string): Promise<SupportPlan[]> {
    const { pk, sk: prefix } = keys.supportPlan(roundId, municipalityCode ?? '', '');
    const items = await queryAll(this.#tables.client, {
      TableName: this.#tables.tableName,
      KeyConditionExpression: municipalityCode === undefined ? 'pk = :pk' : 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ...(municipalityCode !== undefined && { ':prefix': prefix }) },
      ConsistentRead: true,
    });
    return items.map((item) => parseStoredItem(SupportPlanSchema, item, 'support plan'));
  }

  async save(plan: SupportPlan, change: { isNew: boolean; audit?: AuditEntry }): Promise<SupportPlan | undefined> {
    return saveOverRevision(
      this.#tables,
      keys.supportPlan(plan.roundId, plan.municipalityCode, plan.reference),
      plan,
      change,
    );
  }
}
