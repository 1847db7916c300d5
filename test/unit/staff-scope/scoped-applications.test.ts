import { describe, expect, it } from 'vitest';
import { AccessError, NotFoundError } from '../../../shared/domain/errors.ts';
import type { ScopedApplication } from '../../../shared/ports/scoped-application-repository.ts';
import type { AuditEntry } from '../../../shared/schemas/audit.ts';
import { scopedApplications } from '../../../shared/use-cases/staff/scoped-applications.ts';
import { submittedApplication } from '../../fixtures/applications.ts';
import { pilotLikeRound } from '../../fixtures/rounds.ts';
import {
  administrator,
  bauskaApplication,
  bauskaWorker,
  jelgavaApplication,
  recordedApplications,
} from './recorded-applications.ts';

const audit: AuditEntry = {
  id: 'request-1',
  at: '2019-08-20T08:00:00.000Z',
  action: 'documents.check',
  outcome: 'succeeded',
};

const selection = { runId: 'run-1', publishedAt: '2019-08-21T08:00:00.000Z', outcome: 'selected', rank: 1 } as const;

/** Another municipality's application smuggled past the type, as only a cast could. */
const smuggled = jelgavaApplication as ScopedApplication;

function expectHiddenAsMissing(error: unknown) {
  expect(error).toBeInstanceOf(NotFoundError);
  expect(error).toMatchObject({ code: 'APPLICATION_NOT_FOUND', hiddenReason: 'OTHER_MUNICIPALITY' });
}

describe("a social worker's scoped view, on reads", () => {
  it('opens an application of their own municipality', async () => {
    const view = scopedApplications(recordedApplications().repository, bauskaWorker);

    expect(await view.open('BAUS-1111')).toEqual(bauskaApplication);
  });

  it("answers another municipality's application exactly as an unknown one, telling only the audit log why", async () => {
    const view = scopedApplications(recordedApplications().repository, bauskaWorker);

    const unknown = await view.open('NONE-0000').catch((error: unknown) => error);
    const other = await view.open('JELG-2222').catch((error: unknown) => error);

    expect(unknown).toMatchObject({ code: 'APPLICATION_NOT_FOUND', hiddenReason: undefined });
    expectHiddenAsMissing(other);
    expect((other as Error).message).toBe((unknown as Error).message);
  });

  it("refuses another municipality's queue without reading it", async () => {
    const { repository } = recordedApplications();
    const queuesRead: string[] = [];
    const view = scopedApplications(
      {
        ...repository,
        queue: (roundId, municipalityCode) => {
          queuesRead.push(municipalityCode);
          return repository.queue(roundId, municipalityCode);
        },
      },
      bauskaWorker,
    );

    await expect(view.queue(pilotLikeRound.id, 'LV-JEL')).rejects.toThrow(AccessError);
    await expect(view.queue(pilotLikeRound.id, 'LV-JEL')).rejects.toMatchObject({
      code: 'MUNICIPALITY_FILTER_FORBIDDEN',
    });
    expect(queuesRead).toEqual([]);
    expect((await view.queue(pilotLikeRound.id, 'LV-016')).map((application) => application.reference)).toEqual([
      'BAUS-1111',
    ]);
  });

  it("refuses another municipality's queue pages, counts and search without reading them", async () => {
    const { repository, queueReads } = recordedApplications();
    const view = scopedApplications(repository, bauskaWorker);
    const round = pilotLikeRound.id;
    const refusals = [
      view.queuePage({ roundId: round, municipalityCode: 'LV-JEL', sort: 'selection', limit: 10 }),
      view.queueCounts(round, ['LV-016', 'LV-JEL']),
      view.findInQueue(round, 'LV-JEL', { kind: 'reference', reference: 'JELG-2222' }),
    ];
    for (const refused of refusals) {
      await expect(refused).rejects.toMatchObject({ code: 'MUNICIPALITY_FILTER_FORBIDDEN' });
    }
    expect(queueReads).toEqual([]);
    const own = await view.queuePage({ roundId: round, municipalityCode: 'LV-016', sort: 'selection', limit: 10 });
    expect(own.entries.map((entry) => entry.row.reference)).toEqual(['BAUS-1111']);
    expect(queueReads).toEqual(['LV-016', 'LV-016']);
  });

  it("hands out another municipality's queue of the round only as the selection's candidates", async () => {
    const view = scopedApplications(recordedApplications().repository, bauskaWorker);

    const [bauska, jelgava] = await view.roundQueues(pilotLikeRound);

    expect(bauska).toEqual({ municipalityCode: 'LV-016', inScope: true, applications: [bauskaApplication] });
    expect(jelgava).toEqual({
      municipalityCode: 'LV-JEL',
      inScope: false,
      candidates: [
        {
          reference: 'JELG-2222',
          state: 'possible-duplicate',
          totalScore: null,
          receivedAt: '2019-08-06T09:00:00.000Z',
        },
      ],
    });
  });

  it("shows of the person's application in another municipality only where and when it was received", async () => {
    const view = scopedApplications(recordedApplications().repository, bauskaWorker);

    const group = await view.ofPerson(pilotLikeRound.id, bauskaApplication.personalCode.keyedHash);

    expect(group).toEqual([
      { inScope: true, application: bauskaApplication },
      {
        inScope: false,
        application: {
          reference: 'JELG-2222',
          municipalityCode: 'LV-JEL',
          channel: 'online',
          receivedAt: '2019-08-06T09:00:00.000Z',
          state: 'possible-duplicate',
        },
      },
    ]);
  });
});

