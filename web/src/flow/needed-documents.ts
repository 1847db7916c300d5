import { documentsNeeded } from '../../../shared/domain/document-requirements.ts';
import type { DocumentRequirement, Round } from '../api/types.ts';
import type { Answers } from '../draft/draft.ts';

/**
 * The documents this online application needs, by the server's own rule: the proof of authority when someone
 * applies for the person, and no signed form when the round takes the online answers as the application.
 */
export function onlineDocuments(
  round: Round,
  answers: Pick<Answers, 'applicant' | 'representative'>,
): DocumentRequirement[] {
  return documentsNeeded(round, {
    channel: 'online',
    ...(answers.applicant === 'other' && { representative: answers.representative }),
  });
}
