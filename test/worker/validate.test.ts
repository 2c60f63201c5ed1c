/**
 * The Worker's hand-written validators (src/worker/validate.ts) against the
 * zod schemas they replace at run time (src/worker/schemas.ts): on thousands
 * of generated bodies, seeded, both must accept the same ones, report the
 * same issues (code, path, message, in order) for the rest, and give the same
 * data for the good ones. The generators aim at the edges: lengths one either
 * side of each limit (in code points, with surrogate pairs and lone halves),
 * numbers at and past each bound, wrong types at every level, unknown keys
 * (`__proto__` among them), objects with a `length`.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_BATCH_DOCUMENTS, MAX_ID_LENGTH, MAX_TEXT_CHARS } from '../../src/worker/limits.js';
import { BatchDocumentSchema, BatchRequestSchema, CheckRequestSchema, FormSchema } from '../../src/worker/schemas.js';
import { validateBatchDocument, validateBatchRequest, validateCheckRequest, validateForm, type Issue, type Validation } from '../../src/worker/validate.js';

interface Schema {
  safeParse(value: unknown): { success: true; data: unknown } | { success: false; error: { issues: readonly { code: string; path: PropertyKey[]; message: string }[] } };
}

type Outcome = { ok: true; data: unknown } | { ok: false; issues: { code: string; path: PropertyKey[]; message: string }[] };

function viaZod(schema: Schema, value: unknown): Outcome {
  const r = schema.safeParse(value);
  return r.success ? { ok: true, data: r.data } : { ok: false, issues: r.error.issues.map(({ code, path, message }) => ({ code, path, message })) };
}

function byHand(result: Validation<unknown>): Outcome {
  return result.success ? { ok: true, data: result.data } : { ok: false, issues: result.issues.map(({ code, path, message }: Issue) => ({ code, path: [...path], message })) };
}

/** Runs `body` through both and expects the same outcome; returns whether it was accepted. */
function agree(schema: Schema, hand: (value: unknown) => Validation<unknown>, body: unknown): boolean {
  const zod = viaZod(schema, body);
  const ours = byHand(hand(body));
  // The quick comparison first (the bodies can be long); the full one, with the body shown, when it fails.
  const same = zod.ok ? ours.ok && isDeepStrictEqual(ours.data, zod.data) : !ours.ok && JSON.stringify(ours.issues) === JSON.stringify(zod.issues);
  if (!same) expect(ours, JSON.stringify(body)?.slice(0, 300)).toEqual(zod);
  return zod.ok;
}

// ---- generators -------------------------------------------------------------

/** Pieces of text: plain, accented, an astral character (two UTF-16 units) and both lone surrogate halves. */
const unit = fc.constantFrom('a', 'Z', ' ', 'é', '\u{1F600}', '\ud800', '\udc00', '"');
/** Strings of about `n` pieces (code points, unless lone halves pair up), from n - 2 to n + 2. */
const near = (n: number) => fc.string({ unit, minLength: Math.max(0, n - 2), maxLength: n + 2 });
const shortText = fc.string({ unit, maxLength: 6 });

/** Something of the wrong kind, or odd: any JSON value, an object with a `length`, a long array. */
const junk = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(null, true, false, 0, -1, '', [], {}, 'text'),
  fc.record({ length: fc.oneof(fc.integer({ min: -3, max: 300_000 }), fc.string({ maxLength: 3 }), fc.constant(null)) }),
);

/** Usually `good` (which may still break a limit), sometimes junk. */
const mostly = <T,>(good: fc.Arbitrary<T>) => fc.oneof({ arbitrary: good, weight: 6 }, { arbitrary: junk as fc.Arbitrary<unknown>, weight: 1 });

const UNKNOWN_KEYS = ['colour', '__proto__', 'constructor', 'toString', 'length', '0', 'Text'];

/**
 * An object with each of `keys` present (required ones usually, optional ones
 * half the time) and now and then an unknown key, first or last.
 */
