import { describe, expect, it } from 'vitest';
import type { Application } from '../../shared/schemas/application.ts';
import type { SelectionOutcome } from '../../shared/schemas/review.ts';
import { isNewResult, sendResult } from '../../shared/use-cases/send-result.ts';
import { guardian, submittedApplication } from '../fixtures/applications.ts';
import { notificationPorts, recorded } from '../fixtures/notification-ports.ts';

const RUN = 'a1b2c3d4e5f6a7b8c9d0';
const waitlisted: SelectionOutcome = {
  runId: RUN,
  outcome: 'waitlisted',
  rank: 12,
  position: 2,
  publishedAt: '2019-09-02T09:00:00.000Z',
};

function withSelection(selection?: SelectionOutcome): Application {
  return submittedApplication({
    contact: { email: 'anna@example.lv', language: 'en' },
    representative: guardian,
    ...(selection && { selection }),
  });
}

/** The person moved up the waiting list and was then offered the place someone gave up. */
const movedUp: SelectionOutcome = { ...waitlisted, position: 1 };
const offered: SelectionOutcome = {
  runId: RUN,
  outcome: 'selected',
  rank: 10,
  publishedAt: waitlisted.publishedAt,
  offeredAt: '2019-10-01T07:00:00.000Z',
};

describe('result e-mail: when the stream sends it', () => {
  it('is not due for a result first published: the publication job e-mails those at the sending rate', () => {
    expect(isNewResult({ before: withSelection(), after: withSelection(waitlisted) })).toBe(false);
    expect(isNewResult({ after: withSelection(waitlisted) })).toBe(false);
  });

  it('is not due without a result, on a replay of the same result, or when the application is removed', () => {
    expect(isNewResult({ before: withSelection(), after: withSelection() })).toBe(false);
    expect(isNewResult({ before: withSelection(waitlisted), after: withSelection(waitlisted) })).toBe(false);
    expect(isNewResult({ before: withSelection(waitlisted) })).toBe(false);
    expect(isNewResult({ before: withSelection(offered), after: withSelection(offered) })).toBe(false);
  });

  it('is not due when only the waiting-list number changes', () => {
    expect(isNewResult({ before: withSelection(waitlisted), after: withSelection(movedUp) })).toBe(false);
  });

  it('is due for a place offered, also before the job recorded the person’s result, and for a new outcome', () => {
    expect(isNewResult({ before: withSelection(movedUp), after: withSelection(offered) })).toBe(true);
    expect(isNewResult({ before: withSelection(), after: withSelection(offered) })).toBe(true);
    const selected: SelectionOutcome = { runId: RUN, outcome: 'selected', rank: 3, publishedAt: offered.publishedAt };
    expect(
      isNewResult({
        before: withSelection(selected),
        after: withSelection({ ...selected, offeredAt: offered.offeredAt }),
      }),
    ).toBe(true);
    expect(isNewResult({ before: withSelection(selected), after: withSelection(waitlisted) })).toBe(true);
  });
});

const delivery = { webUrl: 'https://x.lv', attempt: 'attempt-2' };

