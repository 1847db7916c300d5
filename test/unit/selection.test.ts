import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputBytes } from '../../shared/domain/run-inputs-text.ts';
import {
  canonicalInputs,
  promoteAfterWithdrawal,
  SELECTION_RULE_VERSION,
  selectApplications,
} from '../../shared/domain/selection.ts';
import { inputOfRows, resultOfRows, rowsOfResult } from '../../shared/domain/selection-rows.ts';
import { READABLE_DIGITS, READABLE_LETTERS } from '../../shared/schemas/common.ts';
import {
  RunRowSchema,
  type SelectionCandidate,
  type SelectionCandidateState,
  type SelectionResult,
  SelectionResultSchema,
} from '../../shared/schemas/selection.ts';

/** A hundred generated cases each: seconds on a busy machine, so each property gets the time that takes. */
const PROPERTY_RUNS = { timeout: 30_000 };

// ---------------------------------------------------------------------------------------------------------------
// The oracle: the rule of the call written as plainly as possible, independently of the implementation.
// ---------------------------------------------------------------------------------------------------------------

type SortKey = ReadonlyArray<number | string>;

function lexicographic(a: SortKey, b: SortKey): number {
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const x = a[index] as number | string;
    const y = b[index] as number | string;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}

const REASON_OF: Record<string, string> = {
  'not-eligible': 'not-eligible',
  'set-aside': 'set-aside-duplicate',
  withdrawn: 'withdrawn',
};

interface Expected {
  selected: string[];
  waitlisted: string[];
  excluded: Array<[string, string]>;
}

function oracle(cap: number, applications: readonly SelectionCandidate[]): Expected {
  const order = applications
    .filter((application) => application.state === 'eligible')
    .map((application) => ({
      reference: application.reference,
      key: [
        -(application.totalScore ?? 0),
        Date.parse(application.receivedAt),
        // Digits finer than a millisecond, which Date.parse drops: the instant to the last digit.
        (/\.\d{3}(\d*)Z$/.exec(application.receivedAt)?.[1] ?? '').replace(/0+$/, ''),
        application.reference,
      ],
    }))
    .sort((x, y) => lexicographic(x.key, y.key))
    .map(({ reference }) => reference);
  const excluded = applications
    .filter((application) => application.state !== 'eligible')
    .map((application): [string, string] => [application.reference, REASON_OF[application.state] as string])
    .sort((x, y) => lexicographic([x[0]], [y[0]]));
  return { selected: order.slice(0, cap), waitlisted: order.slice(cap), excluded };
}

/** The same shape as the oracle's answer, read from a real result. */
function summary(result: SelectionResult): Expected {
  return {
    selected: result.selected.map((entry) => entry.reference),
    waitlisted: result.waitlisted.map((entry) => entry.reference),
    excluded: result.excluded.map((entry): [string, string] => [entry.reference, entry.reason]),
  };
}

/** Selection of inputs that are all decided: it must succeed. */
function decided(cap: number, applications: SelectionCandidate[]): SelectionResult {
  const outcome = selectApplications({ cap, applications });
  if (!outcome.ok) throw new Error(`unexpectedly undecided: ${outcome.undecided.join(', ')}`);
  return outcome.result;
}

// ---------------------------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------------------------

const OPENS = Date.parse('2019-07-31T21:00:00.000Z');
const MINUTE = 60_000;

const referenceArb = fc
  .tuple(
    fc.string({ unit: fc.constantFrom(...READABLE_LETTERS), minLength: 4, maxLength: 4 }),
    fc.string({ unit: fc.constantFrom(...READABLE_DIGITS), minLength: 4, maxLength: 4 }),
  )
  .map(([letters, digits]) => `${letters}-${digits}`);

/** The ways one instant is written: `.000Z`, no fraction, one digit, microseconds. All the same moment. */
const WRITINGS: ReadonlyArray<(millis: number) => string> = [
  (millis) => new Date(millis).toISOString(),
  (millis) => {
    const [whole, fraction] = new Date(millis).toISOString().slice(0, -1).split('.') as [string, string];
    const significant = fraction.replace(/0+$/, '');
    return significant ? `${whole}.${significant}Z` : `${whole}Z`;
  },
  (millis) => {
    const [whole, fraction] = new Date(millis).toISOString().slice(0, -1).split('.') as [string, string];
    return `${whole}.${fraction.replace(/0+$/, '') || '0'}Z`;
  },
  (millis) => new Date(millis).toISOString().replace('Z', '000Z'),
];

