import type { Context, SNSEvent } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeHandler } from '../../functions/record-mail-events.ts';
import type { Ports } from '../../shared/ports/index.ts';
import type { Application } from '../../shared/schemas/application.ts';
import { recordDeliveryProblem } from '../../shared/use-cases/record-delivery-problem.ts';
import { guardian, submittedApplication } from '../fixtures/applications.ts';

/** An application repository in a Map, with the revision guard of the real one; writes can be made to race. */
const fake = {
  stored: new Map<string, Application>(),
  saves: 0,
  /** Before each of the next this-many saves, someone else changes the application. */
  races: 0,
  failReads: false,
};

function fakeApplications(): Pick<Ports, 'applications'> {
  return {
    applications: {
      get: async (reference: string) => {
        if (fake.failReads) throw Object.assign(new Error('table unavailable'), { name: 'ServiceUnavailable' });
        return fake.stored.get(reference);
      },
      saveDeliveryProblems: async (application: Application) => {
        const current = fake.stored.get(application.reference);
        if (current && fake.races > 0) {
          fake.races -= 1;
          fake.stored.set(application.reference, { ...current, revision: (current.revision ?? 0) + 1 });
        }
        const now = fake.stored.get(application.reference);
        if (!now || (now.revision ?? 0) !== (application.revision ?? 0)) return 'changed';
        fake.saves += 1;
        fake.stored.set(application.reference, {
          ...now,
          deliveryProblems: application.deliveryProblems,
          revision: (now.revision ?? 0) + 1,
        });
        return 'saved';
      },
    },
  } as unknown as Pick<Ports, 'applications'>;
}

const handler = makeHandler(async () => fakeApplications());

const application: Application = submittedApplication({ representative: guardian });

function sesEvent(kind: 'Bounce' | 'Complaint', address: string, feedbackId: string, reference = 'KDMA-4729') {
  const recipients = [{ emailAddress: address }];
  const at = '2019-08-12T07:15:02.669Z';
  return {
    eventType: kind,
    ...(kind === 'Bounce'
      ? { bounce: { bounceType: 'Permanent', bouncedRecipients: recipients, timestamp: at, feedbackId } }
      : { complaint: { complainedRecipients: recipients, timestamp: at, feedbackId } }),
    mail: { messageId: `m-${feedbackId}`, destination: [address], tags: { reference: [reference] } },
  };
}

function snsEvent(...messages: unknown[]): SNSEvent {
  return {
    Records: messages.map((message, n) => ({
      EventSource: 'aws:sns',
      EventVersion: '1.0',
      EventSubscriptionArn: 'arn:aws:sns:eu-north-1:000000000000:mail-events:s',
      Sns: {
        Type: 'Notification',
        MessageId: `notification-${n}`,
        TopicArn: 'arn:aws:sns:eu-north-1:000000000000:mail-events',
        Message: typeof message === 'string' ? message : JSON.stringify(message),
        Timestamp: '2019-08-12T07:15:03.000Z',
        SignatureVersion: '1',
        Signature: '',
        SigningCertUrl: '',
        UnsubscribeUrl: '',
        MessageAttributes: {},
      },
    })),
  };
}

const context = {} as Context;
let logged: string[] = [];

beforeEach(() => {
  fake.stored.clear();
  fake.stored.set(application.reference, application);
  fake.saves = 0;
  fake.races = 0;
  fake.failReads = false;
  logged = [];
  const keep = (line: unknown) => void logged.push(String(line));
  vi.spyOn(console, 'log').mockImplementation(keep);
  vi.spyOn(console, 'error').mockImplementation(keep);
});
afterEach(() => vi.restoreAllMocks());

const stored = () => fake.stored.get(application.reference);

describe('recording a delivery problem', () => {
  it('works it out again when a staff change got in between', async () => {
    fake.races = 2;
    const outcome = await recordDeliveryProblem(fakeApplications(), {
      reference: 'KDMA-4729',
      kind: 'bounce',
      bounceType: 'permanent',
      at: '2019-08-12T07:15:02.669Z',
      feedbackId: 'f-1',
      addresses: ['anna@example.lv'],
    });
    expect(outcome).toBe('recorded');
    expect(stored()?.deliveryProblems).toHaveLength(1);
    expect(stored()?.revision).toBe(3);
  });

  it('answers unknown-reference for an application that does not exist', async () => {
    const report = { kind: 'complaint' as const, at: '2019-08-12T07:15:02.669Z', feedbackId: 'f', addresses: [] };
    expect(await recordDeliveryProblem(fakeApplications(), { ...report, reference: 'ZZZZ-2222' })).toBe(
      'unknown-reference',
    );
  });
});

