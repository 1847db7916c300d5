import { describe, expect, it } from 'vitest';
import { simulatedEvents, snsNotification } from '../../infra/local/mail/mail-events.ts';
import { sentMessage } from '../../infra/local/mail/ses-send-recorder.ts';
import { messageTags, tagValue } from '../../shared/adapters/ses/message-tags.ts';
import { parseMailEvent } from '../../shared/adapters/ses/ses-events.ts';
import { MAX_DELIVERY_PROBLEMS, rolesAt, withReport } from '../../shared/domain/delivery-problems.ts';
import type { Application } from '../../shared/schemas/application.ts';
import { ApplicationSchema } from '../../shared/schemas/application.ts';
import { guardian, submittedApplication } from '../fixtures/applications.ts';

/** SES's Bounce example from its developer guide, sent with our tags. */
function bounceEvent(changes: { bounce?: object; tags?: Record<string, string[]> } = {}) {
  return {
    eventType: 'Bounce',
    bounce: {
      bounceType: 'Permanent',
      bounceSubType: 'General',
      bouncedRecipients: [
        {
          emailAddress: 'Janis@Example.lv',
          action: 'failed',
          status: '5.1.1',
          diagnosticCode: 'smtp; 550 5.1.1 user unknown',
        },
      ],
      timestamp: '2019-08-12T07:15:02.669Z',
      feedbackId: '01000157c44f053b-61b59c11-9236-11e6-8f96-7be8aexample-000000',
      reportingMTA: 'dsn; mta.example.com',
      ...changes.bounce,
    },
    mail: {
      timestamp: '2019-08-12T07:15:00.012Z',
      source: 'Pieteikumi <pieteikumi@example.lv>',
      sendingAccountId: '123456789012',
      messageId: 'EXAMPLE7c191be45-e9aedb9a-02f9-4d12-a87d-dd0099a07f8a-000000',
      destination: ['janis@example.lv'],
      headersTruncated: false,
      tags: changes.tags ?? {
        'ses:configuration-set': ['intake-mail'],
        'ses:source-ip': ['192.0.2.0'],
        reference: ['KDMA-4729'],
        notification: ['receipt'],
        'recipient-role': ['representative'],
      },
    },
  };
}

function complaintEvent() {
  return {
    eventType: 'Complaint',
    complaint: {
      feedbackId: '01000157c44f053b-61b59c11-9236-11e6-8f96-7be8aexample-000001',
      complaintSubType: null,
      complainedRecipients: [{ emailAddress: 'anna@example.lv' }],
      timestamp: '2019-08-12T08:00:00.000Z',
      userAgent: 'Mozilla/5.0',
      complaintFeedbackType: 'abuse',
      arrivalDate: '2019-08-12T07:59:00.000Z',
    },
    mail: { messageId: 'm-2', destination: ['anna@example.lv'], tags: { reference: ['KDMA-4729'] } },
  };
}

const application: Application = ApplicationSchema.parse(submittedApplication({ representative: guardian }));

