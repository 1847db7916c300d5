import { afterEach, describe, expect, it, vi } from 'vitest';
import { keys } from '../../shared/adapters/dynamodb/table-design.ts';
import { ServiceUnavailableError } from '../../shared/domain/errors.ts';
import { errorResponse } from '../../shared/http/error-response.ts';
import type { Round } from '../../shared/schemas/round.ts';
import { createApplication } from '../../shared/use-cases/create-application.ts';
import { publishSelection } from '../../shared/use-cases/selection/publish-selection.ts';
import { runSelection } from '../../shared/use-cases/selection/run-selection.ts';
import { checkDocuments, decideEligibility } from '../../shared/use-cases/staff/review-decisions.ts';
import { submitApplication } from '../../shared/use-cases/submit-application.ts';
import { files, legacyPersonalCode } from '../fixtures/personal-codes.ts';
import { validRequest } from '../fixtures/requests.ts';
import { pilotLikeRound } from '../fixtures/rounds.ts';
import { always, attemptsOf, FAULTS } from '../helpers/aws-faults.ts';
import { adminPorts, adminRequest, faultyPortsForFile } from './support/faulty-ports.ts';
import { uploadDocuments } from './support/upload-documents.ts';

const system = faultyPortsForFile();
afterEach(() => vi.restoreAllMocks());

const OPEN = new Date('2019-08-05T08:00:00.000Z');
const CLOSED = new Date('2019-08-20T08:00:00.000Z');
let count = 0;

async function newRound(): Promise<Round> {
  count += 1;
  const round = { ...pilotLikeRound, id: `faults-${count}` };
  await system.ports.rounds.put(round);
  return round;
}

function create(round: Round, key = `key-${++count}-abcdefgh`) {
  const request = validRequest({
    person: { ...validRequest().person, personalCode: legacyPersonalCode(count) },
  });
  return createApplication(system.ports, { roundId: round.id, request, idempotencyKey: key, now: OPEN });
}

async function drafts(round: Round) {
  return (await system.probe.items()).filter((item) => item.roundId === round.id && item.status === 'draft');
}

describe('DynamoDB faults the SDK retries by itself', () => {
  it.each(FAULTS.filter((fault) => fault !== 'transaction-conflict'))(
    'a create whose first attempt meets %s is retried by the SDK and stores one draft',
    async (fault) => {
      const round = await newRound();
      system.faults.schedule(attemptsOf('PutItem', [fault]));
      const answer = await create(round);
      expect(system.faults.attempts.filter((attempt) => attempt.operation === 'PutItem')).toHaveLength(2);
      expect((await drafts(round)).map((item) => item.reference)).toEqual([answer.reference]);
    },
  );
});

describe('a write conflict, which the SDK does not retry', () => {
  it('is retried by the adapter, and the create stores one draft carrying its idempotency record', async () => {
    const round = await newRound();
    system.faults.schedule(attemptsOf('PutItem', ['transaction-conflict', 'transaction-conflict']));
    const answer = await create(round);
    expect(system.faults.injected.map((attempt) => attempt.fault)).toEqual([
      'transaction-conflict',
      'transaction-conflict',
    ]);
    const stored = await drafts(round);
    expect(stored.map((item) => item.reference)).toEqual([answer.reference]);
    expect(stored[0]?.idempotency).toEqual(expect.any(String));
  });

  it('after a lost answer is sent again and still stores the draft once, answering with it', async () => {
    const round = await newRound();
    // Stored, answer lost; the SDK's retry conflicts; the adapter's retry finds the draft its key put there.
    system.faults.schedule(attemptsOf('PutItem', ['answer-lost', 'transaction-conflict']));
    const answer = await create(round);
    expect((await drafts(round)).map((item) => item.reference)).toEqual([answer.reference]);
  });
});

describe('faults that outlast every retry', () => {
  it.each(FAULTS)(
    '%s on every attempt answers 503 with Retry-After, and leaves nothing half-written',
    async (fault) => {
      const round = await newRound();
      const key = `key-${++count}-outlasting`;
      system.faults.schedule(always(fault, 'PutItem'));
      const error = await create(round, key).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(ServiceUnavailableError);
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const response = errorResponse(error, 'req');
      expect(response.statusCode).toBe(503);
      expect(response.headers?.['retry-after']).toBe('60');
      system.faults.clear();
      // A lost answer stored the draft with its record; any other fault stored nothing.
      const stored = await drafts(round);
      expect(stored.length).toBe(fault === 'answer-lost' ? 1 : 0);
      // The caller sends it again, as the answer asks: one draft, whichever it was.
      const again = await create(round, key);
      expect((await drafts(round)).map((item) => item.reference)).toEqual([again.reference]);
    },
  );
});

