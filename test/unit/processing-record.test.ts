import { describe, expect, it } from 'vitest';
import { AccessError } from '../../shared/domain/errors.ts';
import { DATA_CATEGORIES } from '../../shared/domain/processing-categories.ts';
import { processingRecord } from '../../shared/domain/processing-record.ts';
import { EDGE_LOG_REGION } from '../../shared/domain/processing-services.ts';
import { ProcessingRecordResponseSchema } from '../../shared/schemas/processing-record.ts';
import type { Round } from '../../shared/schemas/round.ts';
import { getProcessingRecord } from '../../shared/use-cases/admin/get-processing-record.ts';
import { memoryPorts } from '../fakes/memory-ports.ts';
import { pilotLikeRound } from '../fixtures/rounds.ts';
import { administrator, bauskaWorker } from '../fixtures/staff-identities.ts';
import { utcDays } from '../helpers/audit-span.ts';
import { portsOf, staffRequest } from './use-cases/staff-steps.ts';

/**
 * The record of processing is assembled from the code's declarations, the rounds and the deployment: nothing in it
 * is a copy kept by hand. Administrators read it, and each reading is audited.
 */

const AT = new Date('2026-12-03T10:15:00.000Z');
const DEPLOYMENT = { region: 'eu-north-1', codeVersion: '0.1.0' };

/**
 * A round of the pilot's rules taking applications `firstDay`–`lastDay` and keeping its data for the days given, as
 * a round states its retention periods.
 */
function roundKeeping(id: string, [firstDay, lastDay]: [string, string], retention: Round['retention']): Round {
  return { ...pilotLikeRound, id, window: { ...pilotLikeRound.window, firstDay, lastDay }, retention };
}

describe('the record of processing', () => {
  it('lists every round, newest intake first, with its own retention periods and municipalities', () => {
    const rounds = [
      roundKeeping('pilot-2019', ['2019-08-01', '2019-08-16'], { notSelectedDays: 365, participantDays: 365 }),
      roundKeeping('spring-2027', ['2027-03-01', '2027-03-31'], {
        draftDays: 14,
        notSelectedDays: 730,
        participantDays: 1095,
      }),
    ];

    const record = processingRecord({ rounds, deployment: DEPLOYMENT, at: AT });

    expect(record.rounds).toEqual([
      {
        id: 'spring-2027',
        name: pilotLikeRound.name,
        firstDay: '2027-03-01',
        lastDay: '2027-03-31',
        municipalities: pilotLikeRound.municipalities.map(({ name }) => name),
        retention: { draftDays: 14, notSelectedDays: 730, participantDays: 1095 },
      },
      expect.objectContaining({
        id: 'pilot-2019',
        // A round that names no draft period keeps drafts for the default 30 days.
        retention: { draftDays: 30, notSelectedDays: 365, participantDays: 365 },
      }),
    ]);
  });

  it('places each store in the region the system runs in, and the AWS WAF log where CloudFront needs it', () => {
    const record = processingRecord({ rounds: [], deployment: { region: 'eu-central-1' }, at: AT });

    const regions = Object.fromEntries(record.stores.map((store) => [store.id, store.region]));
    expect(regions).toEqual({
      'applications-table': 'eu-central-1',
      'audit-table': 'eu-central-1',
      'documents-bucket': 'eu-central-1',
      'access-log-buckets': 'eu-central-1',
      logs: 'eu-central-1',
      'waf-log': EDGE_LOG_REGION,
      'user-pool': 'eu-central-1',
      'mail-suppression-list': 'eu-central-1',
    });
    expect(record.region).toBe('eu-central-1');
  });

  it('says when it was made and by which code version, and leaves the version out when it is not known', () => {
    const known = processingRecord({ rounds: [], deployment: DEPLOYMENT, at: AT });
    expect(known).toMatchObject({ generatedAt: '2026-12-03T10:15:00.000Z', codeVersion: '0.1.0' });

    const unknown = processingRecord({ rounds: [], deployment: { region: 'eu-north-1' }, at: AT });
    expect(unknown).not.toHaveProperty('codeVersion');
  });

  it('carries every declared category, and every term the categories name, as the API describes them', () => {
    const record = processingRecord({ rounds: [pilotLikeRound], deployment: DEPLOYMENT, at: AT });

    expect(ProcessingRecordResponseSchema.parse(record)).toEqual(record);
    expect(record.categories).toEqual(DATA_CATEGORIES);
    const named = (ids: string[]) => new Set(ids);
    const categories = record.categories;
    expect(named(record.legalBases.map(({ id }) => id))).toEqual(named(categories.flatMap((c) => c.legalBases)));
    expect(named(record.recipients.map(({ id }) => id))).toEqual(named(categories.flatMap((c) => c.recipients)));
    expect(named(record.processors.map(({ id }) => id))).toEqual(named(categories.flatMap((c) => c.processors)));
    expect(named(record.stores.map(({ id }) => id))).toEqual(named(categories.flatMap((c) => c.stores)));
    expect(named(record.retentionRules.map(({ id }) => id))).toEqual(named(categories.map((c) => c.retention)));
  });
});

describe('reading the record of processing', () => {
  it('gives administrators the record of the stored rounds, and audits the reading', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    const request = staffRequest(administrator, 'processing-record.read', AT);

    const record = await getProcessingRecord(portsOf(ports, administrator), request, DEPLOYMENT);

    expect(record).toEqual(processingRecord({ rounds: [pilotLikeRound], deployment: DEPLOYMENT, at: AT }));
    const { entries } = await ports.audit.list(utcDays('2026-12-03'), 10);
    expect(entries).toEqual([
      {
        id: request.requestId,
        at: AT.toISOString(),
        actor: { subject: 'sub-admin', username: 'admin', role: 'administrator' },
        action: 'processing-record.read',
        outcome: 'succeeded',
      },
    ]);
  });

  it('is not for social workers: refused, with no entry of its own', async () => {
    const ports = memoryPorts({ rounds: [pilotLikeRound] });
    const request = staffRequest(bauskaWorker, 'processing-record.read', AT);

    await expect(getProcessingRecord(portsOf(ports, bauskaWorker), request, DEPLOYMENT)).rejects.toEqual(
      new AccessError('STAFF_ROLE_FORBIDDEN'),
    );
    // The staff handler audits the refusal; the use case writes no success entry of its own.
    expect((await ports.audit.list(utcDays('2026-12-03'), 10)).entries).toEqual([]);
  });
});