const writtenInstantArb = (millisArb: fc.Arbitrary<number>) =>
  fc.tuple(millisArb, fc.constantFrom(...WRITINGS)).map(([millis, write]) => write(millis));

/** Online: the server's clock, on coarse slots so that ties happen, sometimes a few milliseconds apart. */
const onlineTimeArb = writtenInstantArb(
  fc
    .tuple(fc.integer({ min: 3 * 24 * 4, max: 16 * 24 * 4 - 1 }), fc.constantFrom(0, 0, 0, 1, 999))
    .map(([quarter, millis]) => OPENS + quarter * 15 * MINUTE + millis),
);

/** Paper: the office's stamp, in whole minutes, in the first days, so earlier than every online receipt. */
const paperTimeArb = writtenInstantArb(fc.integer({ min: 0, max: 3 * 24 * 60 - 1 }).map((m) => OPENS + m * MINUTE));

const decidedStateArb: fc.Arbitrary<SelectionCandidateState> = fc.oneof(
  { arbitrary: fc.constant('eligible' as const), weight: 6 },
  { arbitrary: fc.constantFrom('not-eligible' as const, 'set-aside' as const, 'withdrawn' as const), weight: 2 },
);
const undecidedStateArb = fc.constantFrom('to-review' as const, 'possible-duplicate' as const);

/** Few distinct scores, so equal scores are common; sometimes none given yet. */
const scoreArb = fc.option(fc.integer({ min: 0, max: 6 }), { nil: null, freq: 8 });

const candidateArb = (
  stateArb: fc.Arbitrary<SelectionCandidateState> = decidedStateArb,
  timeArb: fc.Arbitrary<string> = fc.oneof(onlineTimeArb, paperTimeArb),
): fc.Arbitrary<SelectionCandidate> =>
  fc.record({ reference: referenceArb, state: stateArb, totalScore: scoreArb, receivedAt: timeArb });

const candidatesArb = (
  constraints: { minLength?: number; maxLength?: number } = {},
  arb: fc.Arbitrary<SelectionCandidate> = candidateArb(),
) => fc.uniqueArray(arb, { selector: (candidate) => candidate.reference, maxLength: 40, ...constraints });

/** The same candidates twice: as generated, and shuffled. */
const candidatesInTwoOrdersArb = candidatesArb().chain((applications) =>
  fc.tuple(
    fc.constant(applications),
    fc.shuffledSubarray(applications, { minLength: applications.length, maxLength: applications.length }),
  ),
);

const capArb = fc.integer({ min: 0, max: 12 });

const eligibleCount = (applications: readonly SelectionCandidate[]) =>
  applications.filter((application) => application.state === 'eligible').length;

// ---------------------------------------------------------------------------------------------------------------
// Properties of the selection
// ---------------------------------------------------------------------------------------------------------------

