/**
 * English messages for the API's schema errors, in the words of zod's own
 * English locale for the checks the API uses (zod/mini loads no locale and
 * says only "Invalid input"; the whole locale costs more bundle than this).
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

function size(kind: 'big' | 'small', origin: string, adj: string, limit: unknown): string {
  const unit = UNITS[origin];
  return `Too ${kind}: expected ${origin} to ${unit ? `have ${adj}${String(limit)} ${unit}` : `be ${adj}${String(limit)}`}`;
}

export function schemaMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${issue.expected}, received ${typeOf(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1 ? `Invalid input: expected ${show(issue.values[0])}` : `Invalid option: expected one of ${issue.values.map(show).join('|')}`;
    case 'too_big':
      return size('big', issue.origin, issue.exact ? 'exactly ' : issue.inclusive ? '<=' : '<', issue.maximum);
    case 'too_small':
      return size('small', issue.origin, issue.exact ? 'exactly ' : issue.inclusive ? '>=' : '>', issue.minimum);
    case 'unrecognized_keys':
      return `Unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.map(show).join(', ')}`;
    default:
      return 'Invalid input';
  }
}
