import { afterEach, describe, expect, it, vi } from 'vitest';
import { logger } from '../../shared/logging/logger.ts';

/** Everything that identifies the made-up applicant, as it could reach a log line by mistake. */
const secrets = [
  'Anna',
  'Bērziņa',
  'Jānis',
  'Kalniņš',
  '161175-19997',
  '16117519997',
  '321234-56789',
  '1975-11-16',
  'anna@example.lv',
  'janis.kalnins@example.com',
  '+371 2123 4567',
  '21234567',
  '6712 3456',
  '003712765432',
  'ABCDE-23456',
  'eyJhbGciOiJSUzI1NiJ9',
  'Diagnosis F20',
  'Your residence is declared in Riga',
];

const application = {
  reference: 'KDMA-4729',
  person: {
    firstName: 'Anna',
    lastName: 'Bērziņa',
    personalCode: '161175-19997',
    dateOfBirth: '1975-11-16',
    disabilityGroup: 2,
    mentalDisorderConfirmed: true,
  },
  contact: { email: 'anna@example.lv', phone: '+371 2123 4567', language: 'lv' },
  representative: { firstName: 'Jānis', lastName: 'Kalniņš', email: 'janis.kalnins@example.com' },
};

/** A log call that gets everything wrong: personal data under its own keys, under odd keys, and inside text. */
function logEverythingByMistake(): void {
  logger.error('everything-by-mistake', {
    requestId: 'c0a8f2de-5f1b-4c3e-9d2a-0b7e6f5a4c3d',
    sequenceNumber: '4421584500000000017450439091',
    // DynamoDB Local's sequence numbers are zero-padded: the leading 00 is not a phone number's international prefix.
    localSequenceNumber: '000000000000000006552',
    application,
    FirstName: 'Anna',
    personal_code: '16117519997',
    DisabilityGroup: 2,
    accessCode: 'ABCDE-23456',
    note: 'Diagnosis F20',
    eligibility: { decision: 'not-eligible', messageForPerson: 'Your residence is declared in Riga' },
    request: {
      headers: { authorization: 'Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln', 'x-access-code': 'ABCDE-23456' },
      body: JSON.stringify(application),
    },
    details: 'called 21234567 and 6712 3456, then 003712765432; new code 321234-56789, code ABCDE-23456',
    error: new Error('Could not send to anna@example.lv (161175-19997), token eyJhbGciOiJSUzI1NiJ9.eyJ4IjoxfQ.c2ln'),
  });
}

function captured(spies: ReadonlyArray<{ mock: { calls: unknown[][] } }>): string {
  return spies.flatMap((spy) => spy.mock.calls.map(([line]) => String(line))).join('\n');
}

describe('log lines never hold personal data', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    delete (globalThis as { awslambda?: unknown }).awslambda;
  });

  it('withholds names, personal codes, e-mails, phones, health data, access codes and tokens from a local line', () => {
    const spies = (['log', 'warn', 'error', 'debug'] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation(() => {}),
    );
    logEverythingByMistake();
    const output = captured(spies);

    expect(output).toContain('everything-by-mistake');
    for (const secret of secrets) expect(output).not.toContain(secret);
    const line = JSON.parse(output);
    expect(line).toMatchObject({
      application: { reference: 'KDMA-4729', person: '[redacted]', contact: '[redacted]' },
      DisabilityGroup: '[redacted]',
      request: { headers: '[redacted]', body: '[redacted]' },
    });
  });

  it('withholds the same from a line written for CloudWatch inside Lambda', () => {
    // The Lambda runtime's global: the logger then writes Powertools' own JSON lines straight to stderr (errors).
    (globalThis as { awslambda?: unknown }).awslambda = { streamifyResponse: () => undefined };
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    logEverythingByMistake();
    const output = captured([spy]);

    expect(JSON.parse(output)).toMatchObject({ level: 'ERROR', message: 'everything-by-mistake' });
    for (const secret of secrets) expect(output).not.toContain(secret);
  });

  it('keeps what an operator needs: ids, sequence numbers, error names and the rest of a message', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    logEverythingByMistake();
    const output = captured([spy]);

    expect(output).toContain('c0a8f2de-5f1b-4c3e-9d2a-0b7e6f5a4c3d');
    expect(output).toContain('4421584500000000017450439091');
    expect(output).toContain('000000000000000006552');
    expect(output).toContain('KDMA-4729');
    expect(JSON.parse(output).error).toMatchObject({
      name: 'Error',
      message: 'Could not send to [e-mail] ([personal code]), token [token]',
    });
  });
});
