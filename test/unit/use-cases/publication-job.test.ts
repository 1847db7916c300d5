import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Ports } from '../../../shared/ports/index.ts';
import type { EmailMessage } from '../../../shared/ports/mailer.ts';
import {
  advancePublication,
  backoffMs,
  drainPublication,
  type PublicationDriver,
} from '../../../shared/use-cases/selection/publication-job.ts';
import { type MemoryPorts, memoryPorts } from '../../fakes/memory-ports.ts';
import { auditOf, publishedRun } from '../../fixtures/published-run.ts';
import { pilotLikeRound } from '../../fixtures/rounds.ts';

/*
 * The publication job on in-memory ports, step by step. Timers and the clock are vitest's fake ones, so waits at the
 * sending rate and after failures pass at once, in order.
 */

const ROUND = pilotLikeRound.id;
const WEB_URL = 'https://apply.example.lv';
const START = Date.parse('2019-08-21T09:31:00.000Z');

beforeEach(() => {
  vi.useFakeTimers({ now: START });
});
afterEach(() => {
  vi.useRealTimers();
});

function driver(overrides: Partial<PublicationDriver> = {}): PublicationDriver {
  return {
    holder: 'stream',
    attempt: `attempt-${Math.random()}`,
    webUrl: WEB_URL,
    ratePerSecond: Number.POSITIVE_INFINITY,
    now: () => new Date(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    ...overrides,
  };
}

/** Runs `work` while the fake timers run, so its waits pass. */
async function withTimers<T>(work: Promise<T>): Promise<T> {
  let done = false;
  const settled = work.finally(() => {
    done = true;
  });
  // Its failure is the caller's to see once the timers have run; until then it is not left unhandled.
  settled.catch(() => {});
  while (!done) await vi.advanceTimersToNextTimerAsync();
  return settled;
}

async function step(ports: Ports, overrides: Partial<PublicationDriver> = {}) {
  return withTimers(advancePublication(ports, ROUND, driver(overrides)));
}

const progressOf = async (ports: MemoryPorts) => (await ports.selectionRuns.latest(ROUND))?.publication;

/** Whom the job e-mailed, in order; each recipient's address once per e-mail. */
const recipients = (ports: MemoryPorts) => ports.sent.flatMap((mail) => mail.to);

describe('the publication job', () => {
  it('records every result first, a bounded number per step and across municipalities, then e-mails them', async () => {
    const { ports, references } = await publishedRun({ 'LV-016': 1200, 'LV-JEL': 3 });

    await expect(step(ports)).resolves.toMatchObject({ outcome: 'stepped', progress: { recorded: 1000, emailed: 0 } });
    expect(ports.applications.all().filter((application) => application.selection)).toHaveLength(1000);
    expect(ports.sent).toEqual([]);
    await expect(step(ports)).resolves.toMatchObject({ progress: { recorded: 1203, emailed: 0 } });
    const jelgava = ports.applications.all().filter((application) => application.person.municipalityCode === 'LV-JEL');
    expect(jelgava.map((application) => application.selection?.outcome)).toEqual(['selected', 'selected', 'selected']);

    await expect(step(ports)).resolves.toMatchObject({ progress: { recorded: 1203, emailed: 500 } });
    await expect(step(ports)).resolves.toMatchObject({ progress: { emailed: 1000 } });
    const last = await step(ports);
    expect(last).toMatchObject({ progress: { emailed: 1203, finishedAt: expect.any(String) } });
    await expect(step(ports)).resolves.toEqual({ outcome: 'finished' });
    expect(new Set(ports.sent.map((mail) => mail.about.reference))).toEqual(new Set(references));
    expect(ports.sent).toHaveLength(1203);
  });

  it('sends no faster than the sending rate, and stops a step after about twenty seconds of sending', async () => {
    const { ports } = await publishedRun({ 'LV-016': 400 });
    const sentAt: number[] = [];
    const mailer = ports.mailer;
    ports.mailer = {
      async send(message: EmailMessage) {
        sentAt.push(Date.now());
        await mailer.send(message);
      },
    };
    await step(ports, { ratePerSecond: 14 });

    const emailing = await step(ports, { ratePerSecond: 14 });

    const gaps = sentAt.slice(1).map((at, index) => at - (sentAt[index] as number));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(Math.floor(1000 / 14));
    // About twenty seconds of sending: the e-mails prepared together last are sent even when that runs over a little.
    const span = (sentAt.at(-1) as number) - (sentAt[0] as number);
    expect(span).toBeGreaterThanOrEqual(19_000);
    expect(span).toBeLessThanOrEqual(22_000);
    expect(emailing).toMatchObject({ progress: { emailed: sentAt.length } });
  });

  it('goes on after a crash between its e-mails and storing its progress, and e-mails nobody twice', async () => {
    const { ports, references } = await publishedRun({ 'LV-016': 30 });
    await step(ports);
    const finish = ports.selectionRuns.finishPublicationStep.bind(ports.selectionRuns);
    // The process dies once its e-mails are out, before its progress is stored: the lease stays taken.
    let crashes = 1;
    ports.selectionRuns.finishPublicationStep = async (...args) => {
      if (crashes-- > 0) throw new Error('The process died');
      return finish(...args);
    };
    await expect(withTimers(drainPublication(ports, ROUND, { webUrl: WEB_URL }))).rejects.toThrow('The process died');
    expect(ports.sent).toHaveLength(30);
    await expect(progressOf(ports)).resolves.toMatchObject({ emailed: 0 });

    // Another driver waits for the dead one's lease to end, then takes the job over from the stored progress.
    const resumed = await withTimers(drainPublication(ports, ROUND, { webUrl: WEB_URL }));

    expect(resumed).toMatchObject({ emailed: 30, finishedAt: expect.any(String) });
    expect(Date.now() - START).toBeGreaterThanOrEqual(3 * 60_000);
    expect(ports.sent).toHaveLength(30);
    expect(new Set(recipients(ports)).size).toBe(30);
    expect(new Set(ports.sent.map((mail) => mail.about.reference))).toEqual(new Set(references));
  });

  it('after a failed e-mail keeps what went out, waits longer each time, and then goes on from the failed one', async () => {
    const { ports, references } = await publishedRun({ 'LV-016': 25 });
    await step(ports);
    const mailer = ports.mailer;
    let failures = 2;
    ports.mailer = {
      async send(message: EmailMessage) {
        if (message.about.reference === references[12] && failures-- > 0) throw new Error('Throttling');
        await mailer.send(message);
      },
    };
    const first = await step(ports);
    expect(first).toMatchObject({
      outcome: 'stepped',
      error: expect.objectContaining({ name: 'EmailsNotSent' }),
      progress: { failures: 1 },
    });
    const stoppedAt = first.outcome === 'stepped' ? first.progress.emailed : -1;
    expect(stoppedAt).toBeLessThan(25);
    const before = Date.now();
    await expect(step(ports)).resolves.toMatchObject({ progress: { failures: 2, emailed: stoppedAt } });
    expect(Date.now() - before).toBeGreaterThanOrEqual(backoffMs(1));
    const third = Date.now();
    await expect(step(ports)).resolves.toMatchObject({ progress: { failures: 0, emailed: 25 } });
    expect(Date.now() - third).toBeGreaterThanOrEqual(backoffMs(2));
    expect(new Set(recipients(ports)).size).toBe(25);
    expect(ports.sent).toHaveLength(25);
  });

  it('leaves an e-mail that keeps failing to its social service, listing the application, and finishes', async () => {
    const { ports } = await publishedRun({ 'LV-016': 5 });
    await step(ports);
    const refused = ports.applications.all()[2];
    const mailer = ports.mailer;
    ports.mailer = {
      async send(message: EmailMessage) {
        if (message.about.reference === refused?.reference) throw new Error('MessageRejected');
        await mailer.send(message);
      },
    };

    const progress = await withTimers(
      (async () => {
        for (;;) {
          const next = await advancePublication(ports, ROUND, driver());
          if (next.outcome !== 'stepped') return progressOf(ports);
        }
      })(),
    );

    expect(progress).toMatchObject({
      emailed: 5,
      notSentCount: 1,
      notSent: [refused?.reference],
      finishedAt: expect.any(String),
    });
    expect(ports.sent).toHaveLength(4);
  });

  it('e-mails nothing for a person offered a place before their turn: the offer’s own e-mail tells them', async () => {
    const { ports, references } = await publishedRun({ 'LV-016': 3 });
    await step(ports);
    const offered = references[1] as string;
    const application = await ports.applications.get(offered);
    const selection = application?.selection;
    if (!application || !selection) throw new Error('No result was recorded');
    await ports.applications.saveReviewed(
      [{ ...application, selection: { ...selection, offeredAt: '2019-08-22T08:00:00.000Z' } }],
      auditOf('selection.run'),
    );

    await withTimers(drainPublication(ports, ROUND, { webUrl: WEB_URL }));

    expect(ports.sent.map((mail) => mail.about.reference).sort()).toEqual(
      references.filter((reference) => reference !== offered).sort(),
    );
  });

  it('waits while the stream holds the job, and takes it over once the lease has ended', async () => {
    const { ports, runId } = await publishedRun({ 'LV-016': 2 });
    const now = new Date().toISOString();
    const until = new Date(Date.now() + 60_000).toISOString();
    await ports.selectionRuns.takePublicationStep(ROUND, runId, { holder: 'stream', until }, now);
    await expect(advancePublication(ports, ROUND, driver({ holder: 'drain-1' }))).resolves.toEqual({ outcome: 'held' });

    await withTimers(drainPublication(ports, ROUND, { webUrl: WEB_URL }));

    expect(Date.now() - START).toBeGreaterThan(60_000);
    await expect(progressOf(ports)).resolves.toMatchObject({ emailed: 2, finishedAt: expect.any(String) });
  });

  it('has nothing to do for a run that is not being published', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    await expect(advancePublication(ports, ROUND, driver())).resolves.toEqual({ outcome: 'not-publishing' });
    await expect(drainPublication(ports, ROUND, { webUrl: WEB_URL })).resolves.toBeUndefined();
  });
});
