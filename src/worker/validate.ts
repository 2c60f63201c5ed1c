/**
 * The Worker's request validation, written by hand so that zod stays out of
 * the deployed bundle (it cost about 14 KB of the 150 KB gzip budget).
 *
 * The zod schemas in schemas.ts remain the description of the API: they
 * give the types used here and, at build time, the OpenAPI document. These
 * validators follow them rule for rule and report what zod reports (the same
 * issue codes, paths, order and messages, from messages.ts), so the API's
 * problem responses are unchanged; test/worker/validate.test.ts runs both on
 * thousands of generated bodies and fails on any difference.
 *
 * Where zod's behaviour is odd it is followed anyway, because clients see it:
 * string lengths count code points, a length limit is checked on any value
 * with a `length` (an array sent as `text` can be "too big"), and an array
 * over its limit gets that one issue and no more.
 */
import { MAX_BATCH_DOCUMENTS, MAX_ID_LENGTH, MAX_TEXT_CHARS } from './limits.js';
import { keysMessage, sizeMessage, typeMessage } from './messages.js';
import type { BatchDocument, BatchRequest, CheckRequest } from './schemas.js';

export type IssueCode = 'invalid_type' | 'too_big' | 'too_small' | 'unrecognized_keys' | 'custom';
type Path = readonly (string | number)[];

/** One thing wrong with a request, as zod reports it. */
export interface Issue {
  code: IssueCode;
  path: Path;
  message: string;
}

/** Appends to `out` every issue of `value`, found at `path`. */
type Rule = (value: unknown, path: Path, out: Issue[]) => void;

export type Validation<T> = { success: true; data: T } | { success: false; issues: Issue[] };

const add = (out: Issue[], code: IssueCode, path: Path, message: string) => void out.push({ code, path, message });

/** Code points in `s`; a lone surrogate counts as one. */
export function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--;
      i++;
    }
  }
  return n;
}

/** zod's length checks: they run on anything that has a `length`, even after a type error. */
function lengths(value: unknown, path: Path, out: Issue[], min: number | undefined, max: number | undefined): void {
  if (value === null || value === undefined) return;
  const units = (value as { length?: unknown }).length as number | undefined;
  if (units === undefined) return;
  const origin = Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'unknown';
  // Code points are never more than UTF-16 units, so they are counted only when the units are over the limit.
  const length = typeof value === 'string' && max !== undefined && units > max ? codePoints(value) : units;
  if (min !== undefined && !(length >= min)) add(out, 'too_small', path, sizeMessage('small', origin, '>=', min));
  if (max !== undefined && !(length <= max)) add(out, 'too_big', path, sizeMessage('big', origin, '<=', max));
}

const str =
  (min?: number, max?: number): Rule =>
  (value, path, out) => {
    if (typeof value !== 'string') add(out, 'invalid_type', path, typeMessage('string', value));
    lengths(value, path, out, min, max);
  };

const bool: Rule = (value, path, out) => {
  if (typeof value !== 'boolean') add(out, 'invalid_type', path, typeMessage('boolean', value));
};

/** A finite number (an integer if `int`) from `min` to `max`; the range is checked only once the type is right. */
const num =
  (min: number, max: number, int = false): Rule =>
  (value, path, out) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return add(out, 'invalid_type', path, typeMessage('number', value));
    if (int && !Number.isInteger(value)) return add(out, 'invalid_type', path, typeMessage('int', value));
    if (int && !Number.isSafeInteger(value)) {
      if (value > 0) add(out, 'too_big', path, sizeMessage('big', 'int', '<=', Number.MAX_SAFE_INTEGER));
      else add(out, 'too_small', path, sizeMessage('small', 'int', '>=', Number.MIN_SAFE_INTEGER));
    }
    if (!(value >= min)) add(out, 'too_small', path, sizeMessage('small', 'number', '>=', min));
    if (!(value <= max)) add(out, 'too_big', path, sizeMessage('big', 'number', '<=', max));
  };

/** An array of `item`s; one over `max` is refused at once, before its items are looked at (as zod does). */
const arr =
  (item: Rule, min?: number, max?: number): Rule =>
  (value, path, out) => {
    if (!Array.isArray(value)) add(out, 'invalid_type', path, typeMessage('array', value));
    else if (max !== undefined && value.length > max) return add(out, 'too_big', path, sizeMessage('big', 'array', '<=', max));
    else for (let i = 0; i < value.length; i++) item(value[i], [...path, i], out);
    lengths(value, path, out, min, max);
  };

