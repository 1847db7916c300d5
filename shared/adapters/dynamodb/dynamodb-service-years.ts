import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { ServiceYearRepository } from '../../ports/service-years.ts';
import type { AuditEntry } from '../../schemas/audit.ts';
import { type ServiceYear, ServiceYearSchema } from '../../schemas/service-year.ts';
import { parseStoredItem, type RevisedItemTables, saveOverRevision } from './revised-item.ts';
import { keys } from './table-design.ts';

/**
 * Each round's year of services as one item of the one table, beside the round: a catalogue and a few dozen
 * providers are a few tens of KB, far under DynamoDB's 400 KB an item.
 */
export class DynamoDbServiceYearRepository implements ServiceYearRepository {
  readonly #tables: RevisedItemTables;

  constructor(client: DynamoDBDocumentClient, tableName: string, auditTableName: () => string) {
    this.#tables = { client, tableName, auditTableName };
  }

  /** Strongly consistent, so that prices and budgets just changed are the ones a new plan version is priced at. */
  async get(roundId: string): Promise<ServiceYear | undefined> {
    const { Item } = await this.#tables.client.send(
      new GetCommand({ TableName: this.#tables.tableName, Key: keys.serviceYear(roundId), ConsistentRead: true }),
    );
    return Item && parseStoredItem(ServiceYearSchema, Item, 'year of services');
  }

  async saveChange(
    serviceYear: ServiceYear,
    change: { isNew: boolean; audit: AuditEntry },
  ): Promise<ServiceYear | undefined> {
    return saveOverRevision(this.#tables, keys.serviceYear(serviceYear.roundId), serviceYear, change);
  }
}
