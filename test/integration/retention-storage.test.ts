import { ListObjectsV2Command, ListObjectVersionsCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { PutCommand as PutItemCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { demoServiceYear } from '../../infra/seed/service-year.ts';
import { keys } from '../../shared/adapters/dynamodb/table-design.ts';
import { UPLOADS_PREFIX } from '../../shared/adapters/s3/s3-document-store.ts';
import { anonymisedApplication } from '../../shared/domain/anonymisation.ts';
import type { Application } from '../../shared/schemas/application.ts';
import type { Round } from '../../shared/schemas/round.ts';
import { createApplication } from '../../shared/use-cases/create-application.ts';
import { drawUpPlan } from '../../shared/use-cases/plans/draw-up-plan.ts';
import { applyRetention } from '../../shared/use-cases/retention/apply-retention.ts';
import { placeHold } from '../../shared/use-cases/retention/legal-hold.ts';
import { drainPublication } from '../../shared/use-cases/selection/publication-job.ts';
import { publishSelection } from '../../shared/use-cases/selection/publish-selection.ts';
import { runSelection } from '../../shared/use-cases/selection/run-selection.ts';
import { currentSelection } from '../../shared/use-cases/selection/selection-inputs.ts';
import { checkDocuments, decideEligibility, recordScores } from '../../shared/use-cases/staff/review-decisions.ts';
import { staffPorts } from '../../shared/use-cases/staff/staff-ports.ts';
import { submitApplication } from '../../shared/use-cases/submit-application.ts';
import { files, legacyPersonalCode } from '../fixtures/personal-codes.ts';
import { validRequest } from '../fixtures/requests.ts';
import { pilotLikeRound } from '../fixtures/rounds.ts';
import { bauskaWorker } from '../fixtures/staff-identities.ts';
import { storeServiceYear } from '../fixtures/stored-service-year.ts';
import { always, attemptsOf } from '../helpers/aws-faults.ts';
import { adminPorts, adminRequest, faultyPortsForFile } from './support/faulty-ports.ts';
import { uploadDocuments } from './support/upload-documents.ts';

/*
 * The retention job on the stand-ins: after each period, nothing personal of the applications concerned is left in
 * any item of the table or in the documents bucket, the stored run is still re-checked, a held application is
 * untouched, and a run cut off by a fault is finished by the next, each removal audited once.
 */

const system = faultyPortsForFile();

const DAY = 24 * 60 * 60 * 1000;
const OPEN = new Date('2019-08-05T08:00:00.000Z');
const CLOSED = new Date('2019-08-20T08:00:00.000Z');
const PUBLISHED = new Date('2019-09-02T08:00:00.000Z');
const NOT_SELECTED_DUE = new Date(PUBLISHED.getTime() + 30 * DAY);
/** The plan starts on 01.10.2019: the 12 months end on 30.09.2020, and the year after them on 30.09.2021. */
const PARTICIPANTS_DUE = new Date(Date.parse('2020-09-30T21:00:00.000Z') + 365 * DAY);
const GOAL = 'Iemācīties braukt ar autobusu uz Rīgu';
const VIEW = 'Man patīk strādāt dārzā.';
let count = 0;

interface PublishedRound {
  round: Round;
  selected: string;
  waiting: string;
  refused: string;
  /** Every personal value the applications held, per reference, to look for afterwards. */
  personal: Map<string, string[]>;
}

/**
 * A round with one place in Bauska: three people apply online with both documents; the first is selected (with a
 * plan in her own words), the second waits, the third is not eligible. Published on 02.09.2019.
 */
async function publishedRound(): Promise<PublishedRound> {
  count += 1;
  const round: Round = {
    ...pilotLikeRound,
    id: `retention-${count}`,
    municipalities: pilotLikeRound.municipalities.map((municipality) => ({ ...municipality, cap: 1 })),
    criteria: [{ id: 'need', name: { lv: 'Vajadzība', en: 'Need' }, maxPoints: 10 }],
    retention: { notSelectedDays: 30, participantDays: 365 },
  };
  await system.ports.rounds.put(round);
  const references: string[] = [];
  for (const points of [9, 5, 'not-eligible'] as const) {
    const reference = await submitted(round, references.length);
    await review(reference, points);
    references.push(reference);
  }
  const admin = adminPorts(system.ports);
  const { answer } = await runSelection(admin, adminRequest('selection.run', CLOSED), round.id);
  await publishSelection(admin, adminRequest('selection.publish', PUBLISHED), {
    roundId: round.id,
    runId: answer.run.runId,
  });
  // Publishing starts the job that records and e-mails the results; here it runs to its end at once.
  await drainPublication(system.ports, round.id, { webUrl: 'https://pieteikumi.example.lv' });
  await storeServiceYear(system.ports, round.id, demoServiceYear([{ code: 'LV-016', town: 'Bauska' }]), PUBLISHED);
  const [selected, waiting, refused] = references as [string, string, string];
  await drawUpPlan(staffPorts(system.ports, bauskaWorker), workerRequest('plan.version', PUBLISHED), {
    reference: selected,
    request: {
      goals: [GOAL],
      personView: VIEW,
      services: [{ serviceId: 'day-centre', providerId: 'lv-016-centrs', quantityPerMonth: 8, months: 12 }],
      startDate: '2019-10-01',
    },
  });
  const personal = new Map<string, string[]>();
  for (const reference of references) {
    const item = (await system.probe.item(keys.application(reference))) as Application;
    personal.set(reference, [
      item.person.firstName,
      item.person.lastName,
      item.person.dateOfBirth,
      item.personalCode.encrypted,
      item.personalCode.keyedHash,
      item.contact.email ?? 'no e-mail',
      ...(item.documents ?? []).map((document) => document.sha256),
      'Vērtēts mājas vizītē.',
    ]);
  }
  return { round, selected, waiting, refused, personal };
}

async function submitted(round: Round, index: number): Promise<string> {
  count += 1;
  const request = validRequest({
    person: { ...validRequest().person, firstName: `Persona${count}`, personalCode: legacyPersonalCode(count) },
    contact: { email: `persona${count}@example.lv`, language: 'lv' },
  });
  const created = await createApplication(system.ports, {
    roundId: round.id,
    request,
    idempotencyKey: `retention-key-${count}-abcdef`,
    now: OPEN,
  });
  await uploadDocuments(system.ports, created, OPEN, files);
  await submitApplication(system.ports, { ...created, receivedAt: new Date(OPEN.getTime() + index * 60_000) });
  return created.reference;
}

async function review(reference: string, points: number | 'not-eligible') {
  const ports = staffPorts(system.ports, bauskaWorker);
  await checkDocuments(ports, workerRequest('documents.check'), { reference, request: { verified: true } });
  if (points === 'not-eligible') {
    await decideEligibility(ports, workerRequest('eligibility.decide'), {
      reference,
      request: { decision: 'not-eligible', reason: 'documents-invalid' },
    });
    return;
  }
  await decideEligibility(ports, workerRequest('eligibility.decide'), { reference, request: { decision: 'eligible' } });
  await recordScores(ports, workerRequest('scores.record'), {
    reference,
    request: { points: { need: points }, justification: 'Vērtēts mājas vizītē.' },
  });
}

function workerRequest(action: Parameters<typeof adminRequest>[0], at = CLOSED) {
  return { ...adminRequest(action, at), identity: bauskaWorker };
}

/** An audit entry of the retention job's kind, with a request id of its own. */
function adminRequestEntry(action: 'retention.anonymise') {
  const { requestId } = adminRequest(action, NOT_SELECTED_DUE);
  return { id: requestId, at: NOT_SELECTED_DUE.toISOString(), action, outcome: 'succeeded' as const };
}

const job = (at: Date, limit = 50) => applyRetention(system.ports, at, { limit });

/** Every item of the table that names the reference anywhere: its application, plan, claims, run parts, ledger. */
async function itemsNaming(reference: string) {
  return (await system.probe.items()).filter((item) => JSON.stringify(item).includes(reference));
}

/** Every object key and version the documents bucket holds for the application. */
async function storedDocuments(round: Round, reference: string) {
  const versions = await system.aws.clients.s3.send(new ListObjectVersionsCommand({ Bucket: system.aws.bucketName }));
  const objects = await system.aws.clients.s3.send(new ListObjectsV2Command({ Bucket: system.aws.bucketName }));
  const mine = (key: string | undefined) => key?.includes(`${round.id}/${reference}/`) ?? false;
  const keys = [
    ...[...(versions.Versions ?? []), ...(versions.DeleteMarkers ?? [])].map((version) => version.Key),
    ...(objects.Contents ?? []).map((object) => object.Key),
  ];
  return [...new Set(keys.filter(mine))];
}

/** Nothing personal of the application is left in any item of the table, nor any document in the bucket. */
async function expectNothingPersonalLeft(fixture: PublishedRound, reference: string) {
  const left = JSON.stringify(await itemsNaming(reference));
  for (const value of fixture.personal.get(reference) ?? []) expect(left).not.toContain(value);
  const hash = fixture.personal.get(reference)?.[4] as string;
  expect((await system.probe.items()).filter((item) => String(item.pk).includes(hash))).toEqual([]);
  expect(await storedDocuments(fixture.round, reference)).toEqual([]);
}

describe('the retention job on DynamoDB Local and the S3 server', () => {
  it('leaves nothing personal of the not selected once their period ends, and re-checks the stored run', async () => {
    const fixture = await publishedRound();
    const { round, selected, waiting, refused } = fixture;
    const admin = adminPorts(system.ports);
    const stored = await system.ports.selectionRuns.latest(round.id);
    expect(await storedDocuments(round, waiting)).toHaveLength(4);
    await expect(job(new Date(NOT_SELECTED_DUE.getTime() - 1))).resolves.toMatchObject({ removed: [] });

    const run = await job(NOT_SELECTED_DUE);

    expect(run.removed.map(({ reference }) => reference).sort()).toEqual([waiting, refused].sort());
    for (const reference of [waiting, refused]) await expectNothingPersonalLeft(fixture, reference);
    expect(await storedDocuments(round, selected)).toHaveLength(4);
    await expect(system.probe.item(keys.application(waiting))).resolves.toMatchObject({
      status: 'anonymised',
      state: 'eligible',
      totalScore: 5,
      selection: { outcome: 'waitlisted', position: 1 },
      anonymised: { rule: 'not-selected-period' },
    });
    expect((await currentSelection(admin, round)).inputsHash).toBe(stored?.inputsHash);
  });

  it('leaves nothing personal of a participant, her plan’s words included, a year after her year of services', async () => {
    const fixture = await publishedRound();
    const { round, selected } = fixture;
    await job(new Date(PARTICIPANTS_DUE.getTime() - 1));
    await expect(system.ports.applications.get(selected)).resolves.toBeDefined();

    await job(PARTICIPANTS_DUE);

    await expectNothingPersonalLeft(fixture, selected);
    const plan = await system.probe.item(keys.supportPlan(round.id, 'LV-016', selected));
    expect(JSON.stringify(plan)).not.toContain(GOAL);
    expect(JSON.stringify(plan)).not.toContain(VIEW);
    expect(plan).toMatchObject({ anonymisedAt: PARTICIPANTS_DUE.toISOString(), reviews: [] });
    const stored = await system.ports.selectionRuns.latest(round.id);
    expect((await currentSelection(adminPorts(system.ports), round)).inputsHash).toBe(stored?.inputsHash);
  });

  it('replaces the whole item, so attributes added to applications later go too, and gives up the claim', async () => {
    const fixture = await publishedRound();
    const { waiting } = fixture;
    const read = (await system.ports.applications.get(waiting)) as Application;
    const marked = await system.ports.retention.beginErasure(read, {
      rule: 'erasure-request',
      since: NOT_SELECTED_DUE.toISOString(),
    });
    if (marked === 'changed') throw new Error('The application was not marked');
    // What a later version of the application's item may carry besides: a name sort key, a personal-code index.
    await system.aws.clients.documentClient.send(
      new UpdateCommand({
        TableName: system.aws.tableName,
        Key: keys.application(waiting),
        UpdateExpression: 'SET surnameSortKey = :name, personCodePk = :hash',
        ExpressionAttributeValues: { ':name': 'persona-sort', ':hash': `hash#${read.personalCode.keyedHash}` },
      }),
    );
    await expect(
      system.ports.documentErasure.eraseDocuments({ roundId: fixture.round.id, reference: waiting }),
    ).resolves.toBe(4);
    const at = NOT_SELECTED_DUE.toISOString();
    const audit = { ...adminRequestEntry('retention.anonymise'), reference: waiting };
    await expect(
      system.ports.retention.anonymise(
        { application: marked, record: anonymisedApplication(marked, { at, rule: 'erasure-request' }) },
        audit,
      ),
    ).resolves.toBe('anonymised');
    const item = await system.probe.item(keys.application(waiting));
    expect(item).not.toHaveProperty('surnameSortKey');
    expect(item).not.toHaveProperty('personCodePk');
    await expect(
      system.probe.item(keys.personClaim(fixture.round.id, read.personalCode.keyedHash)),
    ).resolves.toBeUndefined();
    await expect(
      system.ports.retention.anonymise(
        { application: marked, record: anonymisedApplication(marked, { at, rule: 'erasure-request' }) },
        audit,
      ),
    ).resolves.toBe('anonymised-before');
    await expectNothingPersonalLeft(fixture, waiting);
  });

  it('leaves a held application exactly as it was, item and documents', async () => {
    const fixture = await publishedRound();
    const { round, waiting } = fixture;
    await placeHold(staffPorts(system.ports, bauskaWorker), workerRequest('hold.place'), {
      reference: waiting,
      request: { reason: 'appeal' },
    });
    const before = await system.probe.item(keys.application(waiting));

    const run = await job(PARTICIPANTS_DUE);

    expect(run.removed.map(({ reference }) => reference)).not.toContain(waiting);
    await expect(system.probe.item(keys.application(waiting))).resolves.toEqual(before);
    expect(await storedDocuments(round, waiting)).toHaveLength(4);
  });

  it('is finished by the next run after a fault stops it half-way, each removal audited once', async () => {
    const fixture = await publishedRound();
    const { round, waiting, refused } = fixture;
    system.faults.schedule(always('internal-server-error', 'TransactWriteItems'));
    await expect(job(NOT_SELECTED_DUE)).rejects.toThrow();
    system.faults.clear();
    // The first was marked and its documents deleted; its anonymised record was never written.
    await expect(system.probe.item(keys.application(waiting))).resolves.toMatchObject({
      erasure: { rule: 'not-selected-period' },
    });
    expect(await storedDocuments(round, waiting)).toEqual([]);

    system.faults.schedule(attemptsOf('TransactWriteItems', ['answer-lost']));
    const next = await job(new Date(NOT_SELECTED_DUE.getTime() + DAY));
    system.faults.clear();

    expect(next.removed.map(({ reference }) => reference).sort()).toEqual([waiting, refused].sort());
    for (const reference of [waiting, refused]) await expectNothingPersonalLeft(fixture, reference);
    const entries = (await system.probe.auditEntries()).filter((entry) => entry.action === 'retention.anonymise');
    for (const reference of [waiting, refused]) {
      expect(entries.filter((entry) => entry.reference === reference)).toHaveLength(1);
    }
    await expect(job(new Date(NOT_SELECTED_DUE.getTime() + 2 * DAY))).resolves.toMatchObject({ removed: [] });
    expect((await system.probe.auditEntries()).filter((entry) => entry.action === 'retention.anonymise')).toHaveLength(
      entries.length,
    );
  });

  it('never writes the person’s data into the audit log', async () => {
    const fixture = await publishedRound();
    await job(NOT_SELECTED_DUE);
    const entries = JSON.stringify(
      (await system.probe.auditEntries()).filter((entry) => entry.reference === fixture.waiting),
    );
    for (const value of fixture.personal.get(fixture.waiting) ?? []) expect(entries).not.toContain(value);
  });
});

describe('a round stored before its retention periods were grouped', () => {
  it('loads with its retentionDays as both periods, and is stored in the new shape by its next change', async () => {
    const { retention: _retention, ...rest } = pilotLikeRound;
    const old = { ...rest, id: 'stored-before', retentionDays: 365, draftDays: 14 };
    await system.aws.clients.documentClient.send(
      new PutItemCommand({ TableName: system.aws.tableName, Item: { ...keys.round(old.id), ...old } }),
    );
    const read = await system.ports.rounds.get(old.id);
    expect(read?.retention).toEqual({ draftDays: 14, notSelectedDays: 365, participantDays: 365 });
    expect(read).not.toHaveProperty('retentionDays');
    await system.ports.rounds.put(read as Round);
    const stored = await system.probe.item(keys.round(old.id));
    expect(stored).not.toHaveProperty('retentionDays');
    expect(stored).toMatchObject({ retention: { notSelectedDays: 365, participantDays: 365 } });
  });
});

describe('the documents’ eraser on the S3 server', () => {
  it('deletes every object under the application’s prefixes, and only those', async () => {
    const other = `${UPLOADS_PREFIX}some-round/OTHR-2222/application-form`;
    const own = [
      `${UPLOADS_PREFIX}some-round/ERAS-2222/disability-proof`,
      `submitted/some-round/ERAS-2222/x/${'c'.repeat(64)}`,
    ];
    for (const Key of [other, ...own]) {
      await system.aws.clients.s3.send(new PutObjectCommand({ Bucket: system.aws.bucketName, Key, Body: 'bytes' }));
    }
    await expect(
      system.ports.documentErasure.eraseDocuments({ roundId: 'some-round', reference: 'ERAS-2222' }),
    ).resolves.toBe(2);
    const left = await system.aws.clients.s3.send(
      new ListObjectsV2Command({ Bucket: system.aws.bucketName, Prefix: 'uploads/some-round/' }),
    );
    expect((left.Contents ?? []).map((object) => object.Key)).toEqual([other]);
    await expect(
      system.ports.documentErasure.eraseDocuments({ roundId: 'some-round', reference: 'ERAS-2222' }),
    ).resolves.toBe(0);
  });
});
