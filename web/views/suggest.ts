/**
 * "Use this suggestion": replace a flagged term in the draft with one of its
 * plainer alternatives. Shared by the no-JavaScript form post and the script.
 */
import type { Message } from '../../src/engine/types.js';

/** Match the case of the word being replaced: "Contact" → "Family time"; acronyms keep the suggestion as written. */
export function matchCase(actual: string, replacement: string): string {
  const first = actual.charAt(0);
  const isAcronym = actual.length > 1 && actual === actual.toUpperCase() && actual !== actual.toLowerCase();
  if (!isAcronym && first !== first.toLowerCase() && replacement.charAt(0) === replacement.charAt(0).toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

/** The form value of a "use this suggestion" button: where the term is and which suggestion. */
export function applyToken(message: Message, index: number): string {
  return `${message.position.start.offset}:${message.position.end.offset}:${index}`;
}

export function parseApplyToken(value: string): { start: number; end: number; index: number } | null {
  const m = /^(\d{1,7}):(\d{1,7}):(\d{1,2})$/.exec(value);
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  if (end <= start) return null;
  return { start, end, index: Number(m[3]) };
}

/** The text with one suggestion applied, or null when the text no longer has the term there. */
export function applySuggestion(text: string, message: Message, index: number): { text: string; replacement: string } | null {
  const suggestion = message.expected[index];
  const { start, end } = { start: message.position.start.offset, end: message.position.end.offset };
  if (suggestion === undefined || text.slice(start, end) !== message.actual) return null;
  const replacement = matchCase(message.actual, suggestion);
  return { text: text.slice(0, start) + replacement + text.slice(end), replacement };
}

/** Messages that offer a one-click replacement. */
export function isReplaceable(message: Message): boolean {
  return (message.category === 'jargon' || message.category === 'wording') && message.expected.length > 0 && message.actual.length > 0;
}
