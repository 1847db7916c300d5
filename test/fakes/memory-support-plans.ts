import type { SupportPlanKey, SupportPlanRepository } from '../../shared/ports/support-plans.ts';
import type { AuditEntry } from '../../shared/schemas/audit.ts';
import { type SupportPlan, SupportPlanSchema } from '../../shared/schemas/support-plan.ts';
import { MemoryAuditLog } from './memory-audit-log.ts';
import { MemoryRevisedItems } from './memory-revised-items.ts';

/**
 * Support plans keyed like the table's items (`<roundId>` then `<municipalityCode>#<reference>`), so they list in
 * the same order, with the conditions of `DynamoDbSupportPlanRepository`.
 */
export class MemorySupportPlanRepository implements SupportPlanRepository {
  readonly audit: MemoryAuditLog;
  readonly #plans: MemoryRevisedItems<SupportPlan>;

  constructor(options: { audit?: MemoryAuditLog } = {}) {
    this.audit = options.audit ?? new MemoryAuditLog();
    this.#plans = new MemoryRevisedItems(this.audit, (value) => SupportPlanSchema.parse(value));
  }

  async get(key: SupportPlanKey): Promise<SupportPlan | undefined> {
    return this.#plans.get(keyOf(key));
  }

  async list(roundId: string, municipalityCode?: string): Promise<SupportPlan[]> {
    const prefix =
      municipalityCode === undefined ? `${roundId}\n` : keyOf({ roundId, municipalityCode, reference: '' });
    return this.#plans.startingWith(prefix);
  }

  async save(plan: SupportPlan, change: { isNew: boolean; audit?: AuditEntry }): Promise<SupportPlan | undefined> {
    return this.#plans.save(keyOf(plan), plan, change);
  }
}

/** A round id holds no line break, so one round's keys never start with another's. */
function keyOf({ roundId, municipalityCode, reference }: SupportPlanKey): string {
  return `${roundId}\n${municipalityCode}#${reference}`;
}