describe('the selection of one municipality (properties)', PROPERTY_RUNS, () => {
  it('gives the same result as the plainly written rule', () => {
    fc.assert(
      fc.property(capArb, candidatesArb(), (cap, applications) => {
        expect(summary(decided(cap, applications))).toEqual(oracle(cap, applications));
      }),
    );
  });

  it('selects at most cap, and exactly min(cap, eligible)', () => {
    fc.assert(
      fc.property(capArb, candidatesArb(), (cap, applications) => {
        const result = decided(cap, applications);
        expect(result.selected.length).toBeLessThanOrEqual(cap);
        expect(result.selected).toHaveLength(Math.min(cap, eligibleCount(applications)));
        expect(result.cap).toBe(cap);
      }),
    );
  });

  it('places every reference exactly once: selected, waiting or excluded', () => {
    fc.assert(
      fc.property(capArb, candidatesArb(), (cap, applications) => {
        const result = decided(cap, applications);
        const placed = [...result.selected, ...result.waitlisted, ...result.excluded].map((entry) => entry.reference);
        expect(placed).toHaveLength(applications.length);
        expect(new Set(placed)).toEqual(new Set(applications.map((application) => application.reference)));
      }),
    );
  });

  it('numbers ranks 1..k and positions 1..n without gaps, a waiting rank being cap + position', () => {
    fc.assert(
      fc.property(capArb, candidatesArb(), (cap, applications) => {
        const result = decided(cap, applications);
        expect(result.selected.map((entry) => entry.rank)).toEqual(result.selected.map((_, index) => index + 1));
        expect(result.waitlisted.map((entry) => entry.position)).toEqual(
          result.waitlisted.map((_, index) => index + 1),
        );
        for (const entry of result.waitlisted) expect(entry.rank).toBe(cap + entry.position);
      }),
    );
  });

  it('keeps each candidate’s reference, score and receipt time as given', () => {
    fc.assert(
      fc.property(capArb, candidatesArb(), (cap, applications) => {
        const result = decided(cap, applications);
        const given = new Map(applications.map((application) => [application.reference, application]));
        for (const entry of [...result.selected, ...result.waitlisted, ...result.excluded]) {
          const candidate = given.get(entry.reference);
          expect(entry.totalScore).toBe(candidate?.totalScore);
          expect(entry.receivedAt).toBe(candidate?.receivedAt);
        }
      }),
    );
  });

  it('is the same whatever order the applications come in', () => {
    fc.assert(
      fc.property(capArb, candidatesInTwoOrdersArb, (cap, [applications, permuted]) => {
        expect(selectApplications({ cap, applications: permuted })).toEqual(selectApplications({ cap, applications }));
      }),
    );
  });

  it('puts the earlier receipt first at equal scores, and the reference first at equal scores and instants', () => {
    fc.assert(
      fc.property(capArb, candidatesArb(), (cap, applications) => {
        const result = decided(cap, applications);
        const order = [...result.selected, ...result.waitlisted];
        for (let index = 1; index < order.length; index++) {
          const before = order[index - 1] as (typeof order)[number];
          const after = order[index] as (typeof order)[number];
          expect(before.totalScore ?? 0).toBeGreaterThanOrEqual(after.totalScore ?? 0);
          if ((before.totalScore ?? 0) !== (after.totalScore ?? 0)) continue;
          expect(Date.parse(before.receivedAt)).toBeLessThanOrEqual(Date.parse(after.receivedAt));
          if (Date.parse(before.receivedAt) === Date.parse(after.receivedAt)) {
            expect(before.reference < after.reference).toBe(true);
          }
        }
      }),
    );
  });

  it('orders equal scores at one instant, however precisely each is written, by reference alone', () => {
    const sameMomentArb = candidateArb(
      fc.constant('eligible' as const),
      writtenInstantArb(fc.constant(Date.parse('2019-08-01T06:00:00.000Z'))),
    ).map((candidate) => ({ ...candidate, totalScore: 7 }));
    fc.assert(
      fc.property(capArb, candidatesArb({ minLength: 2 }, sameMomentArb), (cap, applications) => {
        const result = decided(cap, applications);
        const order = [...result.selected, ...result.waitlisted].map((entry) => entry.reference);
        expect(order).toEqual(applications.map((application) => application.reference).sort());
      }),
    );
  });

  it('selects every eligible applicant and keeps no waiting list when fewer apply than there are places', () => {
    fc.assert(
      fc.property(
        candidatesArb({ maxLength: 10 }).chain((applications) =>
          fc.tuple(fc.constant(applications), fc.integer({ min: eligibleCount(applications), max: 20 })),
        ),
        ([applications, cap]) => {
          const result = decided(cap, applications);
          expect(result.selected).toHaveLength(eligibleCount(applications));
          expect(result.waitlisted).toEqual([]);
        },
      ),
    );
  });

  it('selects 10 and lists the rest in order when 200 apply for 10 places', () => {
    fc.assert(
      fc.property(candidatesArb({ minLength: 200, maxLength: 200 }), (applications) => {
        const result = decided(10, applications);
        const eligible = eligibleCount(applications);
        expect(result.selected).toHaveLength(Math.min(10, eligible));
        expect(result.waitlisted).toHaveLength(Math.max(0, eligible - 10));
        expect(summary(result)).toEqual(oracle(10, applications));
      }),
      { numRuns: 30 },
    );
  });

  it('selects nobody when nobody is eligible', () => {
    const notEligibleArb = candidateArb(fc.constantFrom('not-eligible' as const, 'set-aside' as const, 'withdrawn'));
    fc.assert(
      fc.property(capArb, candidatesArb({}, notEligibleArb), (cap, applications) => {
        const result = decided(cap, applications);
        expect(result.selected).toEqual([]);
        expect(result.waitlisted).toEqual([]);
        expect(result.excluded).toHaveLength(applications.length);
      }),
    );
  });

  it('excludes the not eligible, set-aside duplicates and the withdrawn, each with its reason', () => {
    fc.assert(
      fc.property(capArb, candidatesArb(), (cap, applications) => {
        const result = decided(cap, applications);
        const stateOf = new Map(applications.map((application) => [application.reference, application.state]));
        for (const entry of result.excluded) expect(entry.reason).toBe(REASON_OF[stateOf.get(entry.reference) ?? '']);
        const references = result.excluded.map((entry) => entry.reference);
        expect(references).toEqual([...references].sort());
      }),
    );
  });

  it('ranks a paper application by the office’s receipt time, even when it was registered after online ones', () => {
    const onlineArb = candidatesArb({ maxLength: 25 }, candidateArb(decidedStateArb, onlineTimeArb));
    const paperArb = candidatesArb({ minLength: 1, maxLength: 10 }, candidateArb(decidedStateArb, paperTimeArb));
    fc.assert(
      fc.property(capArb, onlineArb, paperArb, (cap, online, paper) => {
        const onlineReferences = new Set(online.map((application) => application.reference));
        const registeredLater = paper.filter((application) => !onlineReferences.has(application.reference));
        const applications = [...online, ...registeredLater];
        const result = decided(cap, applications);
        expect(summary(result)).toEqual(oracle(cap, applications));
        const order = [...result.selected, ...result.waitlisted];
        const paperReferences = new Set(registeredLater.map((application) => application.reference));
        // At any one score, every paper application comes before every online one.
        for (const score of new Set(order.map((entry) => entry.totalScore ?? 0))) {
          const atScore = order.filter((entry) => (entry.totalScore ?? 0) === score);
          const firstOnline = atScore.findIndex((entry) => !paperReferences.has(entry.reference));
          const lastPaper = atScore.findLastIndex((entry) => paperReferences.has(entry.reference));
          if (firstOnline >= 0 && lastPaper >= 0) expect(lastPaper).toBeLessThan(firstOnline);
        }
      }),
    );
  });

  it('refuses to select while any application is undecided, listing exactly those', () => {
    const anyStateArb = candidateArb(fc.oneof(decidedStateArb, undecidedStateArb));
    fc.assert(
      fc.property(capArb, candidatesArb({}, anyStateArb), (cap, applications) => {
        const undecided = applications
          .filter((application) => application.state === 'to-review' || application.state === 'possible-duplicate')
          .map((application) => application.reference)
          .sort();
        const outcome = selectApplications({ cap, applications });
        if (undecided.length === 0) expect(outcome.ok).toBe(true);
        else expect(outcome).toEqual({ ok: false, undecided });
      }),
    );
  });

  it('gives a result that is stored and read back unchanged', () => {
    fc.assert(
      fc.property(capArb, candidatesArb(), (cap, applications) => {
        const result = decided(cap, applications);
        expect(SelectionResultSchema.parse(JSON.parse(JSON.stringify(result)))).toEqual(result);
      }),
    );
  });
});

