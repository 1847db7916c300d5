import { appendFileSync, mkdirSync } from 'node:fs';
import { basename } from 'node:path';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { afterAll, expect } from 'vitest';
import { openApiDocument } from '../../shared/http/openapi.ts';
import { jsonSchemaValidator } from './json-schema-validator.ts';

/*
 * Holds every answer an HTTP test receives to the OpenAPI document: its status must be one the operation lists,
 * its content type one that status lists, and its body valid against that content's schema (JSON Schema 2020-12,
 * the dialect of OpenAPI 3.1). A client generated from the document then understands every answer the API gives.
 */

/** One answer as it came over the wire. */
export interface ReceivedAnswer {
  method: string;
  /** As requested: the query string and percent-escapes may still be in it. */
  path: string;
  status: number;
  contentType: string;
  body: string;
}

interface MediaType {
  schema?: object;
}
interface Operation {
  responses: Record<string, { content?: Record<string, MediaType> }>;
}
type Document = { paths: Record<string, Record<string, Operation>> };

const document = openApiDocument() as Document;

/** Templates with the most literal segments first, so `/selection-runs/latest` wins over `/{roundId}`-style ones. */
const templates = Object.keys(document.paths)
  .map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
    literal: template.split('/').filter((segment) => !segment.startsWith('{')).length,
  }))
  .sort((a, b) => b.literal - a.literal);

/** The path template of the document a request path falls under, if any. */
export function templateOf(path: string): string | undefined {
  const pathOnly = path.split('?')[0] ?? '';
  return templates.find(({ pattern }) => pattern.test(pathOnly))?.template;
}

const validators = new Map<object, ValidateFunction>();
function validatorOf(schema: object): ValidateFunction {
  let validate = validators.get(schema);
  if (!validate) {
    validate = jsonSchemaValidator.compile(schema);
    validators.set(schema, validate);
  }
  return validate;
}

/**
 * What is wrong with an answer by the document; empty when it is exactly as documented. `template` names the
 * operation when the caller knows which route it aimed at (an odd path may fall under no template at all).
 */
export function contractProblems(answer: ReceivedAnswer, template = templateOf(answer.path)): string[] {
  const name = `${answer.method} ${template ?? answer.path}`;
  const operation = template ? document.paths[template]?.[answer.method.toLowerCase()] : undefined;
  if (!operation) return [`${name}: no such operation in the document`];
  const response = operation.responses[String(answer.status)];
  if (!response) {
    const listed = Object.keys(operation.responses).join(', ');
    return [`${name}: answered ${answer.status}, which the document does not list (${listed})`];
  }
  const content = response.content ?? {};
  const mediaType = answer.contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (Object.keys(content).length === 0) {
    return answer.body === '' ? [] : [`${name}: ${answer.status} has a body, but the document describes none`];
  }
  const described = content[mediaType];
  if (!described) {
    const listed = Object.keys(content).join(', ');
    return [`${name}: ${answer.status} came as "${answer.contentType}", the document lists ${listed}`];
  }
  if (!described.schema) return [];
  let body: unknown = answer.body;
  if (mediaType === 'application/json') {
    try {
      body = JSON.parse(answer.body);
    } catch {
      return [`${name}: ${answer.status} is said to be JSON but is not: ${answer.body.slice(0, 120)}`];
    }
  }
  const validate = validatorOf(described.schema);
  if (validate(body)) return [];
  const errors = (validate.errors ?? []).slice(0, 5).map((error) => `${error.instancePath || '/'} ${error.message}`);
  return [`${name}: the ${answer.status} body does not fit the document: ${errors.join('; ')}`];
}

/** Answers checked in this test file, and the drifts among them. */
export const contractTally = { validated: 0, drifts: 0 };

/** Checks one answer against the document and counts it; returns what is wrong with it. */
export function checkAnswer(answer: ReceivedAnswer, template?: string): string[] {
  const problems = template ? contractProblems(answer, template) : contractProblems(answer);
  contractTally.validated += 1;
  if (problems.length > 0) contractTally.drifts += 1;
  return problems;
}

/** Checks one answer and fails the test that received it when the answer is not as the document describes. */
export function expectDocumented(answer: ReceivedAnswer): void {
  const problems = checkAnswer(answer);
  if (problems.length > 0) throw new Error(`The answer differs from the OpenAPI document:\n${problems.join('\n')}`);
}

/** The same, for an answer as fetch received it, with its body already read as text. */
export function expectResponseDocumented(method: string, path: string, response: Response, body: string): void {
  expectDocumented({
    method,
    path,
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    body,
  });
}

// Registered once per test file that imports this module: the file's tally goes to the log and to
// test-results/openapi-contract.txt, and a drift a test swallowed still fails the file.
afterAll(() => {
  if (contractTally.validated === 0) return;
  const file = basename(expect.getState().testPath ?? 'unknown');
  const line = `${file}: ${contractTally.validated} answers validated against the OpenAPI document, ${contractTally.drifts} drifts`;
  console.log(line);
  mkdirSync('test-results', { recursive: true });
  appendFileSync('test-results/openapi-contract.txt', `${line}\n`);
  expect(contractTally.drifts, 'answers that differ from the OpenAPI document').toBe(0);
});
