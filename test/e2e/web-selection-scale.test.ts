import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbRoundRepository } from '../../shared/adapters/dynamodb/dynamodb-round-repository.ts';
import { keys } from '../../shared/adapters/dynamodb/table-design.ts';
import type { Application } from '../../shared/schemas/application.ts';
import type { SelectionRunResponse } from '../../shared/schemas/selection-api.ts';
import { decidedApplication, writeApplications } from '../fixtures/decided-applications.ts';
import { pilotLikeRound } from '../fixtures/rounds.ts';
import { waitForPage } from '../helpers/web-keyboard.ts';
import { checkPage } from '../helpers/web-pages.ts';
import { signedInPageOnHostClock, webSystemForFile } from '../helpers/web-system.ts';

/**
 * The selection page of a municipality larger than one page of results, and publishing that stops on its way, in a
 * real browser. A closed round with 520 decided applications in Bauska, and one of 12 to publish, are written
 * straight to the table (applying for each through the API would take minutes); their selections run through the
 * API. Publishing is shown on the small round: the job's steps at scale are proven in
 * `integration/selection-at-scale.test.ts`, and the page's progress, stall and going on are the same for 12.
 */

const ROUND = { ...pilotLikeRound, id: 'scale-web' };
const APPLICATIONS = 520;
const PUBLISHED_ROUND = { ...pilotLikeRound, id: 'scale-web-published' };
const PUBLISHED = 12;
const file = webSystemForFile(['admin'] as const);
let table: DynamoDBDocumentClient;
/** The run of the small round, which is published. */
let publishedRunId = '';
let page: Page;

/**
 * The n-th application of `roundId`, received `n` minutes into intake, eligible. Those of the round that is only
 * paged through are reached by phone: the 520 receipts would keep the stream busy for nothing this file reads.
 */
const decided = (n: number, roundId: string, reachedBy: 'email' | 'phone') =>
  decidedApplication(n, {
    roundId,
    receivedAt: new Date(Date.UTC(2019, 7, 1, 6) + n * 60_000).toISOString(),
    eligible: true,
    ...(reachedBy === 'email' && { email: `scale${n}@example.lv` }),
  });

/** Writes the round and its applications to the table, and runs its selection through the API: its run's id. */
async function decidedRound(round: typeof ROUND, applications: Application[]): Promise<string> {
  const tableName = file.system.env.TABLE_NAME as string;
  await new DynamoDbRoundRepository(table, tableName).put(round);
  await writeApplications(table, tableName, applications);
  const ran = await file.staff.call<SelectionRunResponse>(
    file.tokens.admin,
    'POST',
    `/staff/rounds/${round.id}/selection-runs`,
  );
  expect(ran.status, JSON.stringify(ran.body)).toBe(201);
  return ran.body.run.runId;
}

const header = () => keys.run(PUBLISHED_ROUND.id, publishedRunId);

beforeAll(async () => {
  const client = new DynamoDBClient({
    endpoint: file.system.endpoints.dynamodb,
    region: 'eu-north-1',
    credentials: {
      accessKeyId: file.system.env.AWS_ACCESS_KEY_ID as string,
      secretAccessKey: file.system.env.AWS_SECRET_ACCESS_KEY as string,
    },
  });
  table = DynamoDBDocumentClient.from(client);
  await decidedRound(
    ROUND,
    Array.from({ length: APPLICATIONS }, (_, n) => decided(n, ROUND.id, 'phone')),
  );
  publishedRunId = await decidedRound(
    PUBLISHED_ROUND,
    Array.from({ length: PUBLISHED }, (_, n) => decided(1000 + n, PUBLISHED_ROUND.id, 'email')),
  );
}, 120_000);
afterAll(() => table?.destroy());

const text = (selector: string) => page.locator(selector).innerText();

