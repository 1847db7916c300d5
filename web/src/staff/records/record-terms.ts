import type { ProcessingRecordResponse } from '../api/types.ts';

type Term<K extends keyof ProcessingRecordResponse> = ProcessingRecordResponse[K] extends readonly (infer T)[]
  ? T
  : never;

/** The record's terms by the ids the categories name them with. */
export interface RecordTerms {
  legalBasis(id: string): Term<'legalBases'> | undefined;
  recipient(id: string): Term<'recipients'> | undefined;
  processor(id: string): Term<'processors'> | undefined;
  store(id: string): Term<'stores'> | undefined;
  retentionRule(id: string): Term<'retentionRules'> | undefined;
}

export function recordTerms(record: ProcessingRecordResponse): RecordTerms {
  const byId = <T extends { id: string }>(items: readonly T[]) => {
    const found = new Map(items.map((item) => [item.id, item]));
    return (id: string) => found.get(id);
  };
  return {
    legalBasis: byId(record.legalBases),
    recipient: byId(record.recipients),
    processor: byId(record.processors),
    store: byId(record.stores),
    retentionRule: byId(record.retentionRules),
  };
}
