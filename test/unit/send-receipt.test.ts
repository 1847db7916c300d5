import { describe, expect, it } from 'vitest';
import type { Application } from '../../shared/schemas/application.ts';
import { isNewlySubmitted, sendReceipt } from '../../shared/use-cases/send-receipt.ts';
import { guardian, submittedApplication } from '../fixtures/applications.ts';
import { notificationPorts } from '../fixtures/notification-ports.ts';

const submitted: Application = submittedApplication({
  contact: { email: 'anna@example.lv', language: 'en' },
  representative: guardian,
});

describe('receipt e-mail', () => {
  it('is due only when an application becomes submitted', () => {
    expect(isNewlySubmitted({ before: { ...submitted, status: 'draft' }, after: submitted })).toBe(true);
    expect(isNewlySubmitted({ after: submitted })).toBe(true);
    expect(isNewlySubmitted({ before: submitted, after: submitted })).toBe(false);
    expect(isNewlySubmitted({ before: undefined, after: { ...submitted, status: 'draft' } })).toBe(false);
  });

  it('goes to the person and the representative, with the status link carrying the code after #', async () => {
    const { ports, sent } = notificationPorts();
    await sendReceipt(ports, submitted, 'https://apply.example.lv/');
    expect(sent.map((message) => message.to)).toEqual([['janis@example.lv'], ['anna@example.lv']]);
    expect(sent[0]?.text).toContain('https://apply.example.lv/status#reference=KDMA-4729&code=ABCDE-23456');
  });

  it('says what each e-mail is about: the reference, the receipt, and whose address it goes to', async () => {
    const { ports, sent } = notificationPorts();
    await sendReceipt(ports, submitted, 'https://x.lv');
    expect(sent.map((message) => message.about)).toEqual([
      { reference: 'KDMA-4729', notification: 'receipt', recipient: 'representative' },
      { reference: 'KDMA-4729', notification: 'receipt', recipient: 'applicant' },
    ]);
  });

  it('is sent once to an address shared by the person and the representative', async () => {
    const { ports, sent } = notificationPorts();
    await sendReceipt(
      ports,
      { ...submitted, contact: { ...submitted.contact, email: 'JANIS@example.lv' } },
      'https://x.lv',
    );
    expect(sent).toHaveLength(1);
  });

  it('is not sent again when the same change is delivered twice', async () => {
    const { ports, sent } = notificationPorts();
    await sendReceipt(ports, submitted, 'https://x.lv');
    await sendReceipt(ports, submitted, 'https://x.lv');
    expect(sent).toHaveLength(2);
  });

  it('fails, to be retried, while another attempt is sending the same e-mail', async () => {
    const { ports, sent, ledger } = notificationPorts();
    ledger.set('KDMA-4729#receipt#representative', 'sending');
    await expect(sendReceipt(ports, submitted, 'https://x.lv')).rejects.toThrow('another attempt');
    expect(sent).toHaveLength(0);
  });

  it('is given back to the ledger when sending fails, so the retry sends it', async () => {
    const { ports, sent, ledger } = notificationPorts(1);
    await expect(sendReceipt(ports, submitted, 'https://x.lv')).rejects.toThrow('SES is down');
    expect([...ledger.values()]).not.toContain('sending');
    await sendReceipt(ports, submitted, 'https://x.lv');
    expect(sent).toHaveLength(2);
    expect([...ledger.values()]).toEqual(['sent', 'sent']);
  });
});