describe('the selection of data the quick orders cannot hold (properties)', PROPERTY_RUNS, () => {
  /** References of another form, scores past a million, receipt times a century apart and finer than a millisecond. */
  const unusualArb = fc.record({
    reference: fc.string({ unit: fc.constantFrom('a', 'b', 'Z', '-', '7', 'é'), minLength: 1, maxLength: 6 }),
    state: decidedStateArb,
    totalScore: fc.option(fc.constantFrom(0, 3, 2 ** 40), { nil: null, freq: 8 }),
    receivedAt: fc
      .tuple(fc.integer({ min: 0, max: 2 }), fc.constantFrom(0, 1, 100 * 365), fc.constantFrom('', '', '1', '0001'))
      .map(([slot, days, finer]) => {
        const instant = new Date(OPENS + days * 86_400_000 + slot * 1000).toISOString();
        return finer ? instant.replace('Z', `${finer}Z`) : instant;
      }),
  });

  it('gives the same result as the plainly written rule', () => {
    fc.assert(
      fc.property(capArb, candidatesArb({}, unusualArb), (cap, applications) => {
        expect(summary(decided(cap, applications))).toEqual(oracle(cap, applications));
      }),
    );
  });
});

describe('the stored rows and the hash (properties)', PROPERTY_RUNS, () => {
  it('hold exactly the result and the canonical inputs it was selected from', () => {
    fc.assert(
      fc.property(capArb, candidatesArb(), (cap, applications) => {
        const result = decided(cap, applications);
        const rows = rowsOfResult(result);
        expect(resultOfRows(cap, rows)).toEqual(result);
        expect(inputOfRows(cap, rows)).toEqual(canonicalInputs(cap, applications));
        expect(rows.map((row) => RunRowSchema.parse(row))).toEqual(rows);
      }),
    );
  });

  it('are hashed over exactly the text JSON writes, whatever the text holds', () => {
    const anyText = fc.string({ unit: 'binary', maxLength: 12 });
    const inputArb = fc.record({
      cap: fc.integer({ min: 0, max: 12 }),
      applications: fc.array(
        fc.record({
          reference: fc.oneof(referenceArb, anyText),
          state: fc.oneof(decidedStateArb, anyText) as fc.Arbitrary<SelectionCandidateState>,
          totalScore: fc.option(fc.integer({ min: 0, max: 2 ** 40 }), { nil: null }),
          receivedAt: fc.oneof(onlineTimeArb, anyText),
        }),
        { maxLength: 20 },
      ),
    });
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(Buffer.from(inputBytes(input)).toString('utf8')).toBe(JSON.stringify(input));
      }),
    );
  });
});