describe('the mail event consumer', () => {
  it('records a bounce of the representative’s address and a complaint of the person’s', async () => {
    await handler(
      snsEvent(sesEvent('Bounce', 'janis@example.lv', 'f-1'), sesEvent('Complaint', 'ANNA@example.lv', 'f-2')),
      context,
    );
    expect(stored()?.deliveryProblems).toEqual([
      {
        kind: 'bounce',
        bounceType: 'permanent',
        at: '2019-08-12T07:15:02.669Z',
        recipient: 'representative',
        feedbackId: 'f-1',
      },
      { kind: 'complaint', at: '2019-08-12T07:15:02.669Z', recipient: 'applicant', feedbackId: 'f-2' },
    ]);
  });

  it('records a replayed event once', async () => {
    const event = snsEvent(sesEvent('Bounce', 'anna@example.lv', 'f-1'));
    await handler(event, context);
    await handler(event, context);
    expect(stored()?.deliveryProblems).toHaveLength(1);
    expect(fake.saves).toBe(1);
    expect(logged.map((line) => JSON.parse(line).outcome)).toEqual(['recorded', 'already-recorded']);
  });

  it('skips an unknown reference, another event type and a malformed message, and records the rest', async () => {
    await handler(
      snsEvent(
        sesEvent('Bounce', 'anna@example.lv', 'f-1', 'ZZZZ-2222'),
        { ...sesEvent('Bounce', 'anna@example.lv', 'f-2'), eventType: 'Delivery' },
        '{"eventType":"Bounce"',
        sesEvent('Bounce', 'anna@example.lv', 'f-3', 'not-a-reference'),
        sesEvent('Bounce', 'anna@example.lv', 'f-4'),
      ),
      context,
    );
    expect(stored()?.deliveryProblems?.map((problem) => problem.feedbackId)).toEqual(['f-4']);
    expect(logged.map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({ event: 'mail-event', outcome: 'unknown-reference', reference: 'ZZZZ-2222' }),
      expect.objectContaining({ event: 'mail-event-skipped', reason: 'other-event-type', eventType: 'Delivery' }),
      expect.objectContaining({ event: 'mail-event-skipped', reason: 'not-json' }),
      expect.objectContaining({ event: 'mail-event-skipped', reason: 'no-reference' }),
      expect.objectContaining({ event: 'mail-event', outcome: 'recorded', reference: 'KDMA-4729' }),
    ]);
  });

  it('never logs an address', async () => {
    await handler(
      snsEvent(sesEvent('Bounce', 'anna@example.lv', 'f-1'), sesEvent('Bounce', 'stranger@example.lv', 'f-2'), {
        ...sesEvent('Bounce', 'anna@example.lv', 'f-3'),
        eventType: 'anna@example.lv',
      }),
      context,
    );
    expect(logged).toHaveLength(3);
    for (const line of logged) expect(line).not.toMatch(/@|anna|stranger|Bērziņ/i);
    expect(JSON.parse(logged[1] as string)).toMatchObject({ outcome: 'not-its-recipient' });
  });

  it('fails the invocation when the table does not answer, so the event is delivered again', async () => {
    fake.failReads = true;
    await expect(handler(snsEvent(sesEvent('Bounce', 'anna@example.lv', 'f-1')), context)).rejects.toThrow(
      '1 of 1 mail events could not be recorded',
    );
    expect(JSON.parse(logged[0] as string)).toMatchObject({
      level: 'error',
      event: 'mail-event-not-recorded',
      name: 'ServiceUnavailable',
    });
    fake.failReads = false;
    await handler(snsEvent(sesEvent('Bounce', 'anna@example.lv', 'f-1')), context);
    expect(stored()?.deliveryProblems).toHaveLength(1);
  });
});
