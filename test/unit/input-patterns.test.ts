import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { jsonSchema } from '../../shared/http/openapi.ts';
import { AccessCodeSchema, IdempotencyKeySchema } from '../../shared/schemas/api.ts';
import { CreateApplicationRequestSchema } from '../../shared/schemas/application.ts';
import { ReferenceSchema } from '../../shared/schemas/common.ts';
import { spacedAround } from '../../shared/schemas/input-patterns.ts';
import { StaffTextSchema } from '../../shared/schemas/review.ts';
import { DuplicateResolutionRequestSchema, PaperApplicationRequestSchema } from '../../shared/schemas/staff-api.ts';
import { jsonSchemaValidator } from '../helpers/json-schema-validator.ts';

/*
 * Inputs the server trims or upper-cases before it checks them are documented by a pattern of the value as sent.
 * A client that follows the document must send only what the server accepts, and be able to send all of it.
 */

const everyCodePoint = function* () {
  for (let point = 0; point <= 0x10ffff; point += 1) yield String.fromCodePoint(point);
};

describe('the characters the patterns are made of', () => {
  it('treat as spaces around a value exactly the characters trim() removes', () => {
    const pattern = spacedAround('a');
    const disagreeing: string[] = [];
    for (const char of everyCodePoint()) {
      if ((`${char}a`.trim() === 'a') !== pattern.test(`${char}a`)) disagreeing.push(char);
    }
    expect(disagreeing).toEqual([]);
  });
});

const person = CreateApplicationRequestSchema.shape.person.shape;
const contact = CreateApplicationRequestSchema.shape.contact.shape;

const SPACES = [' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff'];
const ODD = ['\u0000', '\u202e', 'é', '💩', '\u200b', '\u180e'];
// Among them characters whose upper case is Latin (ß → SS, ı → I, ſ → S, ﬀ → FF): refused, as sent.
const LETTERS = ['A', 'K', 'Z', 'k', 'z', 'I', 'i', 'L', 'O', 'Q', 'W', 'X', 'Y', 'ß', 'ı', 'ſ', 'ﬀ'];
const DIGITS = ['0', '1', '2', '5', '9'];

/** Mostly `usual`, now and then one of `odd`. */
const mostly = (usual: string[], odd: string[]) =>
  fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...usual) }, { weight: 1, arbitrary: fc.constantFrom(...odd) });

/** Candidates shaped like `head-tail`, each part of a few characters, so that some are accepted and some not. */
const codeLike = (head: fc.Arbitrary<string>, tail: fc.Arbitrary<string>, length: number) =>
  fc
    .tuple(
      fc.string({ unit: fc.constantFrom(...SPACES), maxLength: 2 }),
      fc.string({ unit: head, minLength: length - 1, maxLength: length + 1 }),
      fc.constantFrom('-', '-', '-', '_', ''),
      fc.string({ unit: tail, minLength: length - 1, maxLength: length + 1 }),
      fc.string({ unit: fc.constantFrom(...SPACES), maxLength: 2 }),
    )
    .map((parts) => parts.join(''));
const referenceLike = codeLike(
  mostly(['A', 'K', 'Z', 'k', 'z'], [...LETTERS, ...DIGITS]),
  mostly(['2', '5', '9'], [...LETTERS, ...DIGITS]),
  4,
);

const textLike = (maxLength: number) =>
  fc.string({
    unit: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom('a', 'Ā', 'ž', '1', '-') },
      { weight: 2, arbitrary: fc.constantFrom(...SPACES) },
      { weight: 1, arbitrary: fc.constantFrom(...ODD) },
    ),
    maxLength,
  });

/** Keeps the runs short: a text longer than every limit still comes up through `minLength`. */
const around = (arbitrary: fc.Arbitrary<string>, limit: number) =>
  fc.oneof(
    arbitrary,
    fc
      .tuple(textLike(3), fc.integer({ min: limit - 3, max: limit + 3 }), textLike(3))
      .map(([head, length, tail]) => `${head}${'x'.repeat(Math.max(length, 0))}${tail}`),
  );