describe('the canonical inputs (properties)', PROPERTY_RUNS, () => {
  it('are the same text for any order of the same applications', () => {
    fc.assert(
      fc.property(capArb, candidatesInTwoOrdersArb, (cap, [applications, permuted]) => {
        expect(JSON.stringify(canonicalInputs(cap, permuted))).toBe(JSON.stringify(canonicalInputs(cap, applications)));
      }),
    );
  });

  it('hold every application once, by reference, with keys in one order', () => {
    fc.assert(
      fc.property(capArb, candidatesArb(), (cap, applications) => {
        const canonical = canonicalInputs(cap, applications);
        expect(Object.keys(canonical)).toEqual(['cap', 'applications']);
        const references = canonical.applications.map((application) => application.reference);
        expect(references).toEqual(applications.map((application) => application.reference).sort());
        for (const application of canonical.applications) {
          expect(Object.keys(application)).toEqual(['reference', 'state', 'totalScore', 'receivedAt']);
        }
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties of a withdrawal after the selection
// ---------------------------------------------------------------------------------------------------------------

/** A decided municipality with at least one person holding a place, and the index of the one who withdraws. */
const withdrawalArb = fc
  .tuple(capArb, candidatesArb({ minLength: 1 }))
  .filter(([, applications]) => eligibleCount(applications) > 0)
  .chain(([cap, applications]) => {
    const result = decided(cap, applications);
    const holders = [...result.selected, ...result.waitlisted];
    return fc.tuple(
      fc.constant(cap),
      fc.constant(applications),
      fc.constant(result),
      fc.nat(holders.length - 1).map((index) => (holders[index] as (typeof holders)[number]).reference),
    );
  });

const withdrawnIn = (applications: readonly SelectionCandidate[], reference: string): SelectionCandidate[] =>
  applications.map((application) =>
    application.reference === reference ? { ...application, state: 'withdrawn' as const } : application,
  );

describe('a withdrawal after the selection (properties)', PROPERTY_RUNS, () => {
  it('gives the same result as selecting again with that person withdrawn', () => {
    fc.assert(
      fc.property(withdrawalArb, ([cap, applications, result, reference]) => {
        const { result: next } = promoteAfterWithdrawal(result, reference);
        expect(next).toEqual(decided(cap, withdrawnIn(applications, reference)));
      }),
    );
  });

  it('offers the place to the first on the waiting list, and only when a selected person withdrew', () => {
    fc.assert(
      fc.property(withdrawalArb, ([, , result, reference]) => {
        const wasSelected = result.selected.some((entry) => entry.reference === reference);
        const { result: next, promoted } = promoteAfterWithdrawal(result, reference);
        expect(promoted).toBe(wasSelected ? result.waitlisted[0]?.reference : undefined);
        if (promoted !== undefined) {
          expect(next.selected.at(-1)).toMatchObject({ reference: promoted, rank: result.cap });
        }
      }),
    );
  });

  it('keeps min(cap, eligible − 1) selected and ranks and positions without gaps', () => {
    fc.assert(
      fc.property(withdrawalArb, ([cap, applications, result, reference]) => {
        const { result: next } = promoteAfterWithdrawal(result, reference);
        expect(next.selected).toHaveLength(Math.min(cap, eligibleCount(applications) - 1));
        expect(next.selected.map((entry) => entry.rank)).toEqual(next.selected.map((_, index) => index + 1));
        expect(next.waitlisted.map((entry) => entry.position)).toEqual(next.waitlisted.map((_, index) => index + 1));
        for (const entry of next.waitlisted) expect(entry.rank).toBe(cap + entry.position);
        expect(next.excluded).toContainEqual(expect.objectContaining({ reference, reason: 'withdrawn' }));
      }),
    );
  });

  it('after several withdrawals in turn, equals selecting again with all of them withdrawn', () => {
    fc.assert(
      fc.property(capArb, candidatesArb({ minLength: 1 }), fc.array(fc.nat(), { maxLength: 8 }), (cap, apps, picks) => {
        let result = decided(cap, apps);
        let applications = apps;
        for (const pick of picks) {
          const holders = [...result.selected, ...result.waitlisted];
          const holder = holders[pick % Math.max(1, holders.length)];
          if (!holder) break;
          result = promoteAfterWithdrawal(result, holder.reference).result;
          applications = withdrawnIn(applications, holder.reference);
        }
        expect(result).toEqual(decided(cap, applications));
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Examples
// ---------------------------------------------------------------------------------------------------------------

/** `AAAA-2222`, `AAAA-2223`, …: references in the real format whose plain order is their number's order. */
function referenceNumber(index: number): string {
  const digits = index.toString(8).padStart(4, '0');
  return `AAAA-${[...digits].map((digit) => READABLE_DIGITS[Number(digit)]).join('')}`;
}

const eligible = (reference: string, totalScore: number | null, receivedAt: string): SelectionCandidate => ({
  reference,
  state: 'eligible',
  totalScore,
  receivedAt,
});

describe('the selection of one municipality (examples)', () => {
  it('names its rule', () => {
    expect(SELECTION_RULE_VERSION).toBe('score-then-receipt-then-reference/1');
  });

  it('selects exactly 10 of 25 applicants by score, then receipt time, and lists the other 15 as waiting 1–15', () => {
    // In the expected order: groups of five with equal scores, the higher-scored groups received later (score
    // comes first), and within a group earlier hours first.
    const expected = Array.from({ length: 25 }, (_, index) =>
      eligible(
        referenceNumber(24 - index),
        20 - Math.floor(index / 5),
        new Date(Date.UTC(2019, 7, 10 - Math.floor(index / 5), 6 + (index % 5))).toISOString(),
      ),
    );
    const result = decided(10, [...expected].reverse());
    expect(result.selected.map(({ reference, rank }) => [reference, rank])).toEqual(
      expected.slice(0, 10).map(({ reference }, index) => [reference, index + 1]),
    );
    expect(result.waitlisted.map(({ reference, position, rank }) => [reference, position, rank])).toEqual(
      expected.slice(10).map(({ reference }, index) => [reference, index + 1, index + 11]),
    );
    expect(result.excluded).toEqual([]);
  });

  it('puts the earlier receipt first at equal scores, even by a millisecond', () => {
    const result = decided(1, [
      eligible('AAAA-2222', 5, '2019-08-01T06:00:00.001Z'),
      eligible('ZZZZ-9999', 5, '2019-08-01T06:00:00.000Z'),
    ]);
    expect(result.selected.map((entry) => entry.reference)).toEqual(['ZZZZ-9999']);
    expect(result.waitlisted.map((entry) => entry.reference)).toEqual(['AAAA-2222']);
  });

  it('compares receipt times as instants: the same moment written with and without milliseconds ties', () => {
    // As text, `06:00:00.000Z` sorts before `06:00:00Z`; as times they are equal and the reference decides.
    const result = decided(1, [
      eligible('BBBB-2222', 5, '2019-08-01T06:00:00.000Z'),
      eligible('AAAA-2222', 5, '2019-08-01T06:00:00Z'),
    ]);
    expect(result.selected.map((entry) => entry.reference)).toEqual(['AAAA-2222']);
  });

  it('tells apart receipt times finer than a millisecond', () => {
    const result = decided(1, [
      eligible('AAAA-2222', 5, '2019-08-01T06:00:00.0005Z'),
      eligible('BBBB-2222', 5, '2019-08-01T06:00:00.000Z'),
      eligible('CCCC-2222', 5, '2019-08-01T06:00:00.00050Z'),
    ]);
    expect([...result.selected, ...result.waitlisted].map((entry) => entry.reference)).toEqual([
      'BBBB-2222',
      'AAAA-2222',
      'CCCC-2222',
    ]);
  });

  it('counts a missing score as 0', () => {
    const result = decided(3, [
      eligible('AAAA-2222', 0, '2019-08-02T06:00:00.000Z'),
      eligible('BBBB-2222', null, '2019-08-01T06:00:00.000Z'),
      eligible('CCCC-2222', 1, '2019-08-03T06:00:00.000Z'),
    ]);
    expect(result.selected.map((entry) => [entry.reference, entry.totalScore])).toEqual([
      ['CCCC-2222', 1],
      ['BBBB-2222', null],
      ['AAAA-2222', 0],
    ]);
  });

  it('ranks a paper application received at the office before online ones ahead of them at equal scores', () => {
    const online = eligible('AAAA-2222', 8, '2019-08-05T07:12:45.318Z');
    const paper = eligible('ZZZZ-9999', 8, '2019-08-02T09:30:00Z'); // registered on 08.08, received on 02.08
    expect(decided(1, [online, paper]).selected.map((entry) => entry.reference)).toEqual(['ZZZZ-9999']);
  });

  it('excludes with reasons, by reference, whatever the order given', () => {
    const result = decided(10, [
      { ...eligible('CCCC-2222', 3, '2019-08-01T06:00:00.000Z'), state: 'withdrawn' },
      { ...eligible('AAAA-2222', null, '2019-08-01T06:00:00.000Z'), state: 'not-eligible' },
      { ...eligible('BBBB-2222', 9, '2019-08-01T06:00:00.000Z'), state: 'set-aside' },
    ]);
    expect(result.excluded.map((entry) => [entry.reference, entry.reason])).toEqual([
      ['AAAA-2222', 'not-eligible'],
      ['BBBB-2222', 'set-aside-duplicate'],
      ['CCCC-2222', 'withdrawn'],
    ]);
  });

  it('cannot run while an application is to be reviewed or a possible duplicate', () => {
    const outcome = selectApplications({
      cap: 10,
      applications: [
        eligible('CCCC-2222', 3, '2019-08-01T06:00:00.000Z'),
        { ...eligible('BBBB-2222', null, '2019-08-01T06:00:00.000Z'), state: 'possible-duplicate' },
        { ...eligible('AAAA-2222', null, '2019-08-01T06:00:00.000Z'), state: 'to-review' },
      ],
    });
    expect(outcome).toEqual({ ok: false, undecided: ['AAAA-2222', 'BBBB-2222'] });
  });

  it('refuses a repeated reference or an unreadable receipt time as broken data', () => {
    const one = eligible('AAAA-2222', 3, '2019-08-01T06:00:00.000Z');
    expect(() => selectApplications({ cap: 1, applications: [one, { ...one, totalScore: 4 }] })).toThrow(RangeError);
    expect(() => canonicalInputs(1, [one, one])).toThrow(RangeError);
    expect(() => selectApplications({ cap: 1, applications: [{ ...one, receivedAt: 'yesterday' }] })).toThrow(
      RangeError,
    );
  });

  it('writes the canonical inputs with a fixed key order and null for a missing score', () => {
    const canonical = canonicalInputs(2, [
      { receivedAt: '2019-08-02T06:00:00.000Z', totalScore: 4, state: 'eligible', reference: 'BBBB-2222' },
      { state: 'not-eligible', reference: 'AAAA-2222', receivedAt: '2019-08-01T06:00:00Z', totalScore: null },
    ]);
    expect(JSON.stringify(canonical)).toBe(
      '{"cap":2,"applications":[' +
        '{"reference":"AAAA-2222","state":"not-eligible","totalScore":null,"receivedAt":"2019-08-01T06:00:00Z"},' +
        '{"reference":"BBBB-2222","state":"eligible","totalScore":4,"receivedAt":"2019-08-02T06:00:00.000Z"}]}',
    );
  });
});

describe('a withdrawal after the selection (examples)', () => {
  const twelve = Array.from({ length: 12 }, (_, index) =>
    eligible(referenceNumber(index), 20 - index, '2019-08-01T06:00:00.000Z'),
  );
  const result = decided(10, twelve);

  it('gives the freed place to waiting position 1 as rank 10, moving the others up one', () => {
    const { result: next, promoted } = promoteAfterWithdrawal(result, referenceNumber(2));
    expect(promoted).toBe(referenceNumber(10));
    expect(next.selected.map(({ reference, rank }) => [reference, rank])).toEqual(
      [0, 1, 3, 4, 5, 6, 7, 8, 9, 10].map((index, place) => [referenceNumber(index), place + 1]),
    );
    expect(next.waitlisted).toEqual([
      { reference: referenceNumber(11), totalScore: 9, receivedAt: '2019-08-01T06:00:00.000Z', rank: 11, position: 1 },
    ]);
    expect(next.excluded).toEqual([
      { reference: referenceNumber(2), totalScore: 18, receivedAt: '2019-08-01T06:00:00.000Z', reason: 'withdrawn' },
    ]);
  });

  it('closes the gap on the waiting list when a waiting person withdraws, promoting nobody', () => {
    const { result: next, promoted } = promoteAfterWithdrawal(result, referenceNumber(10));
    expect(promoted).toBeUndefined();
    expect(next.selected).toEqual(result.selected);
    expect(next.waitlisted.map(({ reference, position, rank }) => [reference, position, rank])).toEqual([
      [referenceNumber(11), 1, 11],
    ]);
  });

  it('leaves a place empty when nobody is waiting', () => {
    const { result: next, promoted } = promoteAfterWithdrawal(decided(10, twelve.slice(0, 4)), referenceNumber(0));
    expect(promoted).toBeUndefined();
    expect(next.selected.map(({ reference, rank }) => [reference, rank])).toEqual([
      [referenceNumber(1), 1],
      [referenceNumber(2), 2],
      [referenceNumber(3), 3],
    ]);
  });

  it('refuses a reference that holds no place: unknown, or already excluded', () => {
    expect(() => promoteAfterWithdrawal(result, 'ZZZZ-9999')).toThrow(RangeError);
    const { result: next } = promoteAfterWithdrawal(result, referenceNumber(0));
    expect(() => promoteAfterWithdrawal(next, referenceNumber(0))).toThrow(RangeError);
  });
});
