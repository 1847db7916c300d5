import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { scanAll } from '../../shared/adapters/dynamodb/all-pages.ts';
import type { AuditEntry } from '../../shared/schemas/audit.ts';
import { expectResponseDocumented } from './openapi-contract.ts';

export interface StaffAnswer<T = Record<string, unknown>> {
  status: number;
  body: T;
  /** The gateway's request id: the id of the request's audit entry. */
  requestId: string;
  headers: Headers;
}

/** Every staff request a test made, so the audit log can be checked against it. */
export type StaffRequestLog = { requestId: string; status: number }[];

/**
 * A staff API client: `token` is sent as `Authorization: Bearer …` (or nothing, when undefined). Each request is
 * recorded in `log`, and every answer is held to the OpenAPI document: one that differs from it fails the test that
 * received it.
 */
export function staffClient(apiUrl: string, log: StaffRequestLog) {
  async function call<T = Record<string, unknown>>(
    token: string | undefined,
    method: string,
    path: string,
    init: { body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<StaffAnswer<T>> {
    const response = await fetch(`${apiUrl}${path}`, {
      method,
      headers: {
        ...(token && { authorization: `Bearer ${token}` }),
        ...(init.body !== undefined && { 'content-type': 'application/json' }),
        ...init.headers,
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const text = await response.text();
    const requestId = response.headers.get('apigw-requestid') ?? '';
    log.push({ requestId, status: response.status });
    expectResponseDocumented(method, path, response, text);
    const isJson = response.headers.get('content-type')?.startsWith('application/json');
    return {
      status: response.status,
      body: (isJson && text ? JSON.parse(text) : text) as T,
      requestId,
      headers: response.headers,
    };
  }
  return { call };
}

/** Reads the audit table directly, as an auditor with database access would. */
export function auditProbe(system: { endpoints: { dynamodb: string }; env: Record<string, string | undefined> }) {
  const dynamo = DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint: system.endpoints.dynamodb,
      region: 'eu-north-1',
      credentials: {
        accessKeyId: system.env.AWS_ACCESS_KEY_ID as string,
        secretAccessKey: system.env.AWS_SECRET_ACCESS_KEY as string,
      },
    }),
  );
  return {
    async entries(): Promise<AuditEntry[]> {
      const items = await scanAll(dynamo, { TableName: system.env.AUDIT_TABLE_NAME as string, ConsistentRead: true });
      return items as AuditEntry[];
    },
  };
}
