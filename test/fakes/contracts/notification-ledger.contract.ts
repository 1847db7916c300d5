import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { PortsUnderTest } from './subject.ts';

const notification = () => `KDMA-4728#receipt#${randomUUID()}`;

/** What `NotificationLedger` promises, whichever storage keeps the claims. */
export function notificationLedgerContract(ports: PortsUnderTest): void {
  describe('NotificationLedger', () => {
    it('lets the first attempt claim a notification, and the same attempt again', async () => {
      const id = notification();
      await expect(ports().notifications.claim(id, 'attempt-1')).resolves.toBe('claimed');
      await expect(ports().notifications.claim(id, 'attempt-1')).resolves.toBe('claimed');
    });

    it('hands a claim another attempt left to the next attempt at once', async () => {
      const id = notification();
      await ports().notifications.claim(id, 'attempt-1');
      await expect(ports().notifications.claim(id, 'attempt-2')).resolves.toBe('taken-over');
      // The first attempt no longer holds it: giving it back changes nothing.
      await ports().notifications.release(id, 'attempt-1');
      await expect(ports().notifications.claim(id, 'attempt-3')).resolves.toBe('taken-over');
    });

    it('never claims a sent notification again', async () => {
      const id = notification();
      await ports().notifications.claim(id, 'attempt-1');
      await ports().notifications.markSent(id);
      await expect(ports().notifications.claim(id, 'attempt-2')).resolves.toBe('sent');
      await ports().notifications.release(id, 'attempt-1');
      await expect(ports().notifications.claim(id, 'attempt-1')).resolves.toBe('sent');
    });

    it('takes a claim given back as new', async () => {
      const id = notification();
      await ports().notifications.claim(id, 'attempt-1');
      await ports().notifications.release(id, 'attempt-1');
      await expect(ports().notifications.claim(id, 'attempt-2')).resolves.toBe('claimed');
    });
  });
}