const cases: {
  name: string;
  schema: z.ZodMiniType;
  accepted: string[];
  refused: string[];
  candidates: fc.Arbitrary<string>;
}[] = [
  {
    name: 'the reference (path, body)',
    schema: ReferenceSchema,
    accepted: ['KDMA-4729', ' kdma-4729 ', '\tKdMa-2345\n'],
    // Letters whose upper case is Latin (ſ → S, ß → SS, ﬀ → FF) do not stand in for the letters of a reference.
    refused: ['KDMA4729', 'KDMI-4729', 'KDMA-4720', 'KD MA-4729', 'kdm\u017f-4729', 'K\u00dfA-4729', 'kdma-47291', ''],
    candidates: referenceLike,
  },
  {
    name: 'the access code (x-access-code)',
    schema: AccessCodeSchema,
    accepted: ['ABCDE-23456', '  abcde-23456  ', 'ABCDE-0I1LO'],
    refused: [
      'ABCDE23456',
      'ABCD-23456',
      'ABCDE-2345\u00e9',
      '\u0131bcd\u017f-\ufb03ab',
      'A\u00dfCD-12345',
      'ABCDE - 23456',
      '',
    ],
    candidates: codeLike(mostly([...LETTERS, ...DIGITS], ['\u00e9', ...ODD]), mostly(DIGITS, LETTERS), 5),
  },
  {
    name: 'the Idempotency-Key',
    schema: IdempotencyKeySchema,
    accepted: ['12345678', '  12345678  ', 'a      b', 'k'.repeat(128), ` ${'k'.repeat(128)}\t`],
    refused: ['1234567', '  1234567  ', `a${' '.repeat(6)}`, '        ', 'k'.repeat(129)],
    candidates: around(textLike(14), 128),
  },
  {
    name: 'a first name',
    schema: person.firstName,
    accepted: ['A', ' Anna ', 'Anna Marija', ` ${'x'.repeat(100)} `],
    refused: ['', ' ', '\u00a0\u3000', 'x'.repeat(101)],
    candidates: around(textLike(6), 100),
  },
  {
    name: 'the personal code as sent',
    schema: person.personalCode,
    accepted: ['', '   ', '161175-19997', ' 161175-19997 ', ` ${'1'.repeat(20)} `],
    refused: ['1'.repeat(21)],
    candidates: around(textLike(6), 20),
  },
  {
    name: 'a phone number',
    schema: contact.phone.def.innerType,
    accepted: ['20000000', ' +371 2000 0000 ', '+ 2000000', '\t12345678\n', `+${' '.repeat(19)}1`],
    refused: ['        ', '2000000', '+2000000', '20000000 +', '2000 000a', `1${' '.repeat(19)}1`],
    candidates: fc.string({ unit: mostly(['1', '2', ' '], ['+', '\t', 'a']), maxLength: 24 }),
  },
  {
    name: 'a staff text (note, justification, reason)',
    schema: StaffTextSchema,
    accepted: ['x', '  x  ', 'Apmeklēts mājās.', ` ${'x'.repeat(2000)} `],
    refused: ['', '   ', '\n\t', 'x'.repeat(2001)],
    candidates: around(textLike(8), 2000),
  },
  {
    name: 'who at the office received a paper application',
    schema: PaperApplicationRequestSchema.shape.office.shape.receivedBy,
    accepted: ['Ilze', ' Ilze Ozola ', 'x'.repeat(200)],
    refused: ['', ' ', 'x'.repeat(201)],
    candidates: around(textLike(6), 200),
  },
  {
    name: 'the standing application of a duplicate resolution',
    schema: DuplicateResolutionRequestSchema.shape.standing,
    accepted: ['KDMA-4729', ' kdma-4729'],
    refused: ['KDMA 4729', 'KDMA-47'],
    candidates: referenceLike,
  },
];

describe.each(cases)('$name as the document describes it', ({ schema, accepted, refused, candidates }) => {
  const documented = jsonSchemaValidator.compile(jsonSchema(schema, 'input'));
  const serverAccepts = (value: string) => schema.safeParse(value).success;

  it('matches the values the server accepts', () => {
    for (const value of accepted) expect(serverAccepts(value), JSON.stringify(value)).toBe(true);
    expect(accepted.filter((value) => !documented(value))).toEqual([]);
  });

  it('does not match the values the server refuses', () => {
    for (const value of refused) expect(serverAccepts(value), JSON.stringify(value)).toBe(false);
    expect(refused.filter((value) => documented(value))).toEqual([]);
  });

  it('agrees with the server on every value, accepted or refused', () => {
    const seen = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(candidates, (value) => {
        const accepts = serverAccepts(value);
        seen[accepts ? 'accepted' : 'refused'] += 1;
        expect(documented(value), JSON.stringify(value)).toBe(accepts);
      }),
      { numRuns: 2000, seed: 20190801 },
    );
    // Candidates that were all refused (or all accepted) would prove nothing about the other side.
    expect(seen.accepted).toBeGreaterThan(20);
    expect(seen.refused).toBeGreaterThan(20);
  });
});