describe('a submission, which claims the person and then stores itself', () => {
  async function draftWithDocuments(round: Round) {
    const answer = await create(round);
    await uploadDocuments(system.ports, answer, OPEN, files);
    return { reference: answer.reference, accessCode: answer.accessCode, receivedAt: OPEN };
  }

  it('whose write fails on every attempt answers 503, stores nothing of it, and goes through when sent again', async () => {
    const round = await newRound();
    const draft = await draftWithDocuments(round);
    system.faults.schedule(always('service-unavailable', 'UpdateItem'));
    await expect(submitApplication(system.ports, draft)).rejects.toBeInstanceOf(ServiceUnavailableError);
    system.faults.clear();
    expect((await system.probe.item(keys.application(draft.reference)))?.status).toBe('draft');

    // Its claim is its own: the retry is the person's first application, not a duplicate of itself.
    const answer = await submitApplication(system.ports, { ...draft, receivedAt: new Date(OPEN.getTime() + 60_000) });
    expect(answer).toMatchObject({ status: 'submitted' });
    expect(answer).not.toHaveProperty('alreadyAppliedInRound');
  });

  it('whose write was stored but its answer lost answers as stored, once', async () => {
    const round = await newRound();
    const draft = await draftWithDocuments(round);
    system.faults.schedule(attemptsOf('UpdateItem', ['answer-lost']));
    const answer = await submitApplication(system.ports, draft);
    system.faults.clear();
    expect(answer).toMatchObject({ status: 'submitted', receivedAt: OPEN.toISOString() });
    await expect(submitApplication(system.ports, draft)).resolves.toEqual(answer);
  });
});

describe('staff changes, the selection run and publication', () => {
  async function submitted(round: Round) {
    const answer = await create(round);
    await uploadDocuments(system.ports, answer, OPEN, files);
    await submitApplication(system.ports, {
      reference: answer.reference,
      accessCode: answer.accessCode,
      receivedAt: OPEN,
    });
    return answer.reference;
  }

  it('a staff change whose answer was lost and whose resend conflicted is stored once, with one audit entry', async () => {
    const round = await newRound();
    const reference = await submitted(round);
    system.faults.schedule(attemptsOf('TransactWriteItems', ['answer-lost', 'transaction-conflict']));
    const staff = adminRequest('documents.check', CLOSED);
    const answer = await checkDocuments(adminPorts(system.ports), staff, { reference, request: { verified: true } });
    expect(answer.application.review?.documentCheck?.verified).toBe(true);
    system.faults.clear();
    expect((await system.probe.item(keys.application(reference)))?.revision).toBe(1);
    const entries = (await system.probe.auditEntries()).filter((entry) => entry.reference === reference);
    expect(entries.map((entry) => entry.id)).toEqual([staff.requestId]);
  });

  it('a run and a publication whose answers were lost are stored once, each with one audit entry', async () => {
    const round = await newRound();
    const reference = await submitted(round);
    await checkDocuments(adminPorts(system.ports), adminRequest('documents.check', CLOSED), {
      reference,
      request: { verified: true },
    });
    await decideEligibility(adminPorts(system.ports), adminRequest('eligibility.decide', CLOSED), {
      reference,
      request: { decision: 'eligible' },
    });
    const run = adminRequest('selection.run', CLOSED);
    system.faults.schedule(attemptsOf('TransactWriteItems', ['answer-lost', 'transaction-conflict']));
    const ran = await runSelection(adminPorts(system.ports), run, round.id);
    const publish = adminRequest('selection.publish', CLOSED);
    system.faults.schedule(attemptsOf('TransactWriteItems', ['answer-lost', 'transaction-conflict']));
    const published = await publishSelection(adminPorts(system.ports), publish, {
      roundId: round.id,
      runId: ran.answer.run.runId,
    });
    expect(published.answer.run.status).toBe('published');
    system.faults.clear();
    const entries = (await system.probe.auditEntries()).filter((entry) => entry.roundId === round.id);
    expect(entries.filter((entry) => entry.id === run.requestId)).toHaveLength(1);
    expect(entries.filter((entry) => entry.id === publish.requestId)).toHaveLength(1);
    expect(entries.filter((entry) => entry.reason === 'ALREADY_PUBLISHED')).toEqual([]);
  });
});
