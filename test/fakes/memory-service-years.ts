import type { ServiceYearRepository } from '../../shared/ports/service-years.ts';
import type { AuditEntry } from '../../shared/schemas/audit.ts';
import { type ServiceYear, ServiceYearSchema } from '../../shared/schemas/service-year.ts';
import { MemoryAuditLog } from './memory-audit-log.ts';
import { MemoryRevisedItems } from './memory-revised-items.ts';

/** Years of services by round id, with the conditions of `DynamoDbServiceYearRepository`. */
export class MemoryServiceYearRepository implements ServiceYearRepository {
  readonly audit: MemoryAuditLog;
  readonly #years: MemoryRevisedItems<ServiceYear>;

  constructor(options: { audit?: MemoryAuditLog } = {}) {
    this.audit = options.audit ?? new MemoryAuditLog();
    this.#years = new MemoryRevisedItems(this.audit, (value) => ServiceYearSchema.parse(value));
  }

  async get(roundId: string): Promise<ServiceYear | undefined> {
    return this.#years.get(roundId);
  }

  async saveChange(
    serviceYear: ServiceYear,
    change: { isNew: boolean; audit: AuditEntry },
  ): Promise<ServiceYear | undefined> {
    return this.#years.save(serviceYear.roundId, serviceYear, change);
  }
}
