import { describe, expect, it } from 'vitest';
import { RuleViolationError } from '../../../shared/domain/errors.ts';
import { resultOfRows } from '../../../shared/domain/selection-rows.ts';
import type { Application } from '../../../shared/schemas/application.ts';
import { extendIntake } from '../../../shared/use-cases/admin/extend-intake.ts';
import { getSelectionRun } from '../../../shared/use-cases/selection/get-selection-run.ts';
import { publicationReach } from '../../../shared/use-cases/selection/publication-reach.ts';
import { publishSelection } from '../../../shared/use-cases/selection/publish-selection.ts';
import { runSelection } from '../../../shared/use-cases/selection/run-selection.ts';
import { getSelectionReadiness } from '../../../shared/use-cases/selection/selection-readiness.ts';
import { type MemoryPorts, memoryPorts } from '../../fakes/memory-ports.ts';
import { legacyPersonalCode } from '../../fixtures/personal-codes.ts';
import { pilotLikeRound } from '../../fixtures/rounds.ts';
import { utcDays } from '../../helpers/audit-span.ts';
import {
  administrator,
  bauskaWorker,
  decideNotEligible,
  portsOf,
  publishRun,
  staffRequest,
  submitted,
} from './staff-steps.ts';

const ROUND = pilotLikeRound.id;

const readiness = (ports: MemoryPorts, who = administrator) =>
  getSelectionReadiness(portsOf(ports, who), staffRequest(who, 'selection.read'), ROUND);
const run = (ports: MemoryPorts) =>
  runSelection(portsOf(ports, administrator), staffRequest(administrator, 'selection.run'), ROUND);

let people = 700;
/**
 * Bauska: two applications to review, one decided, and the second application of a person who applied first in
 * Jelgava (a possible duplicate); Jelgava: that person's first application, to review.
 */
async function undecidedRound() {
  const ports = memoryPorts({ rounds: [pilotLikeRound] });
  const toReview = [await submitted(ports), await submitted(ports)];
  await decideNotEligible(ports, await submitted(ports));
  people += 1;
  const personalCode = legacyPersonalCode(people);
  const inJelgava = await submitted(ports, { personalCode, municipalityCode: 'LV-JEL' });
  const duplicate = await submitted(ports, { personalCode });
  return { ports, toReview, inJelgava, duplicate };
}

describe('what stops the selection', () => {
  it('is counted per municipality and review state: exactly the applications a run is refused for', async () => {
    const { ports, toReview, inJelgava, duplicate } = await undecidedRound();

    await expect(readiness(ports)).resolves.toEqual({
      undecided: [
        {
          municipalityCode: 'LV-016',
          count: 3,
          states: [
            { state: 'to-review', count: 2 },
            { state: 'possible-duplicate', count: 1 },
          ],
        },
        { municipalityCode: 'LV-JEL', count: 1, states: [{ state: 'to-review', count: 1 }] },
      ],
    });
    const refused = await run(ports).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RuleViolationError);
    expect((refused as RuleViolationError).violations.map(({ field }) => field).sort()).toEqual(
      [...toReview, inJelgava, duplicate].map((reference) => `applications.${reference}`).sort(),
    );
  });

  it('shows a social worker their own municipality only, and is audited as a read of the selection', async () => {
    const { ports } = await undecidedRound();
    const request = staffRequest(bauskaWorker, 'selection.read');

    const own = await getSelectionReadiness(portsOf(ports, bauskaWorker), request, ROUND);

    expect(own.undecided.map(({ municipalityCode, count }) => ({ municipalityCode, count }))).toEqual([
      { municipalityCode: 'LV-016', count: 3 },
    ]);
    const { entries } = await ports.audit.list({ ...utcDays('2019-08-20') }, 50);
    expect(entries.filter(({ id }) => id === request.requestId)).toMatchObject([
      { action: 'selection.read', roundId: ROUND, outcome: 'succeeded' },
    ]);
  });

  it('is nothing once every application is decided', async () => {
    const { ports } = await decidedRun();
    await expect(readiness(ports)).resolves.toEqual({ undecided: [] });
  });
});