describe("a social worker's scoped view, on writes", () => {
  it("refuses to store a review of another municipality's application, and stores nothing of the batch", async () => {
    const { repository, writes } = recordedApplications();
    const view = scopedApplications(repository, bauskaWorker);
    const own = await view.open('BAUS-1111');

    const refused = await view.saveReviewed([own, smuggled], audit).catch((error: unknown) => error);

    expectHiddenAsMissing(refused);
    expect(writes).toEqual([]);
  });

  it("refuses to submit another municipality's application", async () => {
    const { repository, writes } = recordedApplications();
    const view = scopedApplications(repository, bauskaWorker);

    expectHiddenAsMissing(await view.submit(smuggled, audit).catch((error: unknown) => error));
    expect(writes).toEqual([]);
  });

  it("refuses to record a selection result on another municipality's application", async () => {
    const { repository, writes } = recordedApplications();
    const view = scopedApplications(repository, bauskaWorker);

    expectHiddenAsMissing(await view.recordSelection(smuggled, selection).catch((error: unknown) => error));
    expect(writes).toEqual([]);
  });

  it("refuses to create a draft in another municipality's name", async () => {
    const { repository, writes } = recordedApplications();
    const view = scopedApplications(repository, bauskaWorker);
    const idempotency = { keyHash: 'k', requestHash: 'r', reference: 'JELG-2222' };

    expectHiddenAsMissing(
      await view.createDraft(jelgavaApplication, idempotency, audit).catch((error: unknown) => error),
    );
    expect(writes).toEqual([]);
  });

  it('refuses an application of its own municipality that was not read through it', async () => {
    const { repository, writes } = recordedApplications();
    const view = scopedApplications(repository, bauskaWorker);

    await expect(view.saveReviewed([bauskaApplication as ScopedApplication], audit)).rejects.toThrow(
      /not read through/,
    );
    expect(writes).toEqual([]);
  });

  it('refuses an application read through it whose municipality was changed since', async () => {
    const { repository, writes } = recordedApplications();
    const view = scopedApplications(repository, administrator);
    const read = await view.open('BAUS-1111');
    const moved = { ...read, person: { ...read.person, municipalityCode: 'LV-JEL' } };

    await expect(view.saveReviewed([moved], audit)).rejects.toThrow(/not read through/);
    expect(writes).toEqual([]);
  });

  it('stores a changed copy of an application it handed out', async () => {
    const { repository, writes } = recordedApplications();
    const view = scopedApplications(repository, bauskaWorker);
    const read = await view.open('BAUS-1111');

    await view.saveReviewed([{ ...read, review: { notes: [] } }], audit);

    expect(writes).toEqual([{ method: 'saveReviewed', references: ['BAUS-1111'] }]);
  });
});

describe("an administrator's scoped view", () => {
  it('covers every municipality: opens, queues and writes any application', async () => {
    const { repository, writes } = recordedApplications();
    const view = scopedApplications(repository, administrator);

    const jelgava = await view.open('JELG-2222');
    const [bauskaQueue, jelgavaQueue] = await view.roundQueues(pilotLikeRound);
    const group = await view.ofPerson(pilotLikeRound.id, bauskaApplication.personalCode.keyedHash);
    await view.recordSelection(jelgava, selection);

    expect(view.covers('LV-JEL') && view.covers('LV-016')).toBe(true);
    expect([bauskaQueue?.inScope, jelgavaQueue?.inScope]).toEqual([true, true]);
    expect(group.every((member) => member.inScope)).toBe(true);
    expect(writes).toEqual([{ method: 'recordSelection', references: ['JELG-2222'] }]);
  });

  it('still finds no online draft: only a paper draft belongs to a social service before submission', async () => {
    const draft = submittedApplication({ reference: 'DRAF-3333', status: 'draft' });
    const view = scopedApplications(recordedApplications([draft]).repository, administrator);

    await expect(view.open('DRAF-3333')).rejects.toMatchObject({
      code: 'APPLICATION_NOT_FOUND',
      hiddenReason: 'NOT_SUBMITTED',
    });
  });
});