describe('SES events', () => {
  it('reads a permanent bounce: the reference and kind from the tags, the time, the feedback id, the addresses', () => {
    expect(parseMailEvent(JSON.stringify(bounceEvent()))).toEqual({
      outcome: 'report',
      messageId: 'EXAMPLE7c191be45-e9aedb9a-02f9-4d12-a87d-dd0099a07f8a-000000',
      report: {
        reference: 'KDMA-4729',
        notification: 'receipt',
        kind: 'bounce',
        bounceType: 'permanent',
        at: '2019-08-12T07:15:02.669Z',
        feedbackId: '01000157c44f053b-61b59c11-9236-11e6-8f96-7be8aexample-000000',
        addresses: ['Janis@Example.lv'],
      },
    });
  });

  it('reads a transient bounce, and an unknown bounce type as undetermined', () => {
    const transient = parseMailEvent(JSON.stringify(bounceEvent({ bounce: { bounceType: 'Transient' } })));
    expect(transient.outcome === 'report' && transient.report.bounceType).toBe('transient');
    const odd = parseMailEvent(JSON.stringify(bounceEvent({ bounce: { bounceType: 'constructor' } })));
    expect(odd.outcome === 'report' && odd.report.bounceType).toBe('undetermined');
  });

  it('reads a complaint', () => {
    expect(parseMailEvent(JSON.stringify(complaintEvent()))).toEqual({
      outcome: 'report',
      messageId: 'm-2',
      report: {
        reference: 'KDMA-4729',
        kind: 'complaint',
        at: '2019-08-12T08:00:00.000Z',
        feedbackId: '01000157c44f053b-61b59c11-9236-11e6-8f96-7be8aexample-000001',
        addresses: ['anna@example.lv'],
      },
    });
  });

  it('skips other event types, messages that are not SES events, and events without a reference', () => {
    const delivery = { ...bounceEvent(), eventType: 'Delivery' };
    expect(parseMailEvent(JSON.stringify(delivery))).toEqual({
      outcome: 'skipped',
      reason: 'other-event-type',
      eventType: 'Delivery',
    });
    expect(parseMailEvent('not json')).toEqual({ outcome: 'skipped', reason: 'not-json' });
    expect(parseMailEvent('null')).toEqual({ outcome: 'skipped', reason: 'not-a-mail-event' });
    expect(parseMailEvent(JSON.stringify({ notificationType: 'Bounce' }))).toMatchObject({
      reason: 'not-a-mail-event',
    });
    expect(parseMailEvent(JSON.stringify(bounceEvent({ tags: {} })))).toMatchObject({ reason: 'no-reference' });
    expect(parseMailEvent(JSON.stringify(bounceEvent({ tags: { reference: ['not a reference'] } })))).toMatchObject({
      reason: 'no-reference',
    });
  });

  it('skips a malformed bounce, and says nothing of its contents', () => {
    const noRecipients = bounceEvent({ bounce: { bouncedRecipients: [] } });
    const noTime = bounceEvent({ bounce: { timestamp: 'yesterday' } });
    for (const event of [noRecipients, noTime]) {
      expect(parseMailEvent(JSON.stringify(event))).toEqual({
        outcome: 'skipped',
        reason: 'malformed',
        eventType: 'Bounce',
      });
    }
    const strangeType = { eventType: 'anna@example.lv' };
    expect(JSON.stringify(parseMailEvent(JSON.stringify(strangeType)))).not.toContain('anna');
  });
});

describe('delivery problems on the application', () => {
  const bounce = {
    kind: 'bounce' as const,
    bounceType: 'permanent' as const,
    at: '2019-08-12T07:15:02.669Z',
    feedbackId: 'f-1',
    notification: 'receipt' as const,
    addresses: ['janis@example.lv'],
  };

  it('names the representative when their address bounced, whatever its case', () => {
    const { problems, added } = withReport(application, { ...bounce, addresses: [' JANIS@example.LV '] });
    expect(added).toBe(1);
    expect(problems).toEqual([
      {
        kind: 'bounce',
        bounceType: 'permanent',
        at: '2019-08-12T07:15:02.669Z',
        recipient: 'representative',
        notification: 'receipt',
        feedbackId: 'f-1',
      },
    ]);
    expect(JSON.stringify(problems)).not.toContain('@');
  });

  it('names the person when their own address bounced', () => {
    const { problems } = withReport(application, { ...bounce, addresses: ['anna@example.lv'] });
    expect(problems.map((problem) => problem.recipient)).toEqual(['applicant']);
  });

  it('records a complaint without a bounce type', () => {
    const { problems } = withReport(application, {
      kind: 'complaint',
      at: '2019-08-12T08:00:00.000Z',
      feedbackId: 'f-2',
      addresses: ['anna@example.lv'],
    });
    expect(problems).toEqual([
      { kind: 'complaint', at: '2019-08-12T08:00:00.000Z', recipient: 'applicant', feedbackId: 'f-2' },
    ]);
  });

  it('names both when they share the address', () => {
    const shared = { ...application, contact: { ...application.contact, email: 'Janis@example.lv' } };
    expect(rolesAt(shared, 'janis@example.lv')).toEqual(['applicant', 'representative']);
    expect(withReport(shared, bounce).problems.map((problem) => problem.recipient)).toEqual([
      'applicant',
      'representative',
    ]);
  });

  it('records a replayed report once', () => {
    const first = withReport(application, bounce);
    const again = withReport({ ...application, deliveryProblems: first.problems }, bounce);
    expect(again).toEqual({ problems: first.problems, added: 0, unmatched: 0 });
  });

  it('records nothing for an address that is not the application’s', () => {
    expect(withReport(application, { ...bounce, addresses: ['someone@example.lv'] })).toEqual({
      problems: [],
      added: 0,
      unmatched: 1,
    });
  });

  it('keeps at most a fixed number of problems', () => {
    let problems = application.deliveryProblems ?? [];
    for (let n = 0; n < MAX_DELIVERY_PROBLEMS + 5; n++) {
      problems = withReport(
        { ...application, deliveryProblems: problems },
        { ...bounce, feedbackId: `f-${n}` },
      ).problems;
    }
    expect(problems).toHaveLength(MAX_DELIVERY_PROBLEMS);
    expect(ApplicationSchema.safeParse({ ...application, deliveryProblems: problems }).success).toBe(true);
  });
});

