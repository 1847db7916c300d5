import { NodeKeyring } from '../../shared/adapters/crypto/node-keyring.ts';
import type { Ports } from '../../shared/ports/index.ts';
import type { EmailMessage, Mailer } from '../../shared/ports/mailer.ts';
import type { Round } from '../../shared/schemas/round.ts';
import { MemoryDocumentStore } from './memory-document-store.ts';
import { MemoryPersonalData } from './memory-personal-data.ts';
import { MemoryRetentionStore } from './memory-retention.ts';
import { type MemoryStorage, memoryStorage } from './memory-storage.ts';

/** Every port a use case may reach, in memory: what a unit test of a use case's rules runs on. */
export interface MemoryPorts extends Ports {
  applications: MemoryStorage['applications'];
  rounds: MemoryStorage['rounds'];
  audit: MemoryStorage['audit'];
  selectionRuns: MemoryStorage['selectionRuns'];
  notifications: MemoryStorage['notifications'];
  serviceYears: MemoryStorage['serviceYears'];
  supportPlans: MemoryStorage['supportPlans'];
  documents: MemoryDocumentStore;
  personalData: MemoryPersonalData;
  retention: MemoryRetentionStore;
  /** The documents' eraser is the document store itself, as one bucket holds them. */
  documentErasure: MemoryDocumentStore;
  /** Every e-mail sent, in order. */
  sent: EmailMessage[];
}

/**
 * The storage fakes (held to the DynamoDB adapters' contracts), a document store in memory, the real keyring
 * under a fixed test secret (pure computation), and a mailer that keeps what it sends. Staff tokens are
 * verified by the staff handler, never by a use case: asking this one is a test's mistake.
 */
export function memoryPorts(options: { rounds?: readonly Round[] } = {}): MemoryPorts {
  const storage = memoryStorage(options.rounds ? { rounds: options.rounds } : {});
  const sent: EmailMessage[] = [];
  const mailer: Mailer = { send: async (message) => void sent.push(structuredClone(message)) };
  const documents = new MemoryDocumentStore();
  return {
    applications: storage.applications,
    rounds: storage.rounds,
    audit: storage.audit,
    selectionRuns: storage.selectionRuns,
    notifications: storage.notifications,
    serviceYears: storage.serviceYears,
    supportPlans: storage.supportPlans,
    personalData: new MemoryPersonalData(storage),
    documents,
    retention: new MemoryRetentionStore(storage.applications, storage.supportPlans),
    documentErasure: documents,
    keyring: new NodeKeyring(new Uint8Array(32).fill(7)),
    mailer,
    sent,
    staffTokens: {
      verify: async () => {
        throw new Error('Use cases never verify tokens: the staff handler does');
      },
    },
    randomInt: (max) => Math.floor(Math.random() * max),
  };
}
