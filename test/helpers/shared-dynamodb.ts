import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from '../../infra/local/stand-ins.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The DynamoDB Local of this run, shared by every file: each names its own tables there. */
    dynamodbEndpoint: string;
  }
}

/**
 * The JVMs of a run stop at the quick first tier of the JIT: its optimizing tier spent more CPU compiling than it
 * saved in a test run's minutes (measured on the route fuzzing: DynamoDB Local used 11–12 s of CPU against 21–22 s,
 * for the same requests). Set for the whole run, so the DynamoDB Local of a system a test starts on kept data
 * gets it too; it changes how fast Java runs, not what it does.
 */
const QUICK_JIT = '-XX:TieredStopAtLevel=1';

/** Held on `globalThis`: each project loads this module on its own, and they share one DynamoDB Local. */
const run = globalThis as { sharedDynamoDb?: { started: Promise<{ endpoint: string; stop(): void }>; users: number } };

/**
 * One DynamoDB Local for the whole run, shared by the projects that list this global setup, rather than one per
 * file or per project: its JVM costs seconds of CPU to start and serves its first thousands of requests slowly until
 * the JIT has warmed up. Stopped when the last project that uses it is torn down.
 */
export default async function startSharedDynamoDb(project: TestProject): Promise<() => Promise<void>> {
  if (!run.sharedDynamoDb) {
    const javaOptions = process.env.JDK_JAVA_OPTIONS;
    if (!javaOptions?.includes('TieredStopAtLevel')) {
      process.env.JDK_JAVA_OPTIONS = javaOptions ? `${javaOptions} ${QUICK_JIT}` : QUICK_JIT;
    }
    run.sharedDynamoDb = { started: startDynamoDbLocal(0), users: 0 };
  }
  const shared = run.sharedDynamoDb;
  shared.users += 1;
  project.provide('dynamodbEndpoint', (await shared.started).endpoint);
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    run.sharedDynamoDb = undefined;
    (await shared.started).stop();
  };
}
