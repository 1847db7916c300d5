import { describe, expect, it } from 'vitest';
import { resultOfRows } from '../../../shared/domain/selection-rows.ts';
import type { CreateApplicationRequest } from '../../../shared/schemas/application.ts';
import type { AuditEntry } from '../../../shared/schemas/audit.ts';
import type { ProtocolResponse } from '../../../shared/schemas/selection-api.ts';
import type { StaffIdentity } from '../../../shared/schemas/staff-identity.ts';
import { getProtocol, protocolCsv } from '../../../shared/use-cases/selection/get-protocol.ts';
import { recordWithdrawal } from '../../../shared/use-cases/selection/record-withdrawal.ts';
import { runSelection } from '../../../shared/use-cases/selection/run-selection.ts';
import { recordScores } from '../../../shared/use-cases/staff/review-decisions.ts';
import { submitApplication } from '../../../shared/use-cases/submit-application.ts';
import { type MemoryPorts, memoryPorts } from '../../fakes/memory-ports.ts';
import { files, legacyPersonalCode } from '../../fixtures/personal-codes.ts';
import { GUARDED_PERSON_CONTACT, guardedPersonRequest } from '../../fixtures/protocol-people.ts';
import { validRequest } from '../../fixtures/requests.ts';
import { startDraft, uploadDocuments } from './applicant-steps.ts';
import { administrator, bauskaWorker, decide, portsOf, publishRun, scoredRound, staffRequest } from './staff-steps.ts';

/** The scored round with one place in Bauska, whose social service the round names. */
const round = {
  ...scoredRound,
  municipalities: scoredRound.municipalities.map((municipality) => ({
    ...municipality,
    cap: 1,
    socialService: {
      name: { lv: 'Bauskas novada Sociālais dienests', en: 'Bauska Social Service' },
      address: 'Slimnīcas iela 7, Bauska',
      phone: '+371 63922000',
      email: 'socialais@bauska.lv',
    },
  })),
};
const ROUND = round.id;
const RAN_AT = new Date('2019-08-20T08:00:00.000Z');
const PUBLISHED_AT = new Date('2019-08-21T09:30:00.000Z');
const WITHDRAWN_AT = new Date('2019-09-02T07:15:00.000Z');

let people = 0;

/** A person's application received at `receivedAt` and decided: eligible with `total` points, or not eligible. */
async function decided(
  ports: MemoryPorts,
  receivedAt: string,
  total: number | 'not-eligible',
  overrides: Partial<CreateApplicationRequest> = {},
) {
  people += 1;
  const personalCode = legacyPersonalCode(700 + people);
  const request = validRequest({
    ...overrides,
    person: { ...validRequest().person, ...overrides.person, personalCode },
  });
  const draft = await startDraft(ports, request);
  uploadDocuments(ports, draft.reference, {
    'application-form': files.pdf(),
    'disability-proof': files.png(),
    ...(request.representative && { 'representative-authority': files.pdf() }),
  });
  await submitApplication(ports, { ...draft, receivedAt: new Date(receivedAt) });
  await decide(ports, draft.reference, total);
  return { reference: draft.reference, personalCode };
}

/**
 * Four Bauska applicants: two with 9 points received in the same minute of 05.08.2019 (09:51:07 and 09:51:42 Riga
 * time), the first with a guardian and a post address; one with 5 points; one not eligible.
 */
async function decidedRound() {
  const ports = memoryPorts({ rounds: [round] });
  const first = await decided(ports, '2019-08-05T06:51:07.000Z', 9, guardedPersonRequest());
  const second = await decided(ports, '2019-08-05T06:51:42.000Z', 9, {
    person: { ...validRequest().person, firstName: 'Anna', lastName: 'Bērziņa' },
  });
  const third = await decided(ports, '2019-08-04T10:00:00.000Z', 5);
  const notEligible = await decided(ports, '2019-08-03T10:00:00.000Z', 'not-eligible');
  return { ports, first, second, third, notEligible };
}

const run = (ports: MemoryPorts) =>
  runSelection(portsOf(ports, administrator), staffRequest(administrator, 'selection.run', RAN_AT), ROUND);

async function publish(ports: MemoryPorts, runId: string) {
  await publishRun(ports, ROUND, runId, PUBLISHED_AT);
}

/** The protocol as `identity` reads it, and the audit entry of the reading. */
async function protocolAs(
  ports: MemoryPorts,
  identity: StaffIdentity,
  contacts = true,
): Promise<{ protocol: ProtocolResponse; entry: AuditEntry }> {
  const request = staffRequest(identity, 'protocol.read');
  const municipality = identity.role === 'administrator' ? { municipality: 'LV-016' } : {};
  const protocol = await getProtocol(portsOf(ports, identity), request, { roundId: ROUND, contacts, ...municipality });
  const entries = await ports.audit.list(
    { since: '2019-08-20T00:00:00.000Z', until: '2019-08-21T00:00:00.000Z', action: 'protocol.read' },
    100,
  );
  const entry = entries.entries.find((candidate) => candidate.id === request.requestId);
  if (!entry) throw new Error('The protocol read has no audit entry');
  return { protocol, entry };
}

