import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoYear, seedDemoYear } from '../../infra/seed/demo-year.ts';
import type { RetentionResponse } from '../../shared/schemas/retention.ts';
import { auditProbe } from '../helpers/staff-client.ts';
import { systemForFile } from '../helpers/system-for-file.ts';

/**
 * The retention job as the local host runs it (its function, told the host's time, as EventBridge Scheduler tells
 * it in AWS) on the past demo round that `npm start` writes: the person on its waiting list is past the round's
 * 30 days, the participants are not. Then what staff and the person see of the data that was erased.
 */
const file = systemForFile(['bauska', 'jelgava', 'admin']);
let dataDir: string;
let year: DemoYear;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'retention-'));
  year = await seedDemoYear(file.system.env, dataDir, file.system.clock.now());
  await file.system.waitForIdle();
}, 120_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const retention = (username: 'bauska' | 'jelgava' | 'admin', reference: string) =>
  file.staff.call<RetentionResponse>(file.tokens[username], 'GET', `/staff/applications/${reference}/retention`);

describe('the retention job on the local host', () => {
  it('erases the waiting list’s data once its period has passed, and leaves the participants', async () => {
    const [waiting] = year.waitlisted;
    await file.system.clearMail();
    const run = await file.system.applyRetention();

    expect(run.removed).toEqual([{ reference: waiting?.reference, rule: 'not-selected-period' }]);
    // The stream's consumer passes the removal by: it catches up, and nobody is e-mailed.
    await file.system.waitForIdle();
    expect(await file.system.mail()).toEqual([]);
    for (const { reference } of year.participants) {
      expect((await retention('admin', reference)).body).toMatchObject({ due: { rule: 'participant-period' } });
    }
    await expect(file.system.applyRetention()).resolves.toEqual({ removed: [], limitReached: false });
  });

  it('shows staff when and why, without the person’s name, and their own municipality only', async () => {
    const reference = year.waitlisted[0]?.reference as string;
    const answer = await retention('bauska', reference);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ reference, anonymised: { rule: 'not-selected-period' } });
    expect(answer.body).not.toHaveProperty('name');
    expect((await retention('jelgava', reference)).status).toBe(404);
    const application = await file.staff.call(file.tokens.bauska, 'GET', `/staff/applications/${reference}`);
    expect(application.status).toBe(404);
  });

  it('answers the person with the access code as for an application that is gone', async () => {
    const { reference, accessCode } = year.waitlisted[0] as DemoYear['waitlisted'][number];
    const status = await file.api.status(reference, accessCode);
    expect(status.status).toBe(404);
  });

  it('audits the removal with the rule, and no staff member', async () => {
    const reference = year.waitlisted[0]?.reference;
    const entries = (await auditProbe(file.system).entries()).filter(
      (entry) => entry.reference === reference && entry.action === 'retention.anonymise',
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ outcome: 'succeeded', reason: 'NOT_SELECTED_PERIOD' });
    expect(entries[0]).not.toHaveProperty('actor');
  });

  it('refuses to erase a participant on request, saying why in Latvian and English', async () => {
    const reference = year.participants[0]?.reference as string;
    const refused = await file.staff.call(file.tokens.bauska, 'POST', `/staff/applications/${reference}/erasure`, {
      body: { identityChecked: true },
    });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      error: {
        code: 'ERASURE_REFUSED_PUBLISHED_SELECTION',
        message: {
          lv: expect.stringContaining('publicētā atlasē'),
          en: expect.stringContaining('published selection'),
        },
      },
    });
    const unchecked = await file.staff.call(file.tokens.bauska, 'POST', `/staff/applications/${reference}/erasure`, {
      body: { identityChecked: false },
    });
    expect(unchecked.status).toBe(422);
    expect(unchecked.body).toMatchObject({ error: { code: 'IDENTITY_NOT_CHECKED' } });
    expect((await retention('bauska', reference)).body).toMatchObject({
      erasure: { allowed: false, refusal: 'ERASURE_REFUSED_PUBLISHED_SELECTION' },
    });
  });
});
