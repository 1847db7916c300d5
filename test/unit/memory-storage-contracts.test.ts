import { beforeEach } from 'vitest';
import { storageContracts } from '../fakes/contracts/storage-contracts.ts';
import { type MemoryStorage, memoryStorage } from '../fakes/memory-storage.ts';

/** The in-memory fakes keep the same promises as the DynamoDB adapters (`test/integration/dynamodb-storage-contracts.test.ts`). */
let storage: MemoryStorage;
beforeEach(() => {
  storage = memoryStorage();
});

storageContracts(() => storage);
