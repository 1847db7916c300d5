import type { Application } from '../schemas/application.ts';
import type { Anonymisation, AnonymisedApplication, RetentionRule } from '../schemas/retention.ts';
import type { SelectionCandidate } from '../schemas/selection.ts';
import type { MonthDelivery, PlanEnd, PlanVersion, SupportPlan } from '../schemas/support-plan.ts';
import { reviewState } from './review-rules.ts';

/*
 * What is kept of a person's data once it must no longer be: built by allow-list, field by field, so anything an
 * application or a plan gains later is removed unless it is named here. Used alike by the retention job, by an
 * erasure on request, and by whatever else removes personal data.
 */

/**
 * The anonymised record of an application: the reference, round, municipality, channel, receipt time, review
 * state, points, the eligibility decision with its reason code (never the words), the published result and when
 * the person withdrew. Its candidate for the selection (`anonymisedCandidate`) is the live application's, so
 * removing the personal data never changes the inputs of a selection run. The revision moves on, so a staff
 * change read before cannot be stored over it.
 */
export function anonymisedApplication(application: Application, anonymisation: Anonymisation): AnonymisedApplication {
  const { review, selection, withdrawal } = application;
  const eligibility = review?.eligibility;
  return {
    reference: application.reference,
    roundId: application.roundId,
    municipalityCode: application.person.municipalityCode,
    status: 'anonymised',
    channel: application.channel,
    receivedAt: application.receivedAt ?? application.createdAt,
    state: reviewState(application),
    totalScore: review?.scores?.total ?? null,
    ...(review?.scores && { points: { ...review.scores.points } }),
    ...(eligibility && {
      eligibility: { decision: eligibility.decision, ...(eligibility.reason && { reason: eligibility.reason }) },
    }),
    ...(selection && { selection: { ...selection } }),
    ...(withdrawal && { withdrawal: { at: withdrawal.at, by: withdrawal.by.username } }),
    anonymised: { ...anonymisation },
    revision: (application.revision ?? 0) + 1,
  };
}

/**
 * Whether the record stays among its municipality's selection candidates: only when a published selection
 * included it, so that its stored run is re-checked with it. An application erased before publication leaves the
 * selection, as a withdrawn one would, and a run computed with it becomes stale.
 */
export function staysInSelection(record: AnonymisedApplication): boolean {
  return record.selection !== undefined;
}

/** What the selection reads of an anonymised record: the same candidate the live application gave. */
export function anonymisedCandidate(record: AnonymisedApplication): SelectionCandidate {
  return {
    reference: record.reference,
    state: record.state,
    totalScore: record.totalScore,
    receivedAt: record.receivedAt,
  };
}

/**
 * A participant's plan without the person's own words and the notes about them: no goals, no view of the plan,
 * no reasons for a new version or for leaving early, no reviews. What the services, money, months, agreements and
 * end dates were stays, for the figures of the year.
 */
export function anonymisedPlan(plan: SupportPlan, at: string): SupportPlan {
  return {
    reference: plan.reference,
    roundId: plan.roundId,
    municipalityCode: plan.municipalityCode,
    versions: plan.versions.map(anonymisedVersion),
    deliveries: plan.deliveries.map(deliveryFigures),
    replacedDeliveries: plan.replacedDeliveries.map(deliveryFigures),
    reviews: [],
    ...(plan.end && { end: endWithoutReason(plan.end) }),
    revision: plan.revision,
    anonymisedAt: at,
  };
}

function anonymisedVersion(version: PlanVersion): PlanVersion {
  return {
    version: version.version,
    goals: [],
    services: version.services.map((service) => ({ ...service })),
    startDate: version.startDate,
    ...(version.needLevel && { needLevel: version.needLevel }),
    totalCents: version.totalCents,
    budgetCents: version.budgetCents,
    at: version.at,
    by: { ...version.by },
    ...(version.agreement && { agreement: { ...version.agreement } }),
  };
}

function deliveryFigures(delivery: MonthDelivery): MonthDelivery {
  return {
    month: delivery.month,
    lines: delivery.lines.map((line) => ({ ...line })),
    at: delivery.at,
    by: { ...delivery.by },
  };
}

function endWithoutReason(end: PlanEnd): PlanEnd {
  return { kind: end.kind, on: end.on, at: end.at, by: { ...end.by } };
}

/** The audit log's reason for a removal: which rule, in the log's code style. */
export const REMOVAL_REASONS: Readonly<Record<RetentionRule, string>> = {
  'not-selected-period': 'NOT_SELECTED_PERIOD',
  'participant-period': 'PARTICIPANT_PERIOD',
  'erasure-request': 'ERASURE_REQUEST',
};
