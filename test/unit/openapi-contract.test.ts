import { describe, expect, it } from 'vitest';
import { contractProblems, templateOf } from '../helpers/openapi-contract.ts';

/** The check every e2e answer goes through: it must tell a drift from an answer as documented. */
const refusal = JSON.stringify({ error: { code: 'ROUND_NOT_FOUND', message: { lv: 'Nav.', en: 'None.' } } });
const json = 'application/json; charset=utf-8';

describe('holding an answer to the OpenAPI document', () => {
  it('finds the operation of a request path, literal segments before parameters, the query left out', () => {
    expect(templateOf('/staff/rounds/demo/selection-runs/latest')).toBe(
      '/staff/rounds/{roundId}/selection-runs/latest',
    );
    expect(templateOf('/staff/rounds/demo/export?sensitive=true')).toBe('/staff/rounds/{roundId}/export');
    expect(templateOf('/nothing/here')).toBeUndefined();
  });

  it('passes a documented refusal with the error body', () => {
    const answer = { method: 'GET', path: '/rounds/nope', status: 404, contentType: json, body: refusal };
    expect(contractProblems(answer)).toEqual([]);
  });

  it('flags a status the operation does not list', () => {
    const answer = { method: 'GET', path: '/rounds', status: 409, contentType: json, body: refusal };
    expect(contractProblems(answer)).toEqual([expect.stringContaining('answered 409')]);
  });

  it('flags a body that does not fit the documented schema', () => {
    const answer = { method: 'GET', path: '/rounds', status: 200, contentType: json, body: '{"rounds":[{"id":1}]}' };
    expect(contractProblems(answer)).toEqual([expect.stringContaining('does not fit')]);
  });

  it('flags a content type the status does not list', () => {
    const answer = { method: 'GET', path: '/rounds', status: 200, contentType: 'text/csv', body: 'a,b' };
    expect(contractProblems(answer)).toEqual([expect.stringContaining('text/csv')]);
  });

  it('takes a CSV export as documented', () => {
    const answer = {
      method: 'GET',
      path: '/staff/rounds/demo/export',
      status: 200,
      contentType: 'text/csv; charset=utf-8',
      body: 'reference\r\nKDMA-4729\r\n',
    };
    expect(contractProblems(answer)).toEqual([]);
  });
});
