import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../shared/http/openapi.ts';

type Responses = Record<string, { headers?: Record<string, unknown> }>;
const document = openApiDocument() as { paths: Record<string, Record<string, { responses: Responses }>> };
const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, operation })),
);

describe('OpenAPI document: a data store too busy', () => {
  it.each(operations.filter(({ name }) => name !== 'GET /openapi.json'))(
    '$name lists 503 with its Retry-After header',
    ({ operation }) => {
      expect(operation.responses['503']?.headers).toHaveProperty('Retry-After');
    },
  );
});
