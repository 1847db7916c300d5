import { type DecisionNotice, decisionNotice } from '../email/decision-notice.ts';
import type { Application } from '../schemas/application.ts';
import type { Round } from '../schemas/round.ts';

/**
 * The published decision explained, for a waiting-list place or a refusal: the e-mail and the status page tell
 * the same. Nothing for a place given, and nothing before the results are published.
 */
export function decisionOf(application: Application, round: Round): DecisionNotice | undefined {
  const selection = application.selection;
  if (!selection || selection.outcome === 'selected') return undefined;
  const municipality = round.municipalities.find((item) => item.code === application.person.municipalityCode);
  if (!municipality) return undefined;
  const eligibility = application.review?.eligibility;
  const refused = selection.reason === 'not-eligible' && eligibility?.decision === 'not-eligible';
  return decisionNotice({
    outcome: selection.outcome,
    ...(selection.position !== undefined && { position: selection.position }),
    cap: municipality.cap,
    ...(selection.reason && { exclusion: selection.reason }),
    ...(refused && eligibility.reason && { ineligibility: eligibility.reason }),
    ...(refused && eligibility.messageForPerson && { messageForPerson: eligibility.messageForPerson }),
    municipalityName: municipality.name,
    ...(municipality.socialService && { socialService: municipality.socialService }),
    notifiedAt: selection.publishedAt,
  });
}
