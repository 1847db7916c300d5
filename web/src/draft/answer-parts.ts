import type { Language, RepresentativeCapacity } from '../api/types.ts';

/**
 * The parts of an application that the applicant's steps and the office's paper form both ask, exactly as typed
 * (text stays text), so a reload or an error never loses an answer.
 */
export interface PersonNameAndCode {
  firstName: string;
  lastName: string;
  personalCode: string;
}

export interface ContactAnswers {
  email: string;
  phone: string;
  /** Asked on the applicant's contact step; the office's paper form does not ask it. */
  address?: string;
  /** Unset until chosen on the applicant's step; the paper form starts with Latvian. */
  language?: Language | undefined;
}

export interface RepresentativeAnswers {
  firstName: string;
  lastName: string;
  capacity?: RepresentativeCapacity | undefined;
  email: string;
  phone: string;
}