function object(required: Record<string, fc.Arbitrary<unknown>>, optional: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  const entry = (key: string, value: fc.Arbitrary<unknown>, weight: number) =>
    fc.oneof({ arbitrary: value.map((v) => [[key, v]] as [string, unknown][]), weight }, { arbitrary: fc.constant([] as [string, unknown][]), weight: 10 - weight });
  const parts = [...Object.entries(required).map(([k, v]) => entry(k, v, 9)), ...Object.entries(optional).map(([k, v]) => entry(k, v, 5))];
  const extra = fc.oneof(
    { arbitrary: fc.constant([] as [string, unknown][]), weight: 8 },
    { arbitrary: fc.array(fc.tuple(fc.constantFrom(...UNKNOWN_KEYS), junk), { minLength: 1, maxLength: 2 }), weight: 2 },
  );
  return fc.tuple(fc.tuple(...parts), extra, fc.boolean()).map(([known, more, first]) => {
    const entries = known.flat();
    return Object.fromEntries(first ? [...more, ...entries] : [...entries, ...more]);
  });
}

const numberNear = (...edges: number[]) =>
  fc.oneof(
    fc.constantFrom(...edges, ...edges.flatMap((e) => [e + 0.5, e - 1, e + 1e-9, e - 1e-9]), 0, -0, 1e20, -1e20, 2 ** 53, -(2 ** 53), 2 ** 53 - 1),
    fc.double({ min: -10, max: 300, noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: -10, max: 300 }),
  );

const term = mostly(fc.oneof(near(1), near(80), shortText));
const termList = (max: number) => mostly(fc.oneof(fc.array(term, { maxLength: 4 }), fc.array(term, { minLength: max - 1, maxLength: max + 1 })));

const extraTerm = object(
  { term },
  { plain: termList(20), note: mostly(fc.oneof(shortText, near(300))), caseSensitive: mostly(fc.boolean()) },
);

const flags = object({}, { jargon: mostly(fc.boolean()), wording: mostly(fc.boolean()), readability: mostly(fc.boolean()), plan: mostly(fc.boolean()) });

/** Arrays at and past the 2,000-item limits, built once. */
const LONG_LISTS = [1999, 2000, 2001].map((n) => Array.from({ length: n }, (_, i) => `term ${i}`));
const LONG_TERMS = [2000, 2001].map((n) => Array.from({ length: n }, (_, i) => ({ term: `term ${i}` })));

const options = mostly(
  object(
    {},
    {
      targetReadingAge: mostly(numberNear(5, 21)),
      maxSentenceWords: mostly(numberNear(5, 200)),
      categories: mostly(flags),
      ignore: mostly(fc.oneof({ arbitrary: termList(3), weight: 30 }, { arbitrary: fc.constantFrom(...LONG_LISTS), weight: 1 })),
      extraTerms: mostly(fc.oneof({ arbitrary: fc.array(extraTerm, { maxLength: 3 }), weight: 30 }, { arbitrary: fc.constantFrom(...LONG_TERMS), weight: 1 })),
    },
  ),
);

/** Texts at and past the character limit (UTF-16 units and code points differ with astral characters), built once. */
const LONG_TEXTS = [
  'a'.repeat(MAX_TEXT_CHARS),
  'a'.repeat(MAX_TEXT_CHARS + 1),
  '\u{1F600}'.repeat(MAX_TEXT_CHARS / 2) + 'a', // more units than the limit, fewer code points
  '\ud800'.repeat(MAX_TEXT_CHARS + 1), // lone halves count one each
  '\u{1F600}'.repeat(MAX_TEXT_CHARS), // twice the limit in units
];
const planText = mostly(fc.oneof({ arbitrary: fc.string({ unit, maxLength: 40 }), weight: 20 }, { arbitrary: fc.constantFrom(...LONG_TEXTS), weight: 1 }));

const checkRequest = fc.oneof({ arbitrary: object({ text: planText }, { options }), weight: 9 }, { arbitrary: junk, weight: 1 });

const batchDocument = fc.oneof(
  { arbitrary: object({ id: mostly(fc.oneof(near(1), near(MAX_ID_LENGTH), shortText)), text: planText }, { options }), weight: 9 },
  { arbitrary: junk, weight: 1 },
);
const documents = mostly(fc.oneof(fc.array(batchDocument, { maxLength: 3 }), fc.array(batchDocument, { minLength: MAX_BATCH_DOCUMENTS - 1, maxLength: MAX_BATCH_DOCUMENTS + 1 })));
const batchRequest = fc.oneof({ arbitrary: object({ documents }, { options }), weight: 9 }, { arbitrary: junk, weight: 1 });

