import { describe, expect, it } from 'vitest';
import {
  anonymisedApplication,
  anonymisedCandidate,
  anonymisedPlan,
  staysInSelection,
} from '../../shared/domain/anonymisation.ts';
import type { Application } from '../../shared/schemas/application.ts';
import { AnonymisedApplicationSchema } from '../../shared/schemas/retention.ts';
import { SupportPlanSchema } from '../../shared/schemas/support-plan.ts';
import { candidateOf } from '../../shared/use-cases/selection/selection-inputs.ts';
import { guardian, submittedApplication } from '../fixtures/applications.ts';
import { delivered, line, plan, planned, version } from '../fixtures/service-year-plans.ts';

const worker = { subject: 'sub-bauska', username: 'bauska', displayName: 'Ilze Ozola' };
const at = '2021-01-05T10:00:00.000Z';
const ANONYMISATION = { at, rule: 'not-selected-period' } as const;

/** A reviewed, published, withdrawn application with every personal part filled in, and words everywhere. */
function fullApplication(): Application {
  const application = submittedApplication({ representative: guardian });
  return {
    ...application,
    contact: { ...application.contact, phone: '+371 2000 0000', address: 'Rīgas iela 1, Bauska' },
    paper: { receivedBy: 'Anna Kalniņa', registeredBy: worker, registeredAt: '2019-08-02T08:00:00.000Z' },
    flags: { personalCodeChecksumMismatch: true },
    review: {
      documentCheck: { verified: true, note: 'Izziņa derīga līdz 2020. gadam.', by: worker, at },
      eligibility: {
        decision: 'not-eligible',
        reason: 'other',
        explanation: 'Persona dzīvo pie meitas Jelgavā.',
        messageForPerson: 'Jūs dzīvojat citā pašvaldībā.',
        by: worker,
        at,
      },
      scores: { points: { need: 7 }, total: 7, justification: 'Mājas vizītē redzēju…', by: worker, at },
      notes: [{ text: 'Zvanīja meita.', by: worker, at }],
    },
    withdrawal: { reason: 'Pārcēlās uz aprūpes centru.', by: worker, at: '2020-02-01T09:00:00.000Z' },
    selection: { runId: 'a'.repeat(20), outcome: 'not-selected', reason: 'not-eligible', publishedAt: at },
    deliveryProblems: [{ kind: 'bounce', recipient: 'applicant', at, feedbackId: 'feedback-of-anna' }],
    hold: { reason: 'appeal', note: 'Pārsūdzība Nr. 5', by: worker, at },
    revision: 4,
  };
}

describe('the anonymised record of an application', () => {
  it('keeps only the named fields, each as the application had it', () => {
    const application = fullApplication();
    const record = anonymisedApplication(application, ANONYMISATION);
    expect(AnonymisedApplicationSchema.parse(record)).toEqual(record);
    expect(record).toEqual({
      reference: application.reference,
      roundId: application.roundId,
      municipalityCode: application.person.municipalityCode,
      status: 'anonymised',
      channel: application.channel,
      receivedAt: application.receivedAt,
      state: 'withdrawn',
      totalScore: 7,
      points: { need: 7 },
      eligibility: { decision: 'not-eligible', reason: 'other' },
      selection: application.selection,
      withdrawal: { at: '2020-02-01T09:00:00.000Z', by: 'bauska' },
      anonymised: ANONYMISATION,
      revision: 5,
    });
  });

  it('holds none of the words, names, codes or contacts the application held', () => {
    const application = fullApplication();
    const text = JSON.stringify(anonymisedApplication(application, ANONYMISATION));
    for (const personal of [
      application.person.firstName,
      application.person.lastName,
      application.person.dateOfBirth,
      application.personalCode.encrypted,
      application.personalCode.keyedHash,
      application.contact.email,
      '+371 2000 0000',
      'Rīgas iela',
      guardian.firstName,
      guardian.email,
      'Anna Kalniņa',
      'Izziņa',
      'meitas',
      'citā pašvaldībā',
      'Mājas vizītē',
      'Zvanīja',
      'aprūpes centru',
      'Pārsūdzība',
      'feedback-of-anna',
      'a'.repeat(64),
      'Ilze Ozola',
      'disabilityGroup',
      'mentalDisorderConfirmed',
    ]) {
      expect(text).not.toContain(personal);
    }
  });

  it('drops what an application gains later without being named', () => {
    const grown = { ...fullApplication(), surnameSortKey: 'berzina', personIndexKey: 'x' } as Application;
    expect(Object.keys(anonymisedApplication(grown, ANONYMISATION))).not.toContain('surnameSortKey');
    expect(JSON.stringify(anonymisedApplication(grown, ANONYMISATION))).not.toContain('berzina');
  });

  it('gives the selection the very candidate the live application gave', () => {
    for (const application of [fullApplication(), submittedApplication()]) {
      const record = anonymisedApplication(application, ANONYMISATION);
      expect(anonymisedCandidate(record)).toEqual(candidateOf(application));
    }
  });

  it('stays among the selection candidates only when a published selection counted it', () => {
    expect(staysInSelection(anonymisedApplication(fullApplication(), ANONYMISATION))).toBe(true);
    const unpublished = anonymisedApplication(submittedApplication(), { at, rule: 'erasure-request' });
    expect(staysInSelection(unpublished)).toBe(false);
    expect(unpublished).not.toHaveProperty('selection');
    expect(unpublished).toMatchObject({ state: 'to-review', totalScore: null });
  });
});

describe('the anonymised support plan', () => {
  const dayCentre = planned('day-centre', 'bauska-centrs', 8, 12, 1_400);
  const withWords = SupportPlanSchema.parse({
    ...plan(
      'KDMA-4729',
      'LV-016',
      [
        { ...version([dayCentre]), personView: 'Gribu iet uz centru divreiz nedēļā.' },
        { ...version([{ ...dayCentre, quantityPerMonth: 6 }], { version: 2 }), reason: 'Meita vairs nevar vest.' },
      ],
      { deliveries: [delivered('2019-10', [line('day-centre', 'bauska-centrs', 8, 11_200)])], end: 'left-early' },
    ),
    reviews: [{ note: 'Jūtas vientuļa vakaros.', at, by: worker }],
  });

  it('keeps the services, money, months, agreements and the end, without the person’s words or the notes', () => {
    const stripped = anonymisedPlan(withWords, at);
    expect(SupportPlanSchema.parse(stripped)).toEqual(stripped);
    expect(stripped.anonymisedAt).toBe(at);
    expect(stripped.reviews).toEqual([]);
    expect(stripped.end).toEqual({
      kind: 'left-early',
      on: '2020-01-31',
      at: withWords.end?.at,
      by: withWords.end?.by,
    });
    expect(stripped.deliveries).toEqual(withWords.deliveries);
    stripped.versions.forEach((kept, index) => {
      const { goals: _goals, personView: _view, reason: _reason, ...figures } = withWords.versions[index] ?? {};
      expect(kept).toEqual({ ...figures, goals: [] });
    });
    const text = JSON.stringify(stripped);
    for (const words of [
      ...(withWords.versions[0]?.goals ?? []),
      'Meita',
      'vientuļa',
      'Annas',
      withWords.versions[0]?.personView ?? 'no view',
    ]) {
      expect(text).not.toContain(words);
    }
  });
});
