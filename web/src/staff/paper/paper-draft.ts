import { documentsNeeded } from '../../../../shared/domain/document-requirements.ts';
import type { DocumentRequirement, DocumentType, FieldError, Language, Round } from '../../api/types.ts';
import type { ContactAnswers, PersonNameAndCode, RepresentativeAnswers } from '../../draft/answer-parts.ts';
import type { PaperApplicationResponse } from '../api/types.ts';
import { loadStaffItem, removeStaffItem, saveStaffItem } from '../session/token-storage.ts';

/** The paper form's answers exactly as typed, so a reload or an error never loses one. */
export interface PaperAnswers {
  office: { receivedOn: string; receivedAtTime: string; receivedBy: string };
  /** The date of birth in one box, as the office copies it from the form (`dd.mm.yyyy`). */
  person: PersonNameAndCode & { dateOfBirth: string };
  disabilityGroup?: '1' | '2' | '3';
  mentalDisorder?: 'yes' | 'no';
  contact: ContactAnswers & { language: Language };
  hasRepresentative: boolean;
  representative: RepresentativeAnswers;
  consent: boolean;
}

/**
 * A paper application while it is being registered: answers, then the registered draft's number, then the
 * scans. One at a time per browser tab; it is forgotten once submitted, and on signing out.
 */
export interface PaperDraft {
  version: 1;
  roundId: string;
  /** One per paper form: registering it again after a lost answer finds the same application. */
  idempotencyKey: string;
  answers: PaperAnswers;
  /** Set once the API has stored the draft; the answers are fixed from then on. */
  registered?: PaperApplicationResponse;
  documents: Partial<Record<DocumentType, { fileName: string; sizeBytes: number }>>;
  /** Problems found on a later step that belong to an earlier one (a scan the API refused at submission). */
  errors: FieldError[];
}

/** The scans a paper application needs: the proof of authority too when a representative signed the form. */
export function paperDocuments(round: Round, answers: PaperAnswers): DocumentRequirement[] {
  return documentsNeeded(round, {
    channel: 'paper',
    ...(answers.hasRepresentative && { representative: answers.representative }),
  });
}

const KEY = 'paper-application';

export function newPaperDraft(roundId: string): PaperDraft {
  return {
    version: 1,
    roundId,
    idempotencyKey: crypto.randomUUID(),
    answers: {
      office: { receivedOn: '', receivedAtTime: '', receivedBy: '' },
      person: { firstName: '', lastName: '', personalCode: '', dateOfBirth: '' },
      contact: { email: '', phone: '', language: 'lv' },
      hasRepresentative: false,
      representative: { firstName: '', lastName: '', email: '', phone: '' },
      consent: false,
    },
    documents: {},
    errors: [],
  };
}

export function loadPaperDraft(roundId: string): PaperDraft | undefined {
  const stored = loadStaffItem<PaperDraft>(KEY);
  return stored?.version === 1 && stored.roundId === roundId ? stored : undefined;
}

export function savePaperDraft(draft: PaperDraft): void {
  saveStaffItem(KEY, draft);
}

export function discardPaperDraft(): void {
  removeStaffItem(KEY);
}
