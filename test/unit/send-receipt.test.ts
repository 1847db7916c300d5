import { describe, expect, it } from 'vitest';
import type { Application } from '../../shared/schemas/application.ts';
import { isNewlySubmitted, sendReceipt } from '../../shared/use-cases/send-receipt.ts';
import { guardian, submittedApplication } from '../fixtures/applications.ts';
import { notificationPorts, recorded } from '../fixtures/notification-ports.ts';

const submitted: Application = submittedApplication({
  contact: { email: 'anna@example.lv', language: 'en' },
  representative: guardian,
});

const delivery = { webUrl: 'https://x.lv', attempt: 'attempt-2' };

describe('receipt e-mail', () => {
  it('is due only when an application becomes submitted', () => {
    expect(isNewlySubmitted({ before: { ...submitted, status: 'draft' }, after: submitted })).toBe(true);
    expect(isNewlySubmitted({ after: submitted })).toBe(true);
    expect(isNewlySubmitted({ before: submitted, after: submitted })).toBe(false);
    expect(isNewlySubmitted({ before: undefined, after: { ...submitted, status: 'draft' } })).toBe(false);
  });

  it('goes to the person and the representative, with the status link carrying the code after #', async () => {
    const { ports, sent } = notificationPorts();
    await sendReceipt(ports, submitted, { webUrl: 'https://apply.example.lv/', attempt: 'attempt-1' });
    expect(sent.map((message) => message.to)).toEqual([['janis@example.lv'], ['anna@example.lv']]);
    expect(sent[0]?.text).toContain('https://apply.example.lv/status#reference=KDMA-4729&code=ABCDE-23456');
  });

  it('says what each e-mail is about: the reference, the receipt, and whose address it goes to', async () => {
    const { ports, sent } = notificationPorts();
    await sendReceipt(ports, submitted, delivery);
    expect(sent.map((message) => message.about)).toEqual([
      { reference: 'KDMA-4729', notification: 'receipt', recipient: 'representative' },
      { reference: 'KDMA-4729', notification: 'receipt', recipient: 'applicant' },
    ]);
  });

  it('is sent once to an address shared by the person and the representative', async () => {
    const { ports, sent } = notificationPorts();
    await sendReceipt(ports, { ...submitted, contact: { ...submitted.contact, email: 'JANIS@example.lv' } }, delivery);
    expect(sent).toHaveLength(1);
  });

  it('is not sent again when the same change is delivered twice', async () => {
    const { ports, sent } = notificationPorts();
    await sendReceipt(ports, submitted, delivery);
    await sendReceipt(ports, submitted, delivery);
    expect(sent).toHaveLength(2);
  });

  it('records both recipients in one entry of the ledger once they are sent', async () => {
    const { ports, ledger } = notificationPorts();
    expect(await sendReceipt(ports, submitted, delivery)).toEqual([
      { recipient: 'representative', outcome: 'sent' },
      { recipient: 'applicant', outcome: 'sent' },
    ]);
    expect(recorded(ledger)).toEqual({ 'KDMA-4729#receipt': ['representative', 'applicant'] });
  });

  it('sends only to a recipient not yet recorded when the change is delivered again', async () => {
    const { ports, sent, ledger } = notificationPorts();
    ledger.set('KDMA-4729#receipt', new Set(['representative']));
    expect(await sendReceipt(ports, submitted, delivery)).toEqual([
      { recipient: 'representative', outcome: 'already-sent' },
      { recipient: 'applicant', outcome: 'sent' },
    ]);
    expect(sent.map((message) => message.to)).toEqual([['anna@example.lv']]);
    expect(recorded(ledger)).toEqual({ 'KDMA-4729#receipt': ['representative', 'applicant'] });
  });

  it('records the recipient it reached when sending to the other fails, and the retry sends only the other', async () => {
    const { ports, sent, ledger } = notificationPorts(1);
    await expect(sendReceipt(ports, submitted, delivery)).rejects.toThrow('representative: SES is down');
    expect(sent.map((message) => message.to)).toEqual([['anna@example.lv']]);
    expect(recorded(ledger)).toEqual({ 'KDMA-4729#receipt': ['applicant'] });
    expect(await sendReceipt(ports, submitted, { ...delivery, attempt: 'attempt-3' })).toEqual([
      { recipient: 'representative', outcome: 'sent' },
      { recipient: 'applicant', outcome: 'already-sent' },
    ]);
    expect(sent).toHaveLength(2);
    expect(recorded(ledger)).toEqual({ 'KDMA-4729#receipt': ['applicant', 'representative'] });
  });

  it('answers the e-mails sent but not recorded as such, without failing the change', async () => {
    const { ports, sent } = notificationPorts({
      faults: [{ step: 'record', when: 'before', how: 'throw', reference: 'KDMA-4729', recipient: 'applicant' }],
    });
    expect(await sendReceipt(ports, submitted, delivery)).toEqual([
      { recipient: 'representative', outcome: 'sent-not-recorded' },
      { recipient: 'applicant', outcome: 'sent-not-recorded' },
    ]);
    expect(sent).toHaveLength(2);
  });
});
