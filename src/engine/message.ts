/**
 * The one helper that emits a message with the full field contract. Every
 * rule on the syntax tree goes through it, so every finding has the same
 * shape. (Plan findings, which no vfile reporter sees, are made as report
 * messages in the same shape by the plan plugin.)
 */
import type { VFile } from 'vfile';
import type { LineIndex } from './positions.js';
import type { Category, Severity } from './types.js';

type VFileMessage = ReturnType<VFile['message']>;

export interface ClearplanMessage extends VFileMessage {
  category: Category;
  severity: Severity;
}

export interface Emit {
  category: Category;
  ruleId: string;
  source: string;
  severity: Severity;
  reason: string;
  start: number;
  end: number;
  expected: readonly string[];
  note: string;
  url?: string | undefined;
}

export function emit(file: VFile, lines: LineIndex, e: Emit): ClearplanMessage {
  const text = file.data.clearplan?.text ?? String(file.value);
  const message = file.message(e.reason, {
    place: lines.position(e.start, e.end),
    ruleId: e.ruleId,
    source: e.source,
  }) as ClearplanMessage;
  // vfile: true is an error, false a warning, undefined an informational hint.
  message.fatal = e.severity === 'error' ? true : e.severity === 'warning' ? false : undefined;
  message.actual = text.slice(e.start, e.end);
  message.expected = [...e.expected];
  message.note = e.note;
  if (e.url) message.url = e.url;
  message.category = e.category;
  message.severity = e.severity;
  return message;
}

/** Quote a bit of the text for a one-line reason: curly quotes, one line, not too long. */
export function quote(actual: string): string {
  let s = actual.replace(/\s+/g, ' ').trim();
  if (s.length > 60) s = `${s.slice(0, 57)}…`;
  return `“${s}”`;
}

export function fill(template: string, values: Record<string, string>): string {
  // Named placeholders only ({actual}, {expected}): a fixed alternation, linear to match.
  return template.replace(/\{(actual|expected)\}/g, (whole, key: string) => values[key] ?? whole);
}
