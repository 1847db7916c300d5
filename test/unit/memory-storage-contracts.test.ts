import { beforeEach } from 'vitest';
import { storageContracts } from '../fakes/contracts/storage-contracts.ts';
import { type MemoryStorage, memoryStorage } from '../fakes/memory-storage.ts';

/**
 * The in-memory fakes keep the same promises as the DynamoDB adapters (`test/integration/dynamodb-storage-contracts.test.ts`),
 * the queue following changes only when told, as the table's does only when the stream's consumer tells it.
 */
let storage: MemoryStorage;
beforeEach(() => {
  storage = memoryStorage({ followsAtOnce: false });
});

storageContracts(() => storage);