describe('result e-mail: sending', () => {
  it('goes once to the representative and once to the person, in the application language', async () => {
    const { ports, sent, ledger } = notificationPorts();
    await sendResult(ports, withSelection(waitlisted), { webUrl: 'https://apply.example.lv/', attempt: 'attempt-1' });
    expect(sent.map((message) => message.to)).toEqual([['janis@example.lv'], ['anna@example.lv']]);
    expect(sent[0]?.text).toContain("Anna's number on the list is 2.");
    expect(sent[1]?.text).toContain('Your number on the list is 2.');
    expect(sent[0]?.text).toContain('https://apply.example.lv/status#reference=KDMA-4729&code=ABCDE-23456');
    expect(recorded(ledger)).toEqual({ [`KDMA-4729#result#${RUN}#waitlisted`]: ['representative', 'applicant'] });
  });

  it('says what each e-mail is about: the reference, a result, and whose address it goes to', async () => {
    const { ports, sent } = notificationPorts();
    await sendResult(ports, withSelection(waitlisted), delivery);
    expect(sent.map((message) => message.about)).toEqual([
      { reference: 'KDMA-4729', notification: 'result', recipient: 'representative' },
      { reference: 'KDMA-4729', notification: 'result', recipient: 'applicant' },
    ]);
  });

  it('is sent once to an address shared by the person and the representative', async () => {
    const { ports, sent } = notificationPorts();
    const application = withSelection(waitlisted);
    await sendResult(
      ports,
      { ...application, contact: { ...application.contact, email: 'JANIS@example.lv' } },
      delivery,
    );
    expect(sent).toHaveLength(1);
  });

  it('sends nothing when the same result is delivered again', async () => {
    const { ports, sent } = notificationPorts();
    await sendResult(ports, withSelection(waitlisted), delivery);
    await sendResult(ports, withSelection(waitlisted), delivery);
    expect(sent).toHaveLength(2);
  });

  it('sends nothing when only the waiting-list number moved', async () => {
    const { ports, sent } = notificationPorts();
    await sendResult(ports, withSelection(waitlisted), delivery);
    await sendResult(ports, withSelection(movedUp), delivery);
    expect(sent).toHaveLength(2);
  });

  it('sends again when a place is offered after a withdrawal, and only once', async () => {
    const { ports, sent, ledger } = notificationPorts();
    await sendResult(ports, withSelection(waitlisted), delivery);
    await sendResult(ports, withSelection(offered), delivery);
    await sendResult(ports, withSelection(offered), delivery);
    expect(sent).toHaveLength(4);
    expect(sent[2]?.subject).toBe('A place is offered: KDMA-4729');
    expect(sent[3]?.text).toContain('The place is offered to you.');
    expect(recorded(ledger)[`KDMA-4729#result#${RUN}#selected#offered`]).toEqual(['representative', 'applicant']);
  });

  it('sends only to the recipient not yet recorded when the result is delivered again', async () => {
    const { ports, sent, ledger } = notificationPorts();
    ledger.set(`KDMA-4729#result#${RUN}#waitlisted`, new Set(['representative']));
    expect(await sendResult(ports, withSelection(waitlisted), delivery)).toEqual([
      { recipient: 'representative', outcome: 'already-sent' },
      { recipient: 'applicant', outcome: 'sent' },
    ]);
    expect(sent).toHaveLength(1);
  });

  it('records what went out when sending to one fails, so the retry sends the other', async () => {
    const { ports, sent, ledger } = notificationPorts(1);
    await expect(sendResult(ports, withSelection(waitlisted), delivery)).rejects.toThrow('SES is down');
    expect(recorded(ledger)).toEqual({ [`KDMA-4729#result#${RUN}#waitlisted`]: ['applicant'] });
    await sendResult(ports, withSelection(waitlisted), { ...delivery, attempt: 'attempt-3' });
    expect(sent).toHaveLength(2);
    expect(recorded(ledger)).toEqual({ [`KDMA-4729#result#${RUN}#waitlisted`]: ['applicant', 'representative'] });
  });

  it('sends no personal code, disability group or surname', async () => {
    const { ports, sent } = notificationPorts();
    await sendResult(
      ports,
      withSelection({
        runId: RUN,
        outcome: 'not-selected',
        reason: 'not-eligible',
        publishedAt: waitlisted.publishedAt,
      }),
      delivery,
    );
    for (const message of sent) {
      for (const part of [message.subject, message.text, message.html]) {
        expect(part).not.toMatch(/Bērziņ|disabilit|group|mental|diagno/i);
      }
    }
  });

  it('refuses an application without a published result', async () => {
    const { ports, sent } = notificationPorts();
    await expect(sendResult(ports, withSelection(), delivery)).rejects.toThrow('no published selection result');
    expect(sent).toHaveLength(0);
  });
});
