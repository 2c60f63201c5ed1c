/**
 * One pass over the text and the nlcst tree that every rule reads: words
 * with their offsets and normalised forms, sentence-like segments, and the
 * ranges inside quotation marks. Built once per check, so no rule walks the
 * tree on its own.
 */
import type { Root } from 'nlcst';
import { WORD, normalizeWord, normalizeWordKeepCase } from './text.js';
import { csvFields } from './plan/csv.js';

export interface Token {
  start: number;
  end: number;
  /** As written. */
  raw: string;
  /** Lower case, straight apostrophes, no dots or possessive. */
  norm: string;
  /** Case kept, possessive removed (for acronyms). */
  keep: string;
  /** Index of the segment the word is in. */
  segment: number;
  /** A phrase may run on from the previous word (only spaces, one line break or a hyphen between). */
  linked: boolean;
  /** Joined to the previous word by a hyphen (step-down): one word for readability. */
  hyphenated: boolean;
}

/** A sentence, a list item, a table cell or a heading. */
export interface Segment {
  start: number;
  end: number;
  firstToken: number;
  /** One past the last token. */
  endToken: number;
}

export interface DocumentIndex {
  text: string;
  tokens: Token[];
  segments: Segment[];
  /** Sorted, non-overlapping [start, end) ranges of quoted speech. */
  quotes: Array<[number, number]>;
}

/** Sentence spans from the nlcst tree, without walking below sentences. */
function sentenceSpans(tree: Root): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      const start = sentence.position?.start.offset;
      const end = sentence.position?.end.offset;
      if (start !== undefined && end !== undefined && end > start) spans.push([start, end]);
    }
  }
  return spans;
}

/** A letter or a digit. */
export const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Lower case as the line-carries-on test reads it (ASCII and Latin-1); checker.ts cuts long texts by the same test. */
export const isLower = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);

/**
 * Splits nlcst sentences further where plans break lines without
 * punctuation: at tabs (table cells) and at line breaks, unless the next
 * line carries on the sentence (it starts with a lower-case letter).
 */
function refine(text: string, spans: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [s, e] of spans) {
    let start = s;
    for (let i = s; i < e; i++) {
      const c = text.charCodeAt(i);
      let cut = false;
      if (c === 9) cut = true;
      else if (c === 10 || c === 13) {
        let j = i + 1;
        let breaks = 1;
        while (j < e) {
          const d = text.charCodeAt(j);
          if (d === 10 && text.charCodeAt(j - 1) !== 13) breaks++;
          else if (d === 13) breaks++;
          else if (d !== 32 && d !== 10 && d !== 0xa0) break;
          j++;
        }
        // A blank line always ends the sentence; one line break only when the next line does not carry on.
        if (j >= e || breaks > 1 || !isLower(text.charCodeAt(j))) cut = true;
      }
      if (cut) {
        if (i > start) out.push([start, i]);
        start = i + 1;
      }
    }
    if (e > start) out.push([start, e]);
  }
  // Trim whitespace and drop empty pieces.
  const trimmed: Array<[number, number]> = [];
  for (const [s0, e0] of out) {
    let s = s0;
    let e = e0;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) trimmed.push([s, e]);
  }
  return trimmed;
}

/** What lies between two words: 0 a break, 1 a link (spaces, at most one line break), 3 a hyphen. */
function gapKind(text: string, from: number, to: number): number {
  if (to - from === 1) {
    const c = text.charCodeAt(from);
    return c === 45 || c === 0x2010 ? 3 : c === 32 || c === 10 || c === 0xa0 ? 1 : 0;
  }
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) newlines++;
    else if (c !== 32 && c !== 13 && c !== 0xa0) return 0;
  }
  return newlines <= 1 ? 1 : 0;
}

