import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { PortsUnderTest } from './subject.ts';

const notification = () => `KDMA-4728#receipt-${randomUUID()}`;

/** What `NotificationLedger` promises, whichever storage keeps the records. */
export function notificationLedgerContract(ports: PortsUnderTest): void {
  describe('NotificationLedger', () => {
    it('knows of no recipient of a notification never recorded', async () => {
      await expect(ports().notifications.sentTo(notification())).resolves.toEqual([]);
    });

    it('records recipients together, and adds those recorded later', async () => {
      const id = notification();
      await ports().notifications.recordSent(id, ['representative', 'applicant'], 'attempt-1');
      await expect(
        ports()
          .notifications.sentTo(id)
          .then((roles) => roles.sort()),
      ).resolves.toEqual(['applicant', 'representative']);
      const other = notification();
      await ports().notifications.recordSent(other, ['applicant'], 'attempt-1');
      await ports().notifications.recordSent(other, ['representative'], 'attempt-2');
      await expect(
        ports()
          .notifications.sentTo(other)
          .then((roles) => roles.sort()),
      ).resolves.toEqual(['applicant', 'representative']);
    });

    it('changes nothing when the same recipients are recorded again, as a retried write does', async () => {
      const id = notification();
      await ports().notifications.recordSent(id, ['applicant'], 'attempt-1');
      await ports().notifications.recordSent(id, ['applicant'], 'attempt-1');
      await expect(ports().notifications.sentTo(id)).resolves.toEqual(['applicant']);
    });
  });
}
