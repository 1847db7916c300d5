import type { Created, DocumentType, FieldError } from '../api/types.ts';
import type { ContactAnswers, PersonNameAndCode, RepresentativeAnswers } from './answer-parts.ts';

/**
 * Everything typed so far, exactly as typed (text fields stay text), so a reload or an error never loses an
 * answer. Files are never kept: only the name and size of what has already reached the server.
 */
export interface Answers {
  /** A municipality code of the round, or `other` when it is not on the list. */
  municipalityCode?: string;
  disabilityGroup?: '1' | '2' | '3' | 'unknown';
  mentalDisorder?: 'yes' | 'no';
  applicant?: 'self' | 'other';
  representative: RepresentativeAnswers;
  /** The date of birth in three boxes, as the applicant's step asks it. */
  person: PersonNameAndCode & { birthDay: string; birthMonth: string; birthYear: string };
  contact: ContactAnswers;
  consent: boolean;
}

export interface Draft {
  version: 1;
  roundId: string;
  /** Made once per application, so a retry after a lost answer can never create a second application. */
  idempotencyKey: string;
  answers: Answers;
  /** Set once the server has stored the draft application. */
  created?: Created;
  /** The request the server last accepted, to know whether the stored draft needs updating. */
  savedBody?: string;
  /** A create request whose answer never arrived: the server may have stored it under the idempotency key. */
  uncertainBody?: string;
  /** Problems to fix, from the server or from the checks of each page, by field path. */
  errors: FieldError[];
  /** Until when the server keeps the draft (an instant), once known. */
  expiresAt?: string;
  /** What has reached storage, to show after a reload. */
  documents: Partial<Record<DocumentType, { fileName: string; sizeBytes: number }>>;
}

export function newDraft(roundId: string): Draft {
  return {
    version: 1,
    roundId,
    idempotencyKey: crypto.randomUUID(),
    answers: {
      representative: { firstName: '', lastName: '', email: '', phone: '' },
      person: { firstName: '', lastName: '', personalCode: '', birthDay: '', birthMonth: '', birthYear: '' },
      contact: { email: '', phone: '', address: '' },
      consent: false,
    },
    errors: [],
    documents: {},
  };
}