describe('message tags', () => {
  it('name the reference, the kind and the recipient role', () => {
    expect(messageTags({ reference: 'KDMA-4729', notification: 'result', recipient: 'applicant' })).toEqual([
      { Name: 'reference', Value: 'KDMA-4729' },
      { Name: 'notification', Value: 'result' },
      { Name: 'recipient-role', Value: 'applicant' },
    ]);
    expect(messageTags({ reference: 'KDMA-4729', notification: 'receipt' })).toHaveLength(2);
  });

  it('hold only the characters SES allows, and at most 255 of them', () => {
    expect(tagValue('KDMA-4729')).toBe('KDMA-4729');
    expect(tagValue('a b/ā@c.d')).toBe('a_b___c_d');
    expect(tagValue('x'.repeat(300))).toHaveLength(255);
    expect(tagValue('')).toBe('_');
  });
});

describe('the local mailbox simulator', () => {
  const form = (to: string) =>
    Buffer.from(
      new URLSearchParams({
        Action: 'SendEmail',
        Source: 'pieteikumi@intake.example.lv',
        'Destination.ToAddresses.member.1': to,
        'Message.Subject.Data': 'S',
        'Tags.member.1.Name': 'reference',
        'Tags.member.1.Value': 'KDMA-4729',
        'Tags.member.2.Name': 'notification',
        'Tags.member.2.Value': 'receipt',
        'Tags.member.3.Name': 'recipient-role',
        'Tags.member.3.Value': 'applicant',
      }).toString(),
    );
  const answer = Buffer.from('<SendEmailResponse><SendEmailResult><MessageId>ses-1</MessageId></SendEmailResult>');
  const at = new Date('2019-08-12T07:15:00.000Z');

  it('reads the tags of a SendEmail that the stand-in does not keep', () => {
    expect(sentMessage(form('bounce@simulator.amazonses.com'), answer, at)).toEqual({
      messageId: 'ses-1',
      source: 'pieteikumi@intake.example.lv',
      destination: ['bounce@simulator.amazonses.com'],
      tags: { reference: ['KDMA-4729'], notification: ['receipt'], 'recipient-role': ['applicant'] },
      sentAt: at,
    });
    expect(sentMessage(Buffer.from('Action=SendRawEmail'), answer)).toBeUndefined();
  });

  it('bounces mail to the bounce address with an event that reads as AWS’s does', () => {
    const sent = sentMessage(form('bounce+e2e@simulator.amazonses.com'), answer, at);
    if (!sent) throw new Error('not read');
    const [event, ...more] = simulatedEvents(sent, at);
    expect(more).toEqual([]);
    const notification = snsNotification(event as never, 'arn:aws:sns:eu-north-1:000000000000:mail-events', at);
    const parsed = parseMailEvent(notification.Records[0]?.Sns.Message ?? '');
    expect(parsed).toMatchObject({
      outcome: 'report',
      messageId: 'ses-1',
      report: {
        reference: 'KDMA-4729',
        kind: 'bounce',
        bounceType: 'permanent',
        notification: 'receipt',
        addresses: ['bounce+e2e@simulator.amazonses.com'],
      },
    });
  });

  it('reports a complaint for the complaint address, and nothing for any other', () => {
    const complaint = sentMessage(form('complaint@simulator.amazonses.com'), answer, at);
    const ordinary = sentMessage(form('anna@example.lv'), answer, at);
    if (!complaint || !ordinary) throw new Error('not read');
    expect(simulatedEvents(complaint, at).map((event) => event.eventType)).toEqual(['Complaint']);
    expect(simulatedEvents(ordinary, at)).toEqual([]);
  });
});
