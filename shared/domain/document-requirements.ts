import type { DocumentRequirement, Round } from '../schemas/round.ts';

/**
 * What a person who applies for someone else proves their authority with, when the round does not word it itself:
 * a guardian (or other legal representative) by the court's decision, an authorised person by the power of attorney.
 */
export const REPRESENTATIVE_AUTHORITY: DocumentRequirement = {
  type: 'representative-authority',
  name: {
    lv: 'Pārstāvības tiesības apliecinošs dokuments',
    en: 'Proof of the right to represent',
  },
  description: {
    lv: 'Aizgādnim: tiesas lēmums par aizgādnību. Pilnvarotai personai: pilnvara.',
    en: 'For a guardian: the court decision on guardianship. For an authorised person: the power of attorney.',
  },
};

/** Who applies and how: all that decides which documents an application needs. */
export interface DocumentNeeds {
  channel: 'online' | 'paper';
  /** Present when someone applies for the person. */
  representative?: object;
}

/**
 * The documents one application needs, in the round's order:
 * - the round's documents, less the signed application form online when the round takes the online answers as the
 *   application (on paper the form is the application, so it is still needed);
 * - the proof of authority whenever a representative applies, in any round (worded as the round words it, if it
 *   does), and never when the person applies themself.
 */
export function documentsNeeded(
  round: Pick<Round, 'requiredDocuments' | 'onlineAnswersAreApplication'>,
  application: DocumentNeeds,
): DocumentRequirement[] {
  const answersAreApplication = application.channel === 'online' && round.onlineAnswersAreApplication === true;
  const needed = round.requiredDocuments.filter(
    ({ type }) => type !== 'representative-authority' && !(type === 'application-form' && answersAreApplication),
  );
  if (!application.representative) return needed;
  const worded = round.requiredDocuments.find(({ type }) => type === 'representative-authority');
  return [...needed, worded ?? REPRESENTATIVE_AUTHORITY];
}
