import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_YEAR_ROUND_ID, type DemoYear, seedDemoYear } from '../../infra/seed/demo-year.ts';
import { STAFF_DEMO_ACCOUNTS } from '../../infra/seed/staff-users.ts';
import { getPorts } from '../../shared/composition.ts';
import { rigaCalendarDate } from '../../shared/domain/riga-time.ts';
import type { Ports } from '../../shared/ports/index.ts';
import { ApplicationSchema } from '../../shared/schemas/application.ts';
import type { ParticipantPlanResponse } from '../../shared/schemas/participant-api.ts';
import { RoundSchema } from '../../shared/schemas/round.ts';
import { ServiceYearSchema } from '../../shared/schemas/service-year.ts';
import { SupportPlanSchema } from '../../shared/schemas/support-plan.ts';
import { apiClient } from '../helpers/api-client.ts';
import { startTestSystem, type TestSystem } from '../helpers/local-system.ts';

/**
 * The past demo round `npm start` writes: valid data of every kind, written once per data folder; and the
 * participant's plan over HTTP on it, as the status page's holder of the access code reads and agrees to it.
 */
let system: TestSystem;
let ports: Ports;
let dataDir: string;
let year: DemoYear;

beforeAll(async () => {
  system = await startTestSystem();
  dataDir = mkdtempSync(join(tmpdir(), 'demo-year-'));
  year = await seedDemoYear(system.env, dataDir, system.clock.now());
  ports = await getPorts();
}, 120_000);
afterAll(async () => {
  await system?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('the demo year of services', () => {
  it('is a past round whose published selection gave places in Bauska and Jelgava', async () => {
    expect(year.written).toBe(true);
    const round = RoundSchema.parse(await ports.rounds.get(DEMO_YEAR_ROUND_ID));
    expect(round.window.lastDay < rigaCalendarDate(system.clock.now())).toBe(true);
    expect(await ports.selectionRuns.latest(DEMO_YEAR_ROUND_ID)).toMatchObject({
      status: 'published',
      publication: { emailed: 5, notSentCount: 0, finishedAt: expect.any(String) },
    });
    const outcomes = async (people: DemoYear['participants']) =>
      Promise.all(
        people.map(async ({ reference }) => {
          const application = ApplicationSchema.parse(await ports.applications.get(reference));
          return [application.person.municipalityCode, application.selection?.outcome];
        }),
      );
    expect(await outcomes(year.participants)).toEqual([
      ['LV-016', 'selected'],
      ['LV-016', 'selected'],
      ['LV-JEL', 'selected'],
      ['LV-JEL', 'selected'],
    ]);
    expect(await outcomes(year.waitlisted)).toEqual([['LV-016', 'waitlisted']]);
  });

  it('has a year of services and, for each participant, an agreed plan with the months delivered so far', async () => {
    ServiceYearSchema.parse(await ports.serviceYears.get(DEMO_YEAR_ROUND_ID));
    const plans = (await ports.supportPlans.list(DEMO_YEAR_ROUND_ID)).map((plan) => SupportPlanSchema.parse(plan));
    expect(plans.map((plan) => plan.reference).sort()).toEqual(year.participants.map((p) => p.reference).sort());
    const thisMonth = rigaCalendarDate(system.clock.now()).slice(0, 7);
    for (const plan of plans) {
      expect(plan.versions[0]?.agreement).toBeDefined();
      expect(plan.deliveries).toHaveLength(3);
      expect(plan.deliveries.every((delivery) => delivery.month < thisMonth)).toBe(true);
    }
    // The banner's participant: her plan was changed today and waits for her agreement.
    const [first] = year.participants;
    const changed = plans.find((plan) => plan.reference === first?.reference);
    expect(changed?.versions.map((version) => version.agreement?.how)).toEqual(['paper', undefined]);
  });

  it('is written once per data folder: a second start writes nothing and names the same people', async () => {
    const plans = await ports.supportPlans.list(DEMO_YEAR_ROUND_ID);
    const rounds = await ports.rounds.list();
    const again = await seedDemoYear(system.env, dataDir, new Date(system.clock.now().getTime() + 86_400_000));
    expect(again).toEqual({ ...year, written: false });
    await expect(ports.supportPlans.list(DEMO_YEAR_ROUND_ID)).resolves.toEqual(plans);
    await expect(ports.rounds.list()).resolves.toEqual(rounds);
  });
});

describe('the participant’s plan over HTTP', () => {
  const api = () => apiClient(system.apiUrl);
  const plan = (reference: string, accessCode: string) =>
    api().call<ParticipantPlanResponse>('GET', `/applications/${reference}/plan`, {
      headers: { 'x-access-code': accessCode },
    });
  const agree = (reference: string, accessCode: string, version: number) =>
    api().call<ParticipantPlanResponse>('POST', `/applications/${reference}/plan/agreement`, {
      headers: { 'x-access-code': accessCode },
      body: { version },
    });

  it('answers the plan to the holder of the access code, and the same "not found" to a wrong code', async () => {
    const { reference, accessCode } = year.participants[2] as DemoYear['participants'][number];
    const read = await plan(reference, accessCode);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ reference, municipalityCode: 'LV-JEL', canAgree: false });
    const worker = STAFF_DEMO_ACCOUNTS.find((account) => account.username === 'jelgava');
    for (const secret of [worker?.sub, worker?.name, `"${worker?.username}"`]) {
      expect(JSON.stringify(read.body)).not.toContain(secret);
    }
    const wrongCode = await plan(
      reference,
      accessCode.startsWith('A') ? `B${accessCode.slice(1)}` : `A${accessCode.slice(1)}`,
    );
    const unknown = await plan('ZZZZ-2222', accessCode);
    expect([wrongCode.status, unknown.status]).toEqual([404, 404]);
    expect(wrongCode.body).toEqual({ ...unknown.body, requestId: expect.any(String) });
  });

  it('tells a person on the waiting list, in both languages, that there is no plan yet', async () => {
    const { reference, accessCode } = year.waitlisted[0] as DemoYear['waitlisted'][number];
    const read = await plan(reference, accessCode);
    expect(read.status).toBe(404);
    expect(read.body).toMatchObject({
      error: { code: 'PLAN_NOT_READY', message: { lv: expect.stringContaining('plāna'), en: expect.any(String) } },
    });
  });

  it('takes the online agreement to the version read, once, and keeps it in the audit log without a staff member', async () => {
    const { reference, accessCode } = year.participants[0] as DemoYear['participants'][number];
    const older = await agree(reference, accessCode, 1);
    expect(older.status).toBe(409);
    expect(older.body).toMatchObject({ error: { code: 'PLAN_VERSION_CHANGED' } });
    const agreed = await agree(reference, accessCode, 2);
    expect(agreed.status).toBe(200);
    expect(agreed.body).toMatchObject({ version: 2, agreement: { how: 'online' }, canAgree: false });
    const again = await agree(reference, accessCode, 2);
    expect(again).toEqual(agreed);
    const entries = (await ports.audit.forApplication(reference)).filter(
      (entry) => entry.action === 'plan.agree-online',
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).not.toHaveProperty('actor');
  });
});
