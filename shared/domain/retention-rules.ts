import type { Application } from '../schemas/application.ts';
import type { ErasureRefusal, RetentionDue } from '../schemas/retention.ts';
import type { RetentionPeriods } from '../schemas/round.ts';
import type { SupportPlan } from '../schemas/support-plan.ts';
import { localInstant } from './intake-window.ts';
import { addDays, addMonths, RIGA_TIME_ZONE, rigaCalendarDate } from './riga-time.ts';

/** The months of a year of services when the round has not set its year up (the pilot's 12). */
export const DEFAULT_SERVICE_MONTHS = 12;

/** When the round's retention removes an application's personal data, and under which of its periods. */
export interface DueRemoval {
  rule: RetentionDue['rule'];
  at: Date;
}

/** What decides how long an application's personal data is kept. */
export interface RetentionFacts {
  application: Pick<Application, 'selection' | 'withdrawal'>;
  /** The participant's support plan, when one was drawn up. */
  plan?: Pick<SupportPlan, 'versions' | 'end'> | undefined;
  /** The months of the round's year of services. @default DEFAULT_SERVICE_MONTHS */
  serviceMonths?: number | undefined;
}

/**
 * When the round's retention removes the application's personal data, and under which period; `undefined` while
 * no period runs: before a selection is published, nobody's result is final. A participant (selected, and not
 * withdrawn) is kept `participantDays` after their year of services ends; everyone else with a published result
 * (not selected, on the waiting list, withdrawn) `notSelectedDays` after the publication, or after the withdrawal
 * when that came later. A legal hold is not weighed here: it stops the removal whenever it is due.
 */
export function retentionDue(periods: RetentionPeriods, facts: RetentionFacts): DueRemoval | undefined {
  const { selection, withdrawal } = facts.application;
  if (!selection) return undefined;
  if (selection.outcome === 'selected' && !withdrawal) {
    const yearEnds = serviceYearEnd(facts.plan, selection.offeredAt ?? selection.publishedAt, facts.serviceMonths);
    return { rule: 'participant-period', at: afterDays(yearEnds, periods.participantDays) };
  }
  const from = withdrawal && withdrawal.at > selection.publishedAt ? withdrawal.at : selection.publishedAt;
  return { rule: 'not-selected-period', at: afterDays(new Date(from), periods.notSelectedDays) };
}

/**
 * The earliest a period of the round can end once its results are published: nothing of the round is due before,
 * so the job need not read its applications. A participant's year ends after the publication, so their period
 * ends after this too.
 */
export function earliestDue(periods: RetentionPeriods, publishedAt: string): Date {
  return afterDays(new Date(publishedAt), Math.min(periods.notSelectedDays, periods.participantDays));
}

/**
 * The first instant after a participant's year of services, in Riga: the day after the plan's recorded end, or
 * else the plan's start (its current version's) plus the year's months; without a plan, the months are counted
 * from the day the place was given.
 */
export function serviceYearEnd(
  plan: RetentionFacts['plan'],
  placeGivenAt: string,
  months = DEFAULT_SERVICE_MONTHS,
): Date {
  const lastDay = plan?.end
    ? plan.end.on
    : addDays(addMonths(plan?.versions.at(-1)?.startDate ?? rigaCalendarDate(placeGivenAt), months), -1);
  return localInstant(addDays(lastDay, 1), '00:00', RIGA_TIME_ZONE);
}

/**
 * Why the law requires keeping an application its person asks to have erased: a legal hold (an appeal), or a
 * published selection that included it, whose result must stay provable. Otherwise (a submitted application
 * before any publication, whatever its review state) it may be erased, and it leaves the selection.
 */
export function erasureRefusal(
  application: Pick<Application, 'hold' | 'selection'>,
  inPublishedSelection: boolean,
): ErasureRefusal | undefined {
  if (application.hold) return 'ERASURE_REFUSED_ON_HOLD';
  if (application.selection || inPublishedSelection) return 'ERASURE_REFUSED_PUBLISHED_SELECTION';
  return undefined;
}

function afterDays(from: Date, days: number): Date {
  return new Date(from.getTime() + days * 24 * 60 * 60 * 1000);
}
