/**
 * Action items typed as one line of fields, as plans pasted into e-mails
 * are: "*Referral to the refuge to be made - SW (Jo) - by Friday". The star
 * may touch the first word, and the fields are parted by plain hyphens or en
 * dashes with a space each side. structure.ts asks this file whether a line
 * opens with such a star.
 */
import type { Lex } from './lexicon.js';
import { isSpace, tokenize, type Span, type Token } from './text.js';
import { findWhen } from './timescale.js';

/** Dashes that part fields when written with a space each side. */
export const FIELD_DASHES = new Set(['–', '—', '-']);

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * "*Legal advice to be sought": a star against a capitalised word, with no
 * other star on the line (an emphasised "*Dad* will…" closes its star).
 */
export function tightStar(line: string, i: number): boolean {
  if (line[i] !== '*') return false;
  const c = line.charCodeAt(i + 1);
  return isLetter(c) && c <= 90 && line.indexOf('*', i + 1) < 0;
}

/**
 * "Kyle: not to go to the flat", "Jo: demonstrate the bath routine – by
 * Friday": in a list whose items lead with a name, the words after the colon
 * are a step when they open with "not to", or with a lower-case word that is
 * not a determiner, pronoun or finite verb and a time follows a spaced dash.
 */
export function leadStep(text: string, after: Span, lex: Lex): boolean {
  const toks = tokenize(text, after.start, after.end);
  const t0 = toks[0];
  if (!t0 || !t0.word || t0.text !== t0.lower) return false;
  if (t0.lower === 'not') return toks[1]?.lower === 'to';
  if (lex.infNonVerbs.hasToken(t0) || lex.finite.hasToken(t0) || lex.modals.hasToken(t0)) return false;
  for (let k = toks.length - 2; k > 0; k--) {
    const t = toks[k] as Token;
    if (!FIELD_DASHES.has(t.text) || !isSpace(text.charCodeAt(t.start - 1)) || !isSpace(text.charCodeAt(t.end))) continue;
    const next = toks[k + 1] as Token;
    const when = findWhen(text, { start: next.start, end: after.end }, lex);
    return when !== null && when.span.start === next.start;
  }
  return false;
}

/**
 * "Review meeting - 14/06/2027 10am - Town Hall": a meeting, its date, then
 * where it is held. The third field is a place, not who holds it. Returns
 * true when the first field is only a meeting's name and the second starts
 * with a time.
 */
export function meetingFields(text: string, name: Span, time: Span, lex: Lex): boolean {
  const words = tokenize(text, name.start, name.end).filter((t) => t.word);
  if (words.length === 0 || words.length > 4 || !(lex.anchors.equals(words) || lex.activityEvents.equals(words))) return false;
  const when = findWhen(text, time, lex);
  return when !== null && when.span.start === time.start && !when.vague;
}

/** Does text[start, end) hold a dash with a space each side (a field separator, not "follow-up" or "10-12")? */
export function spacedDash(text: string, start: number, end: number): boolean {
  for (let i = start + 1; i < end - 1; i++) {
    // –, — or - (FIELD_DASHES), by code: no one-character string a character
    const c = text.charCodeAt(i);
    if ((c === 0x2013 || c === 0x2014 || c === 45) && isSpace(text.charCodeAt(i - 1)) && isSpace(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

/**
 * "KB - chronology to be written - 9/3" / "Dad - not to drive the children":
 * unbulleted lines of fields parted by spaced dashes, each line one task.
 * Every line must hold such a dash, and at least two lines and half of them
 * must open with an owner (`ownerLed` asks the caller).
 */
export function fieldLines(text: string, lines: readonly Span[], ownerLed: (l: Span) => boolean): boolean {
  if (lines.length < 2) return false;
  let led = 0;
  for (const l of lines) {
    if (!spacedDash(text, l.start, l.end)) return false;
    if (ownerLed(l)) led++;
  }
  return led >= 2 && led * 2 >= lines.length;
}