/** May be left out (JSON has no `undefined`, so absent is the only way). */
const opt =
  (rule: Rule): Rule =>
  (value, path, out) => {
    if (value !== undefined) rule(value, path, out);
  };

const anything: Rule = () => {};

/** A JSON object with these keys and no others: each key's issues in the order given, then any unknown keys. */
const strict =
  (shape: Record<string, Rule>): Rule =>
  (value, path, out) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return add(out, 'invalid_type', path, typeMessage('object', value));
    const record = value as Record<string, unknown>;
    for (const key in shape) shape[key]!(key in record ? record[key] : undefined, [...path, key], out);
    const unknown: string[] = [];
    for (const key in record) if (!Object.hasOwn(shape, key)) unknown.push(key);
    if (unknown.length > 0) add(out, 'unrecognized_keys', path, keysMessage(unknown));
  };

// ---- the API's request bodies (schemas.ts has the same, in zod) ------------

const text = str;
const optionalFlag = opt(bool);

const extraTerm = strict({
  term: text(1, 80),
  plain: opt(arr(text(1, 80), undefined, 20)),
  note: opt(str(undefined, 300)),
  caseSensitive: optionalFlag,
});

const checkOptions = opt(
  strict({
    targetReadingAge: opt(num(5, 21)),
    maxSentenceWords: opt(num(5, 200, true)),
    categories: opt(strict({ jargon: optionalFlag, wording: optionalFlag, readability: optionalFlag, plan: optionalFlag })),
    ignore: opt(arr(text(1, 80), undefined, 2000)),
    extraTerms: opt(arr(extraTerm, undefined, 2000)),
  }),
);

const planText = str(undefined, MAX_TEXT_CHARS);

const RULES = {
  check: strict({ text: planText, options: checkOptions }),
  batch: strict({ documents: arr(anything, 1, MAX_BATCH_DOCUMENTS), options: checkOptions }),
  batchDocument: strict({ id: text(1, MAX_ID_LENGTH), text: planText, options: checkOptions }),
};

function run<T>(rule: Rule, value: unknown): Validation<T> {
  const issues: Issue[] = [];
  rule(value, [], issues);
  // Valid bodies are used as parsed: every key is known and every value of the right kind.
  return issues.length === 0 ? { success: true, data: value as T } : { success: false, issues };
}

export const validateCheckRequest = (value: unknown) => run<CheckRequest>(RULES.check, value);
export const validateBatchRequest = (value: unknown) => run<BatchRequest>(RULES.batch, value);
export const validateBatchDocument = (value: unknown) => run<BatchDocument>(RULES.batchDocument, value);

// ---- the web form (FormSchema in schemas.ts) ------------------------------

export interface FormFields {
  text: string;
  targetReadingAge?: string | undefined;
  apply?: string | undefined;
}

export interface FormValues {
  text: string;
  targetReadingAge?: number | undefined;
  apply?: string | undefined;
}

export const TEXT_TOO_LONG = `Your plan is too long to check here. Check it in parts of up to ${MAX_TEXT_CHARS.toLocaleString('en-GB')} characters.`;
export const BAD_READING_AGE = 'Target reading age must be a number from 5 to 21, like 11';

/** The form's fields: the text within the limit, an optional reading age from 5 to 21 (one decimal place), a short `apply` token. */
export function validateForm(fields: FormFields): Validation<FormValues> {
  const issues: Issue[] = [];
  if (codePoints(fields.text) > MAX_TEXT_CHARS) add(issues, 'too_big', ['text'], TEXT_TOO_LONG);
  let targetReadingAge: number | undefined;
  const age = fields.targetReadingAge?.trim();
  if (age) {
    targetReadingAge = Number(age);
    if (!/^\d{1,2}(\.\d)?$/.test(age) || targetReadingAge < 5 || targetReadingAge > 21) add(issues, 'custom', ['targetReadingAge'], BAD_READING_AGE);
  }
  if (fields.apply !== undefined) lengths(fields.apply, ['apply'], issues, undefined, 40);
  if (issues.length > 0) return { success: false, issues };
  const data: FormValues = { text: fields.text };
  if (targetReadingAge !== undefined) data.targetReadingAge = targetReadingAge;
  if (fields.apply !== undefined) data.apply = fields.apply;
  return { success: true, data };
}
