/**
 * English messages for the API's schema errors, in the words of zod's own
 * English locale for the checks the API uses. The zod schemas (schemas.ts,
 * build time and tests) and the Worker's own validators (validate.ts, run
 * time) both word their errors with these functions, so the two say the same.
 */
import type * as z from 'zod/mini';

const UNITS: Record<string, string> = { string: 'characters', array: 'items' };

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : String(v));

export const typeMessage = (expected: string, input: unknown) => `Invalid input: expected ${expected}, received ${typeOf(input)}`;

export const valueMessage = (values: readonly unknown[]) =>
  values.length === 1 ? `Invalid input: expected ${show(values[0])}` : `Invalid option: expected one of ${values.map(show).join('|')}`;

/** `kind` big or small; `origin` the kind of value measured; `adj` the comparison (`<=`, `>=`, ...). */
export function sizeMessage(kind: 'big' | 'small', origin: string, adj: string, limit: unknown): string {
  const unit = UNITS[origin];
  return `Too ${kind}: expected ${origin} to ${unit ? `have ${adj}${String(limit)} ${unit}` : `be ${adj}${String(limit)}`}`;
}

export const keysMessage = (keys: readonly string[]) => `Unrecognized key${keys.length > 1 ? 's' : ''}: ${keys.map(show).join(', ')}`;

export function schemaMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return typeMessage(issue.expected, issue.input);
    case 'invalid_value':
      return valueMessage(issue.values);
    case 'too_big':
      return sizeMessage('big', issue.origin, issue.exact ? 'exactly ' : issue.inclusive ? '<=' : '<', issue.maximum);
    case 'too_small':
      return sizeMessage('small', issue.origin, issue.exact ? 'exactly ' : issue.inclusive ? '>=' : '>', issue.minimum);
    case 'unrecognized_keys':
      return keysMessage(issue.keys);
    default:
      return 'Invalid input';
  }
}
