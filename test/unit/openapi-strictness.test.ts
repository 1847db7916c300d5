import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../shared/http/openapi.ts';
import { jsonSchemaValidator } from '../helpers/json-schema-validator.ts';

type Schema = Record<string, unknown> & { properties?: Record<string, Schema> };
interface Parameter {
  name: string;
  in: string;
  schema: Schema;
}
interface Response {
  headers?: Record<string, unknown>;
  content?: Record<string, { schema: Schema }>;
}
interface Operation {
  parameters: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, Response>;
}
const document = openApiDocument() as { paths: Record<string, Record<string, Operation>> };
const operation = (method: string, path: string) => document.paths[path]?.[method] as Operation;
const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, described]) => ({ name: `${method.toUpperCase()} ${path}`, described })),
);
const parameter = (method: string, path: string, name: string) =>
  operation(method, path).parameters.find((described) => described.name === name)?.schema as Schema;
const bodyOf = (method: string, path: string) =>
  operation(method, path).requestBody?.content['application/json']?.schema as Schema;

/** Whether a value fits a schema of the document, by a JSON Schema 2020-12 validator. */
const fits = (schema: Schema, value: unknown) => jsonSchemaValidator.validate(schema, value);

describe('OpenAPI document: inputs the server tidies before checking', () => {
  it('describes the {reference} path parameter by a pattern of either case, with spaces around it', () => {
    const schema = parameter('get', '/applications/{reference}', 'reference');
    expect(schema.pattern).toEqual(expect.any(String));
    expect(fits(schema, ' kdma-4729 ')).toBe(true);
    expect(fits(schema, 'KDMA 4729')).toBe(false);
  });

  it('describes the x-access-code and Idempotency-Key headers by patterns', () => {
    const accessCode = parameter('get', '/applications/{reference}', 'x-access-code');
    expect(fits(accessCode, 'abcde-23456')).toBe(true);
    expect(fits(accessCode, 'abcde23456')).toBe(false);
    const key = parameter('post', '/rounds/{roundId}/applications', 'idempotency-key');
    expect(key).not.toHaveProperty('minLength');
    expect(fits(key, ' 12345678 ')).toBe(true);
    expect(fits(key, ' '.repeat(8))).toBe(false);
  });

  it('describes the standing application of a duplicate resolution by the reference pattern', () => {
    const standing = bodyOf('put', '/staff/applications/{reference}/duplicate-resolution').properties?.standing;
    expect(fits(standing as Schema, 'kdma-4729')).toBe(true);
    expect(fits(standing as Schema, 'Anna')).toBe(false);
  });

  it('describes a trimmed text sent by the length it has once trimmed, and the answer by its stored lengths', () => {
    const firstName = bodyOf('post', '/rounds/{roundId}/applications').properties?.person?.properties?.firstName;
    expect(firstName).not.toHaveProperty('maxLength');
    expect(fits(firstName as Schema, '   ')).toBe(false);
    expect(fits(firstName as Schema, ` ${'x'.repeat(100)} `)).toBe(true);
    const answered = operation('get', '/staff/applications/{reference}').responses['200']?.content?.['application/json']
      ?.schema.properties?.application?.properties?.person?.properties?.firstName;
    expect(answered).toMatchObject({ minLength: 1, maxLength: 100 });
  });
});

describe('OpenAPI document: answers as sent', () => {
  it.each(operations)('$name lists the gateway limits 413 and 431 with the API error body', ({ described }) => {
    for (const status of ['413', '431']) {
      const schema = described.responses[status]?.content?.['application/json']?.schema;
      expect(fits(schema as Schema, { error: { code: 'REQUEST_TOO_LARGE', message: { lv: 'x', en: 'x' } } })).toBe(
        true,
      );
    }
  });

  it('describes the export as a CSV file only, with the name to save it under', () => {
    const answer = operation('get', '/staff/rounds/{roundId}/export').responses['200'] as Response;
    expect(Object.keys(answer.content ?? {})).toEqual(['text/csv']);
    expect(answer.headers).toHaveProperty('Content-Disposition');
  });

  it('describes the protocol as JSON or CSV', () => {
    const answer = operation('get', '/staff/rounds/{roundId}/protocol').responses['200'] as Response;
    expect(Object.keys(answer.content ?? {}).sort()).toEqual(['application/json', 'text/csv']);
  });
});