/** Two Bauska applications, both decided, and the run of them. */
async function decidedRun() {
  const ports = memoryPorts({ rounds: [pilotLikeRound] });
  const references = [await submitted(ports), await submitted(ports)];
  for (const reference of references) await decideNotEligible(ports, reference);
  return { ports, references, ran: await run(ports) };
}

describe('what publishing would send', () => {
  it('is in the run’s answer and the latest run’s, for administrators: one e-mail per application here', async () => {
    const { ports, ran } = await decidedRun();
    const reach = { emails: 2, applications: 2, applicationsWithoutEmail: 0 };
    expect(ran.answer.publication).toEqual(reach);
    const again = await run(ports);
    expect(again).toMatchObject({ created: false, answer: { publication: reach } });
    const latest = (who = administrator) =>
      getSelectionRun(portsOf(ports, who), staffRequest(who, 'selection.read'), { roundId: ROUND });
    await expect(latest()).resolves.toMatchObject({ publication: reach });
    // Social workers do not publish.
    expect(await latest(bauskaWorker)).not.toHaveProperty('publication');
  });

  it('counts a representative’s e-mail besides the person’s, one shared address once, and no address at all', async () => {
    const { ports, references, ran } = await decidedRun();
    const [first, second] = (await Promise.all(references.map((reference) => ports.applications.get(reference)))) as [
      Application,
      Application,
    ];
    const representative = {
      firstName: 'Jānis',
      lastName: 'Bērziņš',
      capacity: 'guardian' as const,
      email: 'janis@example.lv',
    };
    const stored = await ports.selectionRuns.rows(ROUND, ran.answer.run.runId, 'LV-016');
    const results = [{ result: resultOfRows(10, stored) }];

    const withRepresentative = new Map([['LV-016', [{ ...first, representative }, second]]]);
    expect(publicationReach(results, withRepresentative)).toEqual({
      emails: 3,
      applications: 2,
      applicationsWithoutEmail: 0,
    });
    const shared = { ...first, representative: { ...representative, email: first.contact.email ?? '' } };
    expect(publicationReach(results, new Map([['LV-016', [shared, second]]])).emails).toBe(2);
    const { email: _none, ...noEmail } = second.contact;
    const unreachable = new Map([['LV-016', [first, { ...second, contact: noEmail }]]]);
    expect(publicationReach(results, unreachable)).toEqual({
      emails: 1,
      applications: 2,
      applicationsWithoutEmail: 1,
    });
  });

  it('is gone once published', async () => {
    const { ports, ran } = await decidedRun();
    const published = await publishRun(ports, ROUND, ran.answer.run.runId);
    expect(published).not.toHaveProperty('publication');
    await expect(
      getSelectionRun(portsOf(ports, administrator), staffRequest(administrator, 'selection.read'), { roundId: ROUND }),
    ).resolves.not.toHaveProperty('publication');
  });
});

describe('publishing while intake is open again', () => {
  it('is refused: intake extended after the run must end, and the selection run again', async () => {
    const { ports, ran } = await decidedRun();
    await extendIntake(portsOf(ports, administrator), staffRequest(administrator, 'intake.extend'), {
      roundId: ROUND,
      request: { lastDay: '2019-08-30' },
    });

    await expect(
      publishSelection(portsOf(ports, administrator), staffRequest(administrator, 'selection.publish'), {
        roundId: ROUND,
        runId: ran.answer.run.runId,
      }),
    ).rejects.toMatchObject({ violations: [{ code: 'INTAKE_NOT_CLOSED' }] });
    expect(ports.applications.all().filter((application) => application.selection)).toEqual([]);
    await expect(ports.selectionRuns.latest(ROUND)).resolves.toMatchObject({ status: 'computed' });
  });
});