/** Whether the line ending at the "\n" at `i` is blank (only spaces, tabs or a CR since the last "\n"). */
function blankBefore(text: string, i: number, floor: number): boolean {
  for (let k = i - 1; k > floor && k >= i - 8; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return false;
}

/** Quoted speech: “…”, "…" and ‘…’ closed within the same paragraph. */
export function findQuotes(text: string): Array<[number, number]> {
  const quotes: Array<[number, number]> = [];
  const MAX = 1000;
  let open = -1;
  let closer = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (open >= 0) {
      if (i - open > MAX || (ch === '\n' && blankBefore(text, i, open))) {
        open = -1; // unclosed: not a quotation
        continue;
      }
      if (ch === closer) {
        if (closer === '’') {
          const next = text[i + 1] ?? '';
          if (WORD_CHAR.test(next)) continue; // an apostrophe
        }
        quotes.push([open, i + 1]);
        open = -1;
      }
      continue;
    }
    if (ch === '“') {
      open = i;
      closer = '”';
    } else if (ch === '"') {
      // "CP-01","Referral to CAMHS","SW": the quotes of a CSV record mark fields, not someone's words
      const lineEnd = atLineStart(text, i) ? lineEndAt(text, i) : -1;
      if (lineEnd >= 0 && csvFields(text, i, lineEnd)) {
        i = lineEnd - 1;
        continue;
      }
      // 1,"Ring Mum, then Dad",Gran: so do those of a field after a separator, closed at the next one or the line's end
      const end = /[,;]/.test(text[i - 1] ?? '') ? fieldEnd(text, i) : -1;
      if (end > 0) {
        i = end - 1;
        continue;
      }
      open = i;
      closer = '"';
    } else if (ch === '‘' && !WORD_CHAR.test(text[i - 1] ?? '')) {
      open = i;
      closer = '’';
    }
  }
  return quotes;
}

/**
 * Where the quoted CSV field opening at `i` ends ("" inside it is a quote mark), if a separator or a line end follows
 * its closing quote; else -1. One pass, no backtracking.
 */
function fieldEnd(text: string, i: number): number {
  for (let k = i + 1; k < text.length; k++) {
    if (text.charCodeAt(k) !== 34) continue;
    if (text.charCodeAt(k + 1) === 34) {
      k++;
      continue;
    }
    return k + 1 === text.length || ',;\r\n'.includes(text[k + 1]!) ? k + 1 : -1;
  }
  return -1;
}

function atLineStart(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

function lineEndAt(text: string, i: number): number {
  const nl = text.indexOf('\n', i);
  return nl < 0 ? text.length : nl;
}

export function isQuoted(quotes: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid];
    if (!q) break;
    if (q[1] <= start) lo = mid + 1;
    else if (q[0] > start) hi = mid - 1;
    else return end <= q[1];
  }
  return false;
}

/**
 * `text` is the whole submitted text; `tree` was parsed from the part of it
 * that starts at `base`.
 */
export function buildIndex(text: string, tree: Root, base = 0, quotes?: Array<[number, number]>): DocumentIndex {
  const spans = sentenceSpans(tree);
  if (base !== 0) for (const span of spans) { span[0] += base; span[1] += base; }
  const segmentsRaw = refine(text, spans);
  const tokens: Token[] = [];
  const segments: Segment[] = [];
  const word = new RegExp(WORD.source, 'gu');
  let prevEnd = -1;
  for (const [start, end] of segmentsRaw) {
    const segment = segments.length;
    const firstToken = tokens.length;
    word.lastIndex = start;
    let first = true;
    for (let m = word.exec(text); m !== null && m.index < end; m = word.exec(text)) {
      const raw = m[0];
      const s = m.index;
      const gap = first || prevEnd < 0 ? 0 : gapKind(text, prevEnd, s);
      tokens.push({
        start: s,
        end: s + raw.length,
        raw,
        norm: normalizeWord(raw),
        keep: normalizeWordKeepCase(raw),
        segment,
        linked: gap > 0,
        hyphenated: gap > 1,
      });
      prevEnd = s + raw.length;
      first = false;
    }
    segments.push({ start, end, firstToken, endToken: tokens.length });
  }
  return { text, tokens, segments, quotes: quotes ?? findQuotes(text) };
}