describe('the selection protocol as a document', () => {
  it('is numbered by round, municipality and run, dated by the run, and names the round, criteria and places', async () => {
    const { ports } = await decidedRound();
    const { answer } = await run(ports);

    const { protocol } = await protocolAs(ports, administrator);

    expect(protocol.number).toBe(`${ROUND}-LV-016-1`);
    expect(protocol.date).toBe(RAN_AT.toISOString());
    expect(protocol.checkValue).toBe(answer.run.inputsHash.slice(0, 12));
    expect(protocol.round).toEqual({ id: ROUND, name: round.name });
    expect(protocol.municipality).toEqual({
      code: 'LV-016',
      name: round.municipalities[0]?.name,
      cap: 1,
      socialServiceName: { lv: 'Bauskas novada Sociālais dienests', en: 'Bauska Social Service' },
    });
    expect(protocol.criteria.map(({ id, maxPoints }) => ({ id, maxPoints }))).toEqual([
      { id: 'support-need', maxPoints: 10 },
      { id: 'no-other-services', maxPoints: 5 },
      { id: 'lives-alone', maxPoints: 5 },
    ]);
    expect(protocol.run).toMatchObject({ ranBy: 'admin', ranAt: RAN_AT.toISOString(), status: 'computed' });
  });

  it('orders equal points by the receipt time, which it keeps to the second, and shows it so in the file', async () => {
    const { ports, first, second, third, notEligible } = await decidedRound();
    await run(ports);

    const { protocol } = await protocolAs(ports, administrator);

    expect(
      protocol.rows.map(({ reference, rank, totalScore, decision, position, reason, receivedAt }) => ({
        reference,
        rank,
        totalScore,
        decision,
        position,
        reason,
        receivedAt,
      })),
    ).toEqual([
      {
        reference: first.reference,
        rank: 1,
        totalScore: 9,
        decision: 'selected',
        position: undefined,
        reason: undefined,
        receivedAt: '2019-08-05T06:51:07.000Z',
      },
      {
        reference: second.reference,
        rank: 2,
        totalScore: 9,
        decision: 'waitlisted',
        position: 1,
        reason: undefined,
        receivedAt: '2019-08-05T06:51:42.000Z',
      },
      {
        reference: third.reference,
        rank: 3,
        totalScore: 5,
        decision: 'waitlisted',
        position: 2,
        reason: undefined,
        receivedAt: '2019-08-04T10:00:00.000Z',
      },
      {
        reference: notEligible.reference,
        rank: null,
        totalScore: null,
        decision: 'not-selected',
        position: undefined,
        reason: 'not-eligible',
        receivedAt: '2019-08-03T10:00:00.000Z',
      },
    ]);
    const csv = protocolCsv(protocol);
    expect(csv).toContain(`1,${first.reference},9,2019-08-05T09:51:07.000+03:00,selected`);
    expect(csv).toContain(`2,${second.reference},9,2019-08-05T09:51:42.000+03:00,waitlisted,1`);
  });

  it('counts the runs, says who ran and who published, and gets a number of its own once places pass on', async () => {
    const { ports, first, third } = await decidedRound();
    await run(ports);
    // A score changes: the selection runs again, as run 2.
    await recordScores(portsOf(ports, bauskaWorker), staffRequest(bauskaWorker, 'scores.record'), {
      reference: third.reference,
      request: {
        points: { 'support-need': 6, 'no-other-services': 0, 'lives-alone': 0 },
        justification: 'Pārvērtēts.',
      },
    });
    const second = await run(ports);
    expect((await protocolAs(ports, administrator)).protocol.number).toBe(`${ROUND}-LV-016-2`);

    await publish(ports, second.answer.run.runId);
    const published = (await protocolAs(ports, administrator)).protocol;
    expect(published.number).toBe(`${ROUND}-LV-016-2`);
    expect(published.date).toBe(PUBLISHED_AT.toISOString());
    expect(published.run).toMatchObject({
      ordinal: 2,
      status: 'published',
      ranBy: 'admin',
      publishedBy: 'admin',
      publishedAt: PUBLISHED_AT.toISOString(),
    });

    await recordWithdrawal(
      portsOf(ports, bauskaWorker),
      staffRequest(bauskaWorker, 'application.withdraw', WITHDRAWN_AT),
      { reference: first.reference, request: { reason: 'Pārcēlās uz citu pašvaldību.' } },
    );
    const changed = (await protocolAs(ports, administrator)).protocol;
    expect(changed.number).toBe(`${ROUND}-LV-016-2.1`);
    expect(changed.date).toBe(WITHDRAWN_AT.toISOString());
    expect(changed.promotions).toMatchObject([{ withdrawn: first.reference, by: 'bauska' }]);
    expect(changed.rows.find((row) => row.reference === first.reference)).toMatchObject({
      decision: 'not-selected',
      reason: 'withdrawn',
    });
  });

  it('numbers a run stored before runs were counted by the start of its id', async () => {
    const { ports } = await decidedRound();
    const { answer } = await run(ports);
    const stored = await ports.selectionRuns.latest(ROUND);
    if (!stored) throw new Error('The run was not stored');
    const { ordinal: _ordinal, ...uncounted } = { ...stored, runId: 'abcdef0123456789abcd' };
    const result = resultOfRows(1, await ports.selectionRuns.rows(ROUND, stored.runId, 'LV-016'));
    await ports.selectionRuns.save(
      { summary: uncounted, parts: [{ municipalityCode: 'LV-016', input: { cap: 1, applications: [] }, result }] },
      { id: 'request-uncounted', at: RAN_AT.toISOString(), action: 'selection.run', outcome: 'succeeded' },
    );
    expect(answer.run.runId).not.toBe('abcdef0123456789abcd');

    expect((await protocolAs(ports, administrator)).protocol.number).toBe(`${ROUND}-LV-016-abcdef`);
  });
});

