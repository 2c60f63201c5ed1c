/**
 * The one helper that emits a message with the full field contract. Every
 * rule goes through it, so every finding has the same shape.
 */
import type { VFile } from 'vfile';
import type { LineIndex } from './positions.js';
import type { Category, Message, Severity } from './types.js';

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

/**
 * The same finding built straight as the report's message, for a rule that
 * runs outside the syntax tree and whose findings no vfile reporter sees
 * (plan analysis): no `VFileMessage` (an `Error`) made and then copied.
 * The fields, their order and their values are those `buildReport` gives an
 * emitted message.
 */
export function reportMessage(text: string, lines: LineIndex, e: Emit): Message {
  const out: Message = {
    category: e.category,
    ruleId: e.ruleId,
    source: e.source,
    severity: e.severity,
    reason: e.reason,
    actual: text.slice(e.start, e.end),
    expected: [...e.expected],
    note: e.note,
    position: lines.position(e.start, e.end),
  };
  if (e.url) out.url = e.url;
  return out;
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
