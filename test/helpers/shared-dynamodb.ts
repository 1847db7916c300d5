import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from '../../infra/local/stand-ins.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The DynamoDB Local of this run, shared by every file: each names its own tables there. */
    dynamodbEndpoint: string;
  }
}

/**
 * One DynamoDB Local for a whole test project, rather than one per file: its JVM costs seconds of CPU to start and
 * serves its first thousands of requests slowly until the JIT has warmed up.
 */
export default async function startSharedDynamoDb(project: TestProject): Promise<() => void> {
  const dynamodb = await startDynamoDbLocal(0);
  project.provide('dynamodbEndpoint', dynamodb.endpoint);
  return () => dynamodb.stop();
}