describe('a page of the protocol', () => {
  it('holds the rows asked for, in the same order, with the same number and date, and says how many there are', async () => {
    const { ports, first, second, third, notEligible } = await decidedRound();
    const { answer } = await run(ports);
    await publish(ports, answer.run.runId);
    const whole = (await protocolAs(ports, bauskaWorker)).protocol;
    expect(whole.rows.map((row) => row.reference)).toEqual([
      first.reference,
      second.reference,
      third.reference,
      notEligible.reference,
    ]);

    const request = staffRequest(bauskaWorker, 'protocol.read');
    const page = await getProtocol(portsOf(ports, bauskaWorker), request, {
      roundId: ROUND,
      contacts: true,
      rows: { from: 1, count: 2 },
    });

    expect(page).toEqual({ ...whole, rows: whole.rows.slice(1, 3), from: 1 });
    expect(page.total).toBe(4);
  });
});

describe('the contacts in the protocol', () => {
  it('are given to the municipality’s own social worker for the selected and waiting persons, and audited so', async () => {
    const { ports, first, second, third, notEligible } = await decidedRound();
    await run(ports);

    const { protocol, entry } = await protocolAs(ports, bauskaWorker);

    expect(protocol.contactsIncluded).toBe(true);
    const contactOf = (reference: string) => protocol.rows.find((row) => row.reference === reference)?.contact;
    expect(contactOf(first.reference)).toEqual(GUARDED_PERSON_CONTACT);
    expect(contactOf(second.reference)).toEqual({
      name: 'Anna Bērziņa',
      phone: '+371 20000000',
      email: 'anna@example.lv',
    });
    expect(contactOf(third.reference)).toMatchObject({ name: 'Anna Bērziņa' });
    expect(contactOf(notEligible.reference)).toBeUndefined();
    expect(entry).toMatchObject({
      action: 'protocol.read',
      actor: { username: 'bauska' },
      roundId: ROUND,
      municipalityCode: 'LV-016',
      outcome: 'succeeded',
      reason: 'CONTACTS_INCLUDED',
    });
  });

  it('are never given to the ministry’s administrators, nor put in the CSV file, and then not audited as read', async () => {
    const { ports } = await decidedRound();
    await run(ports);

    const asAdministrator = await protocolAs(ports, administrator);
    expect(asAdministrator.protocol.contactsIncluded).toBe(false);
    expect(asAdministrator.protocol.rows.every((row) => row.contact === undefined)).toBe(true);
    expect(JSON.stringify(asAdministrator.protocol)).not.toMatch(/Ģirts|Bērziņa|example\.lv|\+371/);
    expect(asAdministrator.entry.reason).toBeUndefined();

    const forFile = await protocolAs(ports, bauskaWorker, false);
    expect(forFile.protocol.contactsIncluded).toBe(false);
    expect(protocolCsv(forFile.protocol)).not.toMatch(/Ģirts|Bērziņa|example\.lv|\+371/);
    expect(forFile.entry.reason).toBeUndefined();
  });

  it('never carry a personal code, in any form', async () => {
    const { ports, first, second } = await decidedRound();
    await run(ports);

    const { protocol } = await protocolAs(ports, bauskaWorker);

    const stored = await Promise.all([first, second].map(({ reference }) => ports.applications.get(reference)));
    const text = JSON.stringify(protocol);
    for (const { personalCode } of [first, second]) {
      expect(text).not.toContain(personalCode);
      expect(text).not.toContain(personalCode.replace('-', ''));
    }
    for (const application of stored) {
      expect(text).not.toContain(application?.personalCode.keyedHash);
      expect(text).not.toContain(application?.personalCode.encrypted);
      expect(text).not.toContain(application?.person.dateOfBirth);
    }
  });
});
