import * as z from 'zod/mini';
import { eitherCase, spacedAround } from './input-patterns.ts';
import { lazySchema } from './lazy-schema.ts';

/** The two languages of every screen, e-mail and error message. */
export const LanguageSchema = z.enum(['lv', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

/** Text shown to people: always both languages. */
export const LocalizedTextSchema = lazySchema(() =>
  z.strictObject({
    lv: z.string().check(z.minLength(1)),
    en: z.string().check(z.minLength(1)),
  }),
);
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** A calendar date without a time, as people write it in forms: YYYY-MM-DD. */
export const IsoDateSchema = z.iso.date();

/** An instant, always stored and exchanged in UTC. */
export const InstantSchema = z.iso.datetime({ offset: false });

/** Easy to read aloud: no 0/O, 1/I/L look-alikes and no Q, W, X, Y (not in the Latvian alphabet). */
export const READABLE_LETTERS = 'ABCDEFGHJKMNPRSTUVZ';
export const READABLE_DIGITS = '23456789';

/**
 * Reference number of an application, e.g. `KDMA-4729`: four letters, four digits. Sent in either case and with
 * spaces around it, as people copy it; upper-cased and trimmed before use.
 */
export const ReferenceSchema = z.pipe(
  z.pipe(
    z.string().check(z.regex(spacedAround(`${eitherCase(READABLE_LETTERS, 4)}-${eitherCase(READABLE_DIGITS, 4)}`))),
    z.transform((value) => value.trim().toUpperCase()),
  ),
  z.string().check(z.regex(new RegExp(`^[${READABLE_LETTERS}]{4}-[${READABLE_DIGITS}]{4}$`))),
);