function compare(schema: Schema, hand: (value: unknown) => Validation<unknown>, bodies: fc.Arbitrary<unknown>, numRuns: number, seed: number) {
  let accepted = 0;
  fc.assert(
    fc.property(bodies, (body) => {
      // The generators make only what JSON.parse can (own `__proto__` keys included, via Object.fromEntries).
      if (agree(schema, hand, body)) accepted++;
    }),
    { numRuns, seed },
  );
  // Both kinds of body were tried in numbers.
  expect(accepted).toBeGreaterThan(numRuns * 0.1);
  expect(accepted).toBeLessThan(numRuns * 0.9);
}

describe('hand validators and zod schemas agree', () => {
  it('on CheckRequest bodies', () => {
    compare(CheckRequestSchema, validateCheckRequest, checkRequest, 2500, 61);
  }, 120_000);

  it('on BatchRequest bodies (the envelope)', () => {
    compare(BatchRequestSchema, validateBatchRequest, batchRequest, 600, 62);
  }, 120_000);

  it('on each document of a batch', () => {
    compare(BatchDocumentSchema, validateBatchDocument, batchDocument, 2500, 63);
  }, 120_000);

  it('on hand-picked edges', () => {
    const cases: unknown[] = [
      null,
      [],
      'text',
      {},
      { text: '' },
      { text: 'x', options: null },
      { text: 'x', options: [] },
      { text: ['a', 'b'] },
      { text: Array.from({ length: MAX_TEXT_CHARS + 1 }, () => 0) }, // an array as text is "too big" too
      { text: { length: MAX_TEXT_CHARS + 1 } },
      { text: { length: 'many' } },
      { text: 'x', options: { maxSentenceWords: 5.5 } },
      { text: 'x', options: { maxSentenceWords: 1e300 } },
      { text: 'x', options: { maxSentenceWords: -1e300 } },
      { text: 'x', options: { targetReadingAge: 21 } },
      { text: 'x', options: { targetReadingAge: 21.000001 } },
      { text: 'x', options: { targetReadingAge: '11' } },
      { text: 'x', options: { categories: { jargon: 'no', colour: true } } },
      { text: 'x', options: { extraTerms: [{ term: '', plain: [''], note: 7, caseSensitive: 'yes', colour: 1 }] } },
      { text: 'x', options: { extraTerms: [{ term: '\u{1F600}'.repeat(80) }, { term: '\u{1F600}'.repeat(81) }] } },
      { text: 'x', options: { ignore: 'CAMHS' } },
      { text: 'x', options: { ignore: 'c'.repeat(2001) } },
      JSON.parse('{"text":"x","__proto__":{"text":1}}'),
      JSON.parse('{"__proto__":null}'),
    ];
    for (const body of cases) agree(CheckRequestSchema, validateCheckRequest, body);
    for (const body of [{ documents: [] }, { documents: {} }, { documents: 'abc' }, { documents: [null] }, { documents: Array(MAX_BATCH_DOCUMENTS + 1).fill(1) }, { documents: { length: 3 } }]) {
      agree(BatchRequestSchema, validateBatchRequest, body);
    }
  });
});

describe('the web form validator and its zod schema agree', () => {
  const age = fc.oneof(
    fc.constantFrom('', '  ', '11', ' 11 ', '5', '21', '21.0', '21.1', '4.9', '05', '5.', '.5', '1e1', '0x10', 'abc', '11.25', '\u0663', '+11', '-5', '11\n'),
    fc.string({ unit: fc.constantFrom('1', '2', '5', '.', ' ', 'a', '\t'), maxLength: 5 }),
  );
  const field = <T,>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
  const text = fc.oneof({ arbitrary: fc.string({ unit, maxLength: 30 }), weight: 20 }, { arbitrary: fc.constantFrom(...LONG_TEXTS), weight: 1 });

  it('on generated form posts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(text, field(age), field(near(40)), (t, targetReadingAge, apply) => {
        const fields = { text: t, targetReadingAge, apply };
        const zod = viaZod(FormSchema, fields);
        const ours = byHand(validateForm(fields));
        expect(ours, JSON.stringify(fields).slice(0, 200)).toEqual(zod);
        if (zod.ok) accepted++;
      }),
      { numRuns: 2000, seed: 64 },
    );
    expect(accepted).toBeGreaterThan(200);
    expect(accepted).toBeLessThan(1800);
  }, 120_000);
});