describe('a municipality of more applications than a page holds', () => {
  it('shows its result a page at a time, with where the page is and links to the others', async () => {
    page = await signedInPageOnHostClock(file, 'admin', `/office/rounds/${ROUND.id}/selection?municipality=LV-016`);
    await page.locator('[data-testid="municipality-result"]').waitFor();
    expect(await text('[data-testid="result-pager"]')).toContain('Rindas 1–500 no 520.');
    expect(await page.locator('table[data-testid="selected"] tbody tr').count()).toBe(10);
    expect(await page.locator('table[data-testid="waitlisted"] tbody tr').count()).toBe(490);
    await checkPage(page, 'selection-scale-01-first-page');

    await page.getByRole('navigation', { name: 'Rezultātu lapas' }).getByRole('link', { name: 'Nākamā lapa' }).click();
    await waitForPage(page, `/office/rounds/${ROUND.id}/selection`);
    await page.getByText('Rindas 501–520 no 520.').waitFor();
    expect(new URL(page.url()).searchParams.get('from')).toBe('500');
    expect(await page.locator('table[data-testid="waitlisted"] tbody tr').count()).toBe(20);
    expect(await text('[data-testid="municipality-result"]')).toContain('Šie pieteikumi ir citā rezultātu lapā.');
    expect(await page.getByRole('link', { name: 'Nākamā lapa' }).count()).toBe(0);
    await checkPage(page, 'selection-scale-02-last-page');
  });
});

describe('publishing that stops on its way', () => {
  it('shows how far it has come, says when it stopped, and goes on when published again', async () => {
    // Another driver holds the job for long: publishing starts, but no step is taken.
    await table.send(
      new UpdateCommand({
        TableName: file.system.env.TABLE_NAME as string,
        Key: header(),
        UpdateExpression: 'SET publicationLease = :lease',
        ExpressionAttributeValues: { ':lease': { holder: 'stopped-driver', until: '2999-01-01T00:00:00.000Z' } },
      }),
    );
    const published = await file.staff.call(
      file.tokens.admin,
      'POST',
      `/staff/rounds/${PUBLISHED_ROUND.id}/selection-runs/${publishedRunId}/publication`,
    );
    expect(published.status, JSON.stringify(published.body)).toBe(202);
    await page.goto(`${file.system.apiUrl}/office/rounds/${PUBLISHED_ROUND.id}/selection?municipality=LV-016`);
    await page.locator('[data-testid="publication-progress"]').waitFor();
    const progress = await text('[data-testid="publication-progress"]');
    expect(progress).toContain('Publicēšana notiek fonā.');
    expect(progress).toContain('Rezultāti ierakstīti: 0 no 12.');
    expect(progress).toContain('E-pasti nosūtīti: 0 no 12 pieteikumiem.');
    expect(await page.getByRole('button', { name: 'Turpināt publicēšanu' }).count()).toBe(0);
    await checkPage(page, 'selection-scale-03-publishing');

    // Ten minutes on, nothing has moved: the page says since when, and offers to go on.
    file.system.clock.advance(10 * 60_000);
    await page.context().clock.setSystemTime(file.system.clock.now());
    await page.reload();
    await page.locator('[data-testid="publication-stalled"]').waitFor();
    expect(await text('[data-testid="publication-stalled"]')).toMatch(
      /^Publicēšana nav pavirzījusies kopš \d\d\.\d\d\.\d{4} plkst\. \d\d:\d\d\.$/,
    );
    await checkPage(page, 'selection-scale-04-stalled');

    // The driver that held it is gone; publishing again, as the button does, lets the job go on to the end.
    await table.send(
      new UpdateCommand({
        TableName: file.system.env.TABLE_NAME as string,
        Key: header(),
        UpdateExpression: 'REMOVE publicationLease',
      }),
    );
    await page.getByRole('button', { name: 'Turpināt publicēšanu' }).click();
    await file.system.waitForIdle(60_000);
    await page.getByText(/^Publicēšana pabeigta /).waitFor({ timeout: 20_000 });
    const finished = await text('[data-testid="publication-progress"]');
    expect(finished).toContain('Rezultāti ierakstīti: 12 no 12.');
    expect(finished).toContain('E-pasti nosūtīti: 12 no 12 pieteikumiem.');
    // Each once: the applications written as submitted were sent their receipts as well.
    const results = (await file.system.mail()).filter((email) => email.subject.startsWith('Atlases rezultāts:'));
    expect(results).toHaveLength(PUBLISHED);
    expect(new Set(results.flatMap((email) => email.destination.to)).size).toBe(PUBLISHED);
  }, 120_000);
});
