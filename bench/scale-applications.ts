import { createHash } from 'node:crypto';
import type { Keyring } from '../shared/ports/keyring.ts';
import type { Application } from '../shared/schemas/application.ts';
import { READABLE_DIGITS, READABLE_LETTERS } from '../shared/schemas/common.ts';

/**
 * Decided applications of one round as a national programme might have them after review: the same data on every
 * run (every value is drawn from a hash of its index), names from common Latvian first names and surnames, receipt
 * times anywhere in a 16-day window, scores 0–20, and 85 % eligible, 8 % not, 4 % set aside as duplicates, 3 %
 * withdrawn. Each is the application as the review use cases leave it: documents checked, eligibility decided,
 * scores recorded, three staff changes.
 */

const OPENS = Date.parse('2019-07-31T21:00:00.000Z');
const WINDOW_MS = 16 * 24 * 60 * 60 * 1000;
const FIRST_NAMES = [
  'Jānis',
  'Andris',
  'Juris',
  'Māris',
  'Pēteris',
  'Aivars',
  'Edgars',
  'Gints',
  'Kārlis',
  'Roberts',
  'Artūrs',
  'Dainis',
  'Ģirts',
  'Oskars',
  'Valdis',
  'Anna',
  'Kristīne',
  'Inese',
  'Līga',
  'Ilze',
  'Laura',
  'Ieva',
  'Dace',
  'Sandra',
  'Baiba',
  'Zane',
  'Aija',
  'Agnese',
  'Ērika',
  'Daina',
];
const SURNAMES = [
  'Bērziņš',
  'Kalniņš',
  'Ozols',
  'Jansons',
  'Liepiņš',
  'Krūmiņš',
  'Balodis',
  'Eglītis',
  'Zariņš',
  'Pētersons',
  'Vītols',
  'Kļaviņš',
  'Kārkliņš',
  'Vanags',
  'Zeltiņš',
  'Lācis',
  'Siliņš',
  'Cīrulis',
  'Priede',
  'Šmits',
  'Žagars',
  'Āboliņš',
  'Čakste',
  'Ģērmanis',
  'Ņikitins',
  'Ūdris',
  'Grīnbergs',
  'Rozenbergs',
  'Sproģis',
  'Dzenis',
];
const BY = { subject: 'sub-bench', username: 'bench', displayName: 'Sociālais darbinieks' };

/** A number in [0, 1) drawn from the index and what it is for. */
function draw(index: number, what: string): number {
  return createHash('sha256').update(`${what}:${index}`).digest().readUInt32BE(0) / 2 ** 32;
}

function pick<T>(items: readonly T[], index: number, what: string): T {
  return items[Math.floor(draw(index, what) * items.length)] as T;
}

/** A reference of its own for every index below 19⁴ (a bijection of the letters), digits drawn. */
export function referenceOf(index: number): string {
  let letters = '';
  for (let n = (index * 48_271) % READABLE_LETTERS.length ** 4, place = 0; place < 4; place++) {
    letters += READABLE_LETTERS[n % READABLE_LETTERS.length];
    n = Math.floor(n / READABLE_LETTERS.length);
  }
  const digits = Array.from({ length: 4 }, (_, at) => pick([...READABLE_DIGITS], index, `digit${at}`)).join('');
  return `${letters}-${digits}`;
}

/** The index-th person's personal code: 11 digits of their own (the table keeps only its hash and ciphertext). */
export function personalCodeOf(index: number): string {
  return String(index).padStart(11, '0');
}

/** A female form of a surname: -š → -a, -s → -a, Ozols → Ozola. */
function surnameFor(surname: string, female: boolean): string {
  if (!female) return surname;
  if (/(iņš|ņš)$/.test(surname)) return surname.replace(/š$/, 'a');
  if (/s$/.test(surname)) return surname.replace(/s$/, 'a');
  return surname;
}

/** The index-th application of the round, in `municipalityCode`. */
export function decidedApplication(
  index: number,
  roundId: string,
  municipalityCode: string,
  keyring: Pick<Keyring, 'encrypt' | 'personalCodeHash'>,
): Application {
  const reference = referenceOf(index);
  const receivedAt = new Date(OPENS + Math.floor(draw(index, 'received') * WINDOW_MS)).toISOString();
  const decidedAt = new Date(Date.parse(receivedAt) + 3 * 24 * 60 * 60 * 1000).toISOString();
  const firstName = pick(FIRST_NAMES, index, 'first');
  const female = FIRST_NAMES.indexOf(firstName) >= 15;
  const code = personalCodeOf(index);
  const outcome = draw(index, 'state');
  const total = Math.floor(draw(index, 'score') * 21);
  const decided = { by: BY, at: decidedAt };
  const eligible = outcome < 0.85 || outcome >= 0.97;
  const standing = referenceOf(index === 0 ? 1 : index - 1);
  return {
    reference,
    roundId,
    status: 'submitted',
    channel: draw(index, 'channel') < 0.9 ? 'online' : 'paper',
    createdAt: new Date(Date.parse(receivedAt) - 10 * 60 * 1000).toISOString(),
    receivedAt,
    person: {
      firstName,
      lastName: surnameFor(pick(SURNAMES, index, 'surname'), female),
      dateOfBirth: '1970-05-16',
      municipalityCode,
      disabilityGroup: 1 + Math.floor(draw(index, 'group') * 3),
      mentalDisorderConfirmed: true,
    },
    personalCode: { encrypted: keyring.encrypt(code), keyedHash: keyring.personalCodeHash(code), format: 'legacy' },
    contact: { email: `person${index}@example.lv`, language: 'lv' },
    consentGivenAt: receivedAt,
    documents: [
      { type: 'application-form', contentType: 'application/pdf', sizeBytes: 183_204, sha256: 'a'.repeat(64) },
      { type: 'disability-proof', contentType: 'image/jpeg', sizeBytes: 942_117, sha256: 'b'.repeat(64) },
    ],
    flags: outcome >= 0.93 && outcome < 0.97 ? { possibleDuplicateOf: standing } : {},
    review: {
      documentCheck: { verified: true, ...decided },
      eligibility: eligible
        ? { decision: 'eligible', ...decided }
        : { decision: 'not-eligible', reason: 'disability-group-not-eligible', ...decided },
      scores: {
        points: { 'support-need': total },
        total,
        justification: 'Vērtēts pēc kārtas kritērijiem.',
        ...decided,
      },
      ...(outcome >= 0.93 &&
        outcome < 0.97 && {
          duplicate: { outcome: 'set-aside', standing, reason: 'Tā pati persona pieteicās divreiz.', ...decided },
        }),
    },
    ...(outcome >= 0.97 && { withdrawal: { reason: 'Persona atteicās no pieteikuma.', ...decided } }),
    revision: 3,
  };
}
