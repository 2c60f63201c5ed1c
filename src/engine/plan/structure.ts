/**
 * Find the action items of a plan: table rows, list items, key-value blocks
 * and prose sentences, inside the sections that hold actions.
 */
import type { Lex } from './lexicon.js';
import { analyseClause, proseActions, splitSentences, strongAction, subjectSpan } from './clause.js';
import { isAsciiLetter, isCapitalised, isSpace, isTokenSpace, spacedMark, splitLines, tokenize, trimSpan, type Cell, type Line, type PhraseList, type Span, type Token } from './text.js';
import { actionTrailer, markedItems, mergeMarked, TRAIL, trailingBracket, trailOwner } from './marked.js';
import { CSV_SEP, csvFields, csvSheet, type SheetLine } from './csv.js';
import { isPageLine, numberedColumns } from './columns-pdf.js';
import { doneByStatus, hasStatusLines, labelQualifier, openByStatus } from './review.js';
import { closingMeeting, labelledTitle, softAsk, mixedHeading, notAnAction, reportedPromise, titleOverBlank, doneRecord } from './narrative.js';
import { findWhen } from './timescale.js';
import { chatMessages } from './chat.js';
import { gapColumns, gapKeyFields, itemCode, wrappedBlock, wrappedRows } from './wrapped-table.js';
import { checkBox, dashFieldLine, originTag, ownClauses, semicolonTail, subNumber } from './sub-items.js';
import { spacedMinutes } from './spaced-minutes.js';
import { inlineBullets } from './inline-bullets.js';
import { outcomeActions } from './outcome-line.js';
import { arrowSplit } from './arrow-lines.js';
import { FIELD_DASHES, fieldLines, leadStep, meetingFields, spacedDash, tightStar } from './fields-line.js';

/** A field value: a span, `null` for a field that is present but blank, `undefined` for no field. */
export type FieldValue = Span | null | undefined;

export type ItemKind = 'row' | 'list' | 'block' | 'sentence';

export interface Item {
  kind: ItemKind;
  span: Span;
  /** Text segments that carry the action (what), in order; may be empty. */
  what: Span[];
  who: FieldValue;
  when: FieldValue;
  /** True when the item's own text holds no action and came from an empty table cell. */
  emptyWhat?: boolean;
  /** The owner named by the section heading, if any. */
  sectionOwner?: Span;
  /** The section's heading line, whose words may be a time ("WITHIN 10 WORKING DAYS") the items take. */
  sectionHead?: Span;
  /** A minutes line marked by the owner written after it ("… . ACTION: SK") (marked.ts). */
  trail?: boolean;
}

/** 'mixed': analysis and plan in one section ("Analysis and plan"); only clear actions count. */
type Mode = 'action' | 'not-action' | 'neutral' | 'mixed';

type LineKind = 'blank' | 'tab' | 'list' | 'field' | 'kv' | 'text';

interface LineInfo extends Line {
  kind: LineKind;
  /** For list lines: where the content starts and the marker family. */
  contentStart: number;
  marker: string;
  /** For field lines: which field and where its value is (meaningful only when kind is 'field'). */
  field: FieldRole;
  value: Span;
  indent: number;
  /** Cell separator for table rows: a tab or a pipe. */
  sep: string;
  /** A "|---|---|" line under a pipe table's header. */
  rule: boolean;
  /** Pipe rows written with outer pipes ("| a | b |"). */
  outer: boolean;
  /** A second field on the same line ("Lead: Mum     Timescale: Daily"). */
  more?: { field: FieldRole; value: Span };
  /** The line opens a chat message (chat.ts). */
  opens?: boolean;
  /** A record of a sheet saved as CSV: its separator (csv.ts). */
  csv?: number | undefined;
  /** An indented "— Dad, by 8 Feb" line joined to the list item above it: its doer, or true for a time alone. */
  whoWhen?: Span | true;
}

type FieldRole = 'who' | 'when' | 'what' | 'outcome';

const NO_SPAN: Span = { start: 0, end: 0 };
const NO_CELLS: Cell[] = [];

const BULLETS = new Set(['-', '•', '*', '–', '—', '·', '‣', '⁃', '»', '+', '>', '\ufffd', 'o', '?', '§', 'Ø']);

/**
 * How many code units an arrow, shape, dingbat, emoji or symbol-font glyph
 * takes at text[i] ("→", "➔", "◆", "✔", "⮚", "👉", Word's ""), or 0: any of
 * them typed before a line's words is its list marker.
 */
function symbolBullet(text: string, i: number): number {
  const c = text.codePointAt(i) as number;
  const n = (c >= 0x2190 && c < 0x2460) || (c >= 0x25a0 && c < 0x2c00) || (c >= 0xf000 && c < 0xf100) ? 1 : c >= 0x1f300 && c < 0x1fb00 ? 2 : 0;
  // a phone types "➡️" and "✔️" with an emoji selector (U+FE0F) after the glyph: part of the marker
  return n > 0 && text.charCodeAt(i + n) === 0xfe0f ? n + 1 : n;
}
const ROMAN = new Set(['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii']);
/** What can follow a group's label: "Outcome 2:", "Area 1 –", "Goal 3)". */
const LABEL_ENDS = new Set([':', '–', '-', '—', '.', ')']);
const LABEL_WORDS = new Set(['action', 'step', 'task', 'item', 'point', 'target']);

/** Parse a list marker at the start of a line; returns [content start, marker family] or null. */
function listMarker(text: string, base: number): [number, string] | null {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  const ch = text[i];
  if (ch === undefined) return null;
  // tick boxes and "1a." sub-actions (sub-items.ts); 'K' marks a ticked box
  const box = checkBox(text, i);
  if (box) return [base + box[0], box[1] ? 'K' : 'k'];
  const sub = subNumber(text, i);
  if (sub >= 0) return [base + sub, 's'];
  // bullets
  const sym = BULLETS.has(ch) ? 1 : symbolBullet(text, i);
  if (sym) {
    if (isSpace(text.charCodeAt(i + sym))) {
      // "o" and "?" (a bullet glyph the paste lost) need words after them
      if ((ch === 'o' || ch === '?') && !/^.[ \t]+\w/.test(text.slice(i))) return null;
      let j = i + sym;
      while (j < text.length && isSpace(text.charCodeAt(j))) j++;
      if (j >= text.length) return null;
      return [base + j, `b${text.slice(i, i + sym)}`];
    }
    // "*Referral to be made - SW - today": a star typed against the word (fields-line.ts)
    if (tightStar(text, i)) return [base + i + 1, 'b*'];
    // "o) School will book …": the fifteenth letter of a lettered list, not a bullet
    if (ch !== 'o') return null;
  }
  let j = i;
  const paren = ch === '(';
  if (paren) j++;
  // numbers: 1. 1) 1.1 1.1: (1)
  let k = j;
  while (k < text.length && k - j < 3 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
  if (k > j) {
    let m = k;
    while (text[m] === '.' && text.charCodeAt(m + 1) >= 48 && text.charCodeAt(m + 1) <= 57) {
      m++;
      while (m < text.length && text.charCodeAt(m) >= 48 && text.charCodeAt(m) <= 57) m++;
    }
    const p = text[m];
    if ((p === '.' || p === ')' || p === ':') && isSpace(text.charCodeAt(m + 1))) {
      if (paren && p !== ')') return null;
      let c = m + 1;
      while (c < text.length && isSpace(text.charCodeAt(c))) c++;
      if (c >= text.length) return null;
      return [base + c, 'n'];
    }
    if (isSpace(text.charCodeAt(m)) && m > k && !paren) {
      // "1.1 Text"
      let c = m;
      while (c < text.length && isSpace(text.charCodeAt(c))) c++;
      return [base + c, 'n'];
    }
    return null;
  }
  // "A1  text": the code of an item in a revised plan (wrapped-table.ts)
  const code = paren ? -1 : itemCode(text, j);
  if (code > 0) return [base + code, 'c'];
  // letters: a) a. (a) i) ii.
  let w = j;
  while (w < text.length && w - j < 4 && isAsciiLetter(text.charCodeAt(w))) w++;
  if (w > j) {
    const p = text[w];
    if ((p === ')' || p === '.') && isSpace(text.charCodeAt(w + 1))) {
      const word = text.slice(j, w);
      const lower = word.toLowerCase();
      if (word.length === 1 || ROMAN.has(lower)) {
        if (paren && p !== ')') return null;
        let c = w + 1;
        while (c < text.length && isSpace(text.charCodeAt(c))) c++;
        if (c >= text.length) return null;
        return [base + c, ROMAN.has(lower) && word.length > 1 ? 'r' : 'a'];
      }
    }
  }
  // labels: "Action 1.1:", "Step 2 -"
  // "New action 2:" (review.ts)
  const q = i + labelQualifier(text, i);
  let e = q;
  while (e < text.length && isAsciiLetter(text.charCodeAt(e))) e++;
  // label words have four to six letters
  if (e - q >= 4 && e - q <= 6 && text[e] === ' ' && LABEL_WORDS.has(text.slice(q, e).toLowerCase())) {
    let d = e + 1;
    const ds = d;
    while (d < text.length && /[0-9.a-z]/.test(text[d] as string) && d - ds < 8) d++;
    if (d > ds && /[0-9]/.test(text[ds] as string)) {
      while (text[d - 1] === '.') d--;
      let c = d;
      while (c < text.length && (isSpace(text.charCodeAt(c)) || text[c] === ':' || text[c] === '-' || text[c] === '–' || text[c] === '.' || text[c] === ')')) c++;
      if (c > d && c < text.length) return [base + i, 'L'];
    }
  }
  return null;
}

/** "Who: Mum" – a key from the column lists followed by a colon. */
const FIELD_ROLES: readonly FieldRole[] = ['who', 'when', 'what', 'outcome'];

export function fieldAt(tokens: readonly Token[], i: number, lex: Lex): { role: FieldRole; colon: number } | null {
  const t = tokens[i];
  if (!t || !t.word) return null;
  for (const role of FIELD_ROLES) {
    const n = colList(role, lex).matchAt(tokens, i);
    if (n > 0) {
      // "Who: Mum", and in a form of questions "Who? Mum", "What will happen? …"
      const colon = tokens[i + n];
      if (colon && (colon.text === ':' || colon.text === '?')) return { role, colon: i + n };
    }
  }
  return bracketKey(tokens, i);
}

/** "Completed by (name/role):": a key whose bracket says it holds a name or role. */
function bracketKey(tokens: readonly Token[], i: number): { role: FieldRole; colon: number } | null {
  let o = i + 1;
  while (o < i + 5 && tokens[o]?.word) o++;
  return tokens[o]?.text === '(' && tokens[o + 2]?.text === ')' && tokens[o + 3]?.text === ':' && /\b(?:name|role|who)\b/.test(tokens[o + 1]?.lower ?? '') ? { role: 'who', colon: o + 3 } : null;
}

/** The cell separator of a table typed with spaced slashes ("Who / What / When"). */
const SLASH = ' / ';

function tabbedFields(text: string, line: Line, ind: number, lex: Lex, info: LineInfo): boolean {
  const tab = line.text.indexOf('\t', ind);
  const colonAt = line.text.indexOf(':', ind);
  if (colonAt < 0 || colonAt > tab || colonAt > ind + 40) return false;
  const toks = tokenize(text, line.start + ind, line.start + colonAt + 1);
  const f = fieldAt(toks, 0, lex);
  if (!f || (f.role !== 'who' && f.role !== 'when')) return false;
  const value = trimSpan(text, (toks[f.colon] as Token).end, line.end);
  const more = secondField(text, value, lex);
  if (!more) return false;
  info.kind = 'field';
  info.field = f.role;
  info.value = beforeGap(text, value.start, more.keyStart);
  info.more = { field: more.field, value: more.value };
  return true;
}

/** "Action:<tab>Refer Sam to CAMHS": a tab after a key's colon only sets out its value; a line with no other tab is not a table row. */
const KEY_TAB = /^[^\t:]{2,40}:[^\t\S]*\t[^\t]+$/;

/**
 * "Lead<tab>Kerry", "Responsible          Hodan", "Action 2<tab>Refer Sam": a form
 * printed in two columns, a field name alone in the first (or an item label),
 * then a tab or a run of spaces, then one value that is not itself a field name.
 */
function gapField(text: string, line: Line, ind: number, lex: Lex, info: LineInfo): boolean {
  const lt = line.text;
  let g = lt.indexOf('\t');
  const sp = lt.indexOf('   ');
  if (g < 0 || (sp >= 0 && sp < g)) g = sp;
  if (ind > 0 || g < 2 || g > 30 || (lt[g] === '\t' && lt.includes('\t', g + 1))) return false;
  let v = g;
  while (isSpace(lt.charCodeAt(v))) v++;
  const val = tokenize(text, line.start + v, line.end);
  // "WHEN      WHAT AND WHO", "Action     Responsible / When": a header over columns, not a field
  const role = nameRole(tokenize(text, line.start, line.start + g), lex);
  // (and "Action⇥Who will": an action's name over an owner's or a time's)
  const heads = (r: FieldRole): boolean => {
    const n = colList(r, lex).matchAt(val, 0);
    return n > 0 && (/^(?:and|\/|)$/.test(val[n]?.lower ?? '') || ((r === 'who' || r === 'when') && (role === 'what' || role === 'outcome')));
  };
  if (lt.includes('\t', v) || lt.includes('   ', v) || FIELD_ROLES.some(heads)) return false;
  if (listMarker(lt.slice(0, g) + ':' + lt.slice(g), 0)?.[1] === 'L' && val.length) return !!Object.assign(info, { kind: 'list', contentStart: line.start + v, marker: 'L' });
  return !!role && !!Object.assign(info, { kind: 'field', field: role, value: { start: line.start + v, end: line.end } });
}

/** The field whose whole name the tokens are ("Person responsible", "By when"), or null. */
function nameRole(toks: readonly Token[], lex: Lex): FieldRole | undefined {
  return FIELD_ROLES.find((r) => colList(r, lex).equals(toks));
}

const colList = (role: FieldRole, lex: Lex): PhraseList => (role === 'who' ? lex.colWho : role === 'when' ? lex.colWhen : role === 'what' ? lex.colWhat : lex.colOutcome);

/** "=====", "-----", "_____", "****": at least three of one rule character, spaces around. */
const RULE_LINE = /^[ \t]*([=\-_*~#–—─═])\1\1+[ \t]*$/;

function classifyLine(text: string, line: SheetLine, lex: Lex): LineInfo {
  const info: LineInfo = { start: line.start, end: line.end, text: line.text, kind: 'text', contentStart: line.start, marker: '', indent: 0, sep: '', rule: false, outer: false, field: 'what', value: NO_SPAN, csv: line.csv };
  let ind = 0;
  while (ind < line.text.length && isSpace(line.text.charCodeAt(ind))) ind++;
  info.indent = ind;
  if (ind === line.text.length) {
    info.kind = 'blank';
    return info;
  }
  // "=====", "-----", "_____", "****": a ruled line ends a record or a part of
  // the document like a blank line, and is never part of an action
  if (RULE_LINE.test(line.text)) {
    info.kind = 'blank';
    info.rule = true;
    return info;
  }
  // "CP-01","Referral to CAMHS","SW","ASAP": a CSV record pasted as text is a table row
  if ((line.csv || line.text.charCodeAt(ind) === 34) && csvFields(text, line.start, line.end, line.csv)) {
    info.kind = 'tab';
    info.sep = CSV_SEP;
    return info;
  }
  // "Lead<tab>Kerry", "Timescale      Every evening": a form printed in two columns
  if (gapField(text, line, ind, lex, info)) return info;
  // "Lead: Kerry<tab>Timescale: Daily": two fields set out with a tab, not a table row
  // ("<tab>Text", "o<tab>Who: Gran": a Word bullet pasted with its tab is a list item, not a row)
  const bm = listMarker(line.text, 0);
  if (line.text.includes('\t', bm?.[1][0] === 'b' ? bm[0] : ind) && !KEY_TAB.test(line.text) && !tabbedFields(text, line, ind, lex, info)) {
    // a tab between two pieces of text (or a trailing empty cell) makes a table row
    info.kind = 'tab';
    info.sep = '\t';
    return info;
  }
  if (line.text[ind] === '|' && line.text.indexOf('|', ind + 1) > 0) {
    info.kind = 'tab';
    info.sep = '|';
    info.outer = true;
    info.rule = /^[\s|:\-–—=+]*$/.test(line.text);
    return info;
  }
  // "Who | What needs to happen | By when": pipes between cells, none at the ends
  const pipe = line.text.indexOf('|');
  const pipes = pipe < 0 ? 0 : line.text.indexOf('|', pipe + 1) < 0 ? 1 : 2;
  // "Who: Kofi | When: Friday" is a line of fields, not a table header; so is "Step | Owner: Kofi | Due: Friday"
  const keyed = pipes === 2 && /^(who|when)$/.test(fieldAt(tokenize(text, line.start + pipe + 1, line.end), 0, lex)?.role ?? '');
  if ((pipes === 2 && !keyed) || (pipes === 1 && line.text.includes(' | ') && !/^[^|:]{1,40}:/.test(line.text) && headerRoles(text, cellsOf({ ...info, sep: '|' }), lex))) {
    info.kind = 'tab';
    info.sep = '|';
    info.rule = /^[\s|:\-–—=+]*$/.test(line.text);
    return info;
  }
  // "Who / What / When": a header of column names between spaced slashes starts a slash table
  const slash = spacedMark(line.text, '/', ind);
  if ((slash >= 0 || ind > 0) && spacedMark(line.text, '/', slash + 1) > 0 && headerRoles(text, cellsOf({ ...info, sep: SLASH }), lex)) {
    info.kind = 'tab';
    info.sep = SLASH;
    return info;
  }
  const m = listMarker(line.text, line.start);
  if (m) {
    info.kind = 'list';
    info.contentStart = m[0];
    info.marker = m[1];
    return info;
  }
  // "Lead – HV   Date – 3 May": two fields named with dashes (sub-items.ts)
  const dashed = spacedMark(line.text, '–') >= 0 || spacedMark(line.text, '-') >= 0 ? dashFieldLine(text, { start: line.start + ind, end: line.end }, lex) : null;
  if (dashed) return Object.assign(info, { kind: 'field', ...dashed });
  let colonAt = line.text.indexOf(':', ind);
  const ask = line.text.indexOf('?', ind);
  // "Who? Aaron": a question mark ends a field key only when the key is a field name
  // ("What needs to happen?" alone on its line is a heading, a bare "Who?" a blank field)
  const askedField = ask > 0 && ask <= ind + 60 && (colonAt < 0 || ask < colonAt) ? fieldAt(tokenize(text, line.start + ind, line.start + ask + 1), 0, lex) : null;
  // ("WHAT NEEDS TO HAPPEN? – Next steps": a question, a dash and a section's other name is a heading)
  const rest = askedField ? tokenize(text, line.start + ask + 1, line.end) : [];
  const asked = askedField !== null && (askedField.role === 'who' || askedField.role === 'when' || (rest.length > 0 && !(/^[–—-]$/.test((rest[0] as Token).text) && headingKind(rest.slice(1), lex) !== 'unknown')));
  if (asked) colonAt = ask;
  if (colonAt < 0 || colonAt > ind + 60) return info;
  const toks = tokenize(text, line.start + ind, line.start + colonAt + 1);
  const f = fieldAt(toks, 0, lex);
  if (f) {
    const colon = toks[f.colon] as Token;
    const vs = trimSpan(line.text, colon.end - line.start, line.text.length);
    info.kind = 'field';
    info.field = f.role;
    info.value = { start: line.start + vs.start, end: line.start + vs.end };
    const more = secondField(text, info.value, lex);
    if (more) {
      info.value = beforeGap(text, info.value.start, more.keyStart);
      info.more = { field: more.field, value: more.value };
    }
    return info;
  }
  // "Key: value" metadata (Category: Neglect)
  for (let k = 0; k < toks.length && k < 6; k++) {
    const t = toks[k] as Token;
    if (t.text === ':') {
      if (k > 0) info.kind = 'kv';
      break;
    }
    if (!t.word && t.text !== '’' && t.text !== "'" && t.text !== '(' && t.text !== ')' && t.text !== '/' && t.text !== '&') break;
  }
  return info;
}

/**
 * "Lead: Kerry     Timescale: Daily": forms laid out in two columns put a
 * second field on the line, after a gap (fieldGap), or at once when the first
 * is blank ("Lead:     Timescale: TBC"). Only who and when fields count.
 */
function secondField(text: string, value: Span, lex: Lex): { field: FieldRole; value: Span; keyStart: number } | null {
  for (let p = value.start; p < value.end; p++) {
    if (p > value.start && !(isSpace(text.charCodeAt(p - 1)) && !isSpace(text.charCodeAt(p)) && fieldGap(text.charCodeAt(p - 2), text.charCodeAt(p - 1)))) continue;
    const toks = tokenize(text, p, Math.min(value.end, p + 40));
    const f = fieldAt(toks, 0, lex);
    if (!f || (f.role !== 'who' && f.role !== 'when')) continue;
    const v = trimSpan(text, (toks[f.colon] as Token).end, value.end);
    return { field: f.role, value: { start: v.start, end: v.end }, keyStart: p };
  }
  return null;
}

/** "|", ";", ",", "." and "·": the marks that can end a field before the next (by code). */
const GAP_MARKS = new Set([124, 59, 44, 46, 183]);

/** The first field's value, without the gap and separator before the second field. */
function beforeGap(text: string, start: number, end: number): Span {
  const v = trimSpan(text, start, end);
  const c = text.charCodeAt(v.end - 1);
  if (v.end > v.start && GAP_MARKS.has(c)) v.end--;
  return trimSpan(text, v.start, v.end);
}

/** What can stand between two fields on a line: a tab, two spaces, or "|", ";", ",", "." or "·" and a space. */
function fieldGap(before: number, space: number): boolean {
  if (space === 9) return true;
  return isSpace(before) || GAP_MARKS.has(before);
}

function endsWithTerminal(text: string): boolean {
  const t = text.trimEnd();
  const c = t[t.length - 1];
  if (c === undefined) return false;
  if (c === '.' || c === '!' || c === '?' || c === ';') return true;
  if ((c === '”' || c === '"' || c === ')' || c === '’') && t.length > 1) {
    const d = t[t.length - 2];
    return d === '.' || d === '!' || d === '?';
  }
  return false;
}

const STAGE_WORDS = new Set(['at', 'on', 'in', 'before', 'after', 'during', 'once']);
const NOT_NAMES = new Set(['what', 'who', 'how', 'where', 'there']);
const NEEDS = new Set(['needs', 'need', 'has', 'have']);

/** The owner a heading names: "Mum's tasks", "What Dad will do", "Everyone". */
function headingOwner(tokens: readonly Token[], lex: Lex): Span | null {
  const words = tokens.filter((t) => t.word);
  if (words.length === 0 || words.length > 8) return null;
  const w0 = words[0] as Token;
  // "AT THE HOSPITAL", "On the ward", "After baby comes home": a place or a time, not who does it
  if (STAGE_WORDS.has(w0.lower)) return null;
  if (w0.lower === 'what' || w0.lower === 'how') {
    // "What we are asking you to do", "What Dad needs to do": the one asked, or who needs to, does it
    let end = tokens.findIndex((t, k) => t.lower === 'to' && tokens[k + 1]?.lower === 'do');
    if (NEEDS.has(tokens[end - 1]?.lower ?? '')) end--;
    if (end < 2) end = tokens.findIndex((t) => t.lower === 'will');
    return end > 1 ? subjectSpan(tokens, tokens.indexOf(w0) + 1, end, lex) : null;
  }
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const base = t.lower.endsWith("'s") ? t.lower.slice(0, -2) : t.lower;
    let n = 0;
    for (const l of [lex.family, lex.professional, lex.agency, lex.collective]) n = Math.max(n, l.matchAt(tokens, k));
    if (n === 0 && lex.ownerHeads.has(base) && base !== t.lower) n = 1;
    if (n > 0) {
      let a = k;
      // a name before the role: "Stacey (Mum)"
      if (k > 0 && (tokens[k - 1] as Token).word && /^[A-Z]/.test((tokens[k - 1] as Token).text)) a = k - 1;
      const last = tokens[k + n - 1] as Token;
      return { start: (tokens[a] as Token).start, end: last.end - (last.lower.endsWith("'s") ? 2 : 0) };
    }
    // "Becky's jobs" (not "What's next", "Here's the plan", "Who's helping": a word with "is" run on)
    if (t.word && /^[A-Z]/.test(t.text) && t.lower.endsWith("'s") && k === 0 && !NOT_NAMES.has(base)) return { start: t.start, end: t.end - 2 };
  }
  return null;
}

/** "Outcome 1", "Risk area A", "Priority 2:" – a numbered or lettered group heading. */
function groupHeading(tokens: readonly Token[], lex: Lex): boolean {
  // "Plan Outcome 3:" reads like "Outcome 3:"
  const p = tokens[0]?.lower === 'plan' ? 1 : 0;
  const n = lex.secGroup.matchAt(tokens, p) + p;
  const label = tokens[n];
  if (n === p || !label || !label.word) return false;
  const isLabel = /^[0-9]/.test(label.text) || label.text.length === 1 || ROMAN.has(label.lower);
  if (!isLabel) return false;
  const after = tokens[n + 1];
  // "OUTCOME 2   Mum's health will improve": a printout sets the statement off by a gap
  return !after || after.start - label.end > 1 || LABEL_ENDS.has(after.text);
}

/** A heading written in capitals: "BABY’S BIRTH", "THE FLAT", "LEO". */
export function allCaps(text: string, start: number, end: number): boolean {
  let letters = 0;
  for (let i = start; i < end; i++) {
    const c = text[i] as string;
    if (c !== c.toUpperCase()) return false;
    if (c !== c.toLowerCase()) letters++;
  }
  return letters >= 2;
}

function headingKind(tokens: readonly Token[], lex: Lex): Mode | 'unknown' {
  // "THE PLAN (progress notes added at the review)": a bracket comments on the
  // heading, so the words outside it decide what the section holds
  if (tokens.some((t) => t.text === '(')) {
    const outside = outsideBrackets(tokens);
    if (outside.some((t) => t.word)) {
      const kind = headingKind(outside, lex);
      if (kind !== 'unknown') return kind;
    }
  }
  if (mixedHeading(tokens, lex)) return 'mixed';
  if (lex.secNotAction.find(tokens) || commentsHeading(tokens)) return 'not-action';
  if (conditionHeading(tokens)) return 'not-action';
  if (lex.secAction.find(tokens)) return 'action';
  return 'unknown';
}

/** "Comments (3)", "Reviewer comments": a document's comment thread, not its actions ("Actions and comments" is not one). */
function commentsHeading(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.word && !/^[0-9]+$/.test(t.text));
  const last = words[words.length - 1];
  return !!last && words.length <= 2 && (last.lower === 'comments' || last.lower === 'comment');
}

/** "If Mum becomes unwell", "IF THINGS GO WRONG": a short heading that opens with "if" is the contingency plan. */
function conditionHeading(tokens: readonly Token[]): boolean {
  const first = tokens.find((t) => t.word);
  if (!first || first.lower !== 'if' || tokens.some((t) => t.text === ',')) return false;
  const n = wordCount(tokens);
  return n >= 3 && n <= 6;
}

/** "Poppy said, “…", "Kai told us: "…"": a line that opens by quoting someone (not "says he misses his dad but “…”"). */
const REPORTED = /^\w+(?: \w+)? (?:said|says|told|tells|asked|wrote)(?: me| us)?[,:]? ?[“"]/i;

function outsideBrackets(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  let depth = 0;
  for (const t of tokens) {
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) out.push(t);
  }
  return out;
}

function wordCount(tokens: readonly Token[]): number {
  let n = 0;
  for (const t of tokens) if (t.word) n++;
  return n;
}

// ---------------------------------------------------------------------------

interface ListEl {
  type: 'list';
  items: { lines: LineInfo[]; marker: string }[];
}
interface TableEl {
  type: 'table';
  header: LineInfo | null;
  rows: LineInfo[];
  /** Pipe tables: whether rows have outer pipes (taken from the header or first row). */
  outer: boolean;
  /** Tables aligned with spaces (pasted from a PDF): rows already cut into cells by column. */
  spaced?: SpacedRow[];
  spacedHeader?: Cell[];
}

interface SpacedRow {
  span: Span;
  cells: Cell[];
  /** Wrapped text of the action column on the lines below. */
  more: Span[];
  /** Owner and time already split out of one right-hand column (columns-pdf.ts). */
  who?: FieldValue;
  when?: FieldValue;
}
interface ParaEl {
  type: 'para';
  lines: LineInfo[];
}
type El = ListEl | TableEl | ParaEl;

interface Section {
  mode: Mode;
  els: El[];
  /** An owner named by the heading: "Mum's tasks", "What Dad will do". */
  owner: Span | null;
  /** A background-sounding topic heading met inside the plan ("Noah's voice" between plan topics). */
  inPlan?: boolean;
  /** The mode came from the section before (a heading of unknown kind). */
  inherited?: boolean;
  /** The heading line of a section of unknown kind (index.ts reads it for a time). */
  head?: Span | undefined;
  /** A contingency ("If things do not change"): background even when nothing else read as the plan. */
  firm?: boolean;
  /** Someone's views ("Mum's views", "Kai's wishes"): a promise reported there is still an action. */
  views?: boolean;
  /** Opened by a sign-off ("Thanks,"): the name and contact lines under it are the signature. */
  signed?: boolean;
}

/** 'who2': a second owner column ("Agency" then "Lead worker"), read when the first is blank. */
type ColRole = FieldRole | 'ignore' | 'unknown' | 'who2';

function cellsOf(line: LineInfo, outer = line.outer): Cell[] {
  if (line.sep === '  ') return [];
  if (line.sep === CSV_SEP) return csvFields(line.text, 0, line.text.length, line.csv)?.map((f) => ({ span: { start: line.start + f.span.start, end: line.start + f.span.end }, empty: f.empty })) ?? [];
  const cells: Cell[] = [];
  const sep = line.sep || '\t';
  let s = 0;
  let t = line.text;
  if (sep === '|' && outer) {
    // "| a | b |": drop the outer pipes
    const first = t.indexOf('|');
    s = first + 1;
    const last = t.lastIndexOf('|');
    if (last > first && t.slice(last + 1).trim() === '') t = t.slice(0, last);
  }
  for (;;) {
    const at = t.indexOf(sep, s);
    const i = at < 0 ? t.length : at;
    const sp = trimSpan(t, s, i);
    cells.push({ span: { start: line.start + sp.start, end: line.start + sp.end }, empty: sp.end <= sp.start });
    if (at < 0) break;
    s = i + sep.length;
  }
  // Drop a leading empty cell that comes from indentation only.
  return cells;
}

/**
 * "Task⇥Person" over "⇥responsible⇥Target" and "⇥date⇥Update": a header row
 * whose cells wrapped, each line after the first led by a tab. Read in order,
 * such a line's first cell goes on with the cell before it ("Person
 * responsible") and its other cells start new ones ("Target", then "Update").
 * Taken only when every joined cell is the whole name of an owner or time
 * column and the first row below has as many cells.
 */
function splitHeader(text: string, lines: readonly LineInfo[], i: number, lex: Lex): { cells: Cell[]; roles: ColRole[]; next: number } | null {
  const cells = cellsOf(lines[i] as LineInfo);
  const joined: Cell[] = [];
  let k = i + 1;
  for (; k <= i + 3; k++) {
    const l = lines[k];
    if (l?.sep !== '\t' || l.text.charCodeAt(0) !== 9) break;
    const more = cellsOf(l);
    const last = cells.at(-1);
    if (!last || more.length < 2 || more.some((c, n) => n > 0 && c.empty)) return null;
    last.span.end = (more[1] as Cell).span.end;
    joined.push(last);
    cells.push(...more.slice(2));
  }
  const row = lines[k];
  const roles = headerRoles(text, cells, lex);
  const named = (c: Cell): boolean => {
    const toks = tokenize(text, c.span.start, c.span.end);
    const r = nameRole(toks, lex);
    return r === 'who' || r === 'when';
  };
  return roles && joined.length > 0 && row?.sep === '\t' && cellsOf(row).length === cells.length && joined.every(named) ? { cells, roles, next: k } : null;
}

function headerRoles(text: string, cells: readonly Cell[], lex: Lex): ColRole[] | null {
  const roles: ColRole[] = [];
  let known = 0;
  let whoWhen = 0;
  for (const c of cells) {
    if (c.empty) {
      roles.push('unknown');
      continue;
    }
    const toks = tokenize(text, c.span.start, c.span.end).filter((t) => t.text !== '?' && t.text !== ':');
    // a whole name, else ("Who will do it / by when") the first list matching at the start
    const role: ColRole = lex.colIgnore.equals(toks) ? 'ignore' : (nameRole(toks, lex) ?? FIELD_ROLES.find((r) => colList(r, lex).matchAt(toks, 0) > 0) ?? 'unknown');
    if (role !== 'unknown') known++;
    if (role === 'who' || role === 'when') whoWhen++;
    roles.push(role);
  }
  // "Item | Discussion | Actions": minutes whose action sits in a later named column, the cells before it notes
  const w = roles.indexOf('what');
  // so is a Signs of Safety table: "Worries | What is working well | Next steps", the columns before the steps notes
  if (whoWhen === 0 && (w < 1 || roles.slice(w + 1).some((r) => r !== 'outcome') || (roles[0] !== 'ignore' && roles.slice(0, w).some((r) => r !== 'outcome')))) return null;
  if (known < 2) return null;
  // the first unknown column holds the action when no column is called "what"
  if (!roles.includes('what')) {
    const u = roles.indexOf('unknown');
    if (u >= 0) roles[u] = 'what';
  }
  // only the first who and the first when column count
  let seenWho = false;
  let seenWhen = false;
  for (let i = 0; i < roles.length; i++) {
    if (roles[i] === 'who') {
      if (seenWho) roles[i] = 'who2';
      seenWho = true;
    } else if (roles[i] === 'when') {
      if (seenWhen) roles[i] = 'outcome';
      seenWhen = true;
    }
  }
  return roles;
}

export interface Structure {
  items: Item[];
  hasActionSection: boolean;
}

export function findItems(text: string, lex: Lex): Structure {
  const split = splitLines(text);
  // a quoted line starts with ">": most plans have none
  const unq = text.includes('>') ? unquoted(split) : split;
  // a spreadsheet saved as CSV: its records, bare or quoted, are table rows (csv.ts)
  const raw = csvSheet(text, unq, (cells) => !!headerRoles(text, cells, lex));
  const opens = chatMessages(raw);
  const lines = raw.map((l) => classifyLine(text, l, lex));
  for (const k of opens) (lines[k] as LineInfo).opens = true;
  const sections: Section[] = [];
  let cur: Section = { mode: 'neutral', els: [], owner: null };
  sections.push(cur);
  let firstContent = true;
  let hasActionSection = false;
  // the header of the last table, for its rows that go on under a heading ("Outcome 2: …")
  let lastHeader: LineInfo | null = null;

  const n = lines.length;
  let i = 0;
  const nextNonBlank = (from: number): LineInfo | undefined => {
    for (let k = from; k < n; k++) if ((lines[k] as LineInfo).kind !== 'blank') return lines[k];
    return undefined;
  };
  const newSection = (mode: Mode, owner: Span | null = null, inherited = false): void => {
    const inPlan = mode === 'not-action' && cur.mode === 'action';
    // "If things do not change", "Contingency plan:": background even in the relaxed reading
    const firm = mode === 'not-action' && /^\s*(?:if |contingency)/i.test((lines[i] as LineInfo).text);
    const at = lines[i] as LineInfo;
    const views = mode === 'not-action' && /\b(?:views?|wishes|voice)\b/i.test(at.text);
    cur = { mode, els: [], owner, inPlan, inherited, firm, views, head: inherited ? { start: at.start, end: at.end } : undefined };
    sections.push(cur);
    if (mode === 'action' || mode === 'mixed') hasActionSection = true;
  };

  while (i < n) {
    const line = lines[i] as LineInfo;
    if (line.kind === 'blank') {
      // a ruled line after a background section's text closes it: what follows
      // the rule (the records of a system export) is not part of that background;
      // so does one after a topic whose kind is not known yet (the notes under the last stage's list)
      if (line.rule && (cur.mode === 'not-action' || (cur.inherited && cur.mode === 'neutral')) && cur.els.length > 0) newSection('neutral');
      i++;
      continue;
    }
    // a letter's subject line under "Dear Imran," is its title too
    const isFirst = firstContent;
    firstContent = /^(?:dear|hi|hello) [^,]{1,40},$/i.test(line.text.trim());

    // a phone app's paste: "… Actions • X to … • Y to …" on one line (inline-bullets.ts)
    if (line.kind !== 'tab' && line.text.includes('•')) {
      const run = inlineBullets(text, line.start, line.end, (t) => headingKind(t, lex) === 'action');
      if (run) {
        newSection('action');
        const items = run.items.map((s) => ({ lines: [{ ...line, start: s.start, end: s.end, text: text.slice(s.start, s.end), kind: 'list' as const, contentStart: s.start, marker: 'b•', indent: 0 }], marker: 'b•' }));
        cur.els.push({ type: 'list', items });
        newSection(run.tail ? 'not-action' : 'neutral');
        i++;
        continue;
      }
    }
    // minutes: "5. AGREED ACTIONS   WHO   BY" over numbered rows set out with spaces (spaced-minutes.ts)
    if ((line.kind === 'list' || line.kind === 'text') && line.text.includes('  ', line.indent)) {
      const mt = spacedMinutes(text, lines, i, lex, (t) => headingKind(t, lex) === 'action');
      if (mt && headerRoles(text, mt.header, lex)) {
        newSection('action');
        cur.els.push({ type: 'table', header: line, rows: [], outer: false, spaced: mt.rows, spacedHeader: mt.header });
        newSection('neutral');
        i = mt.next;
        continue;
      }
    }
    // a table aligned with spaces (pasted from a PDF): a header row of known column names
    if (line.kind === 'text') {
      // two cells need a tab, a no-break space or two spaces in a row
      const lt = line.text;
      const header = lt.includes('  ', line.indent) || lt.includes('\t', line.indent) || lt.includes('\u00a0', line.indent) ? spacedCells(text, line.start, line.end) : NO_CELLS;
      const roles = header.length >= 2 ? headerRoles(text, header, lex) : null;
      if (roles) {
        const table: TableEl = { type: 'table', header: line, rows: [], outer: false, spaced: [], spacedHeader: header };
        i = numberedColumns(text, lines, i + 1, header, lex, table.spaced as SpacedRow[]) ?? collectSpaced(text, lines, i + 1, header, table.spaced as SpacedRow[], roles[0] === 'outcome');
        cur.els.push(table);
        hasActionSection = true;
        continue;
      }
      // rows under their numbers with each cell on a line of its own
      const numbered = ROW_NO.test(line.text) ? numberedCellRows(text, lines, i, lex) : null;
      if (numbered) {
        cur.els.push({ type: 'table', header: null, rows: [], outer: false, spaced: numbered[0] });
        hasActionSection = true;
        i = numbered[1];
        continue;
      }
      // a Word table that lost its tabs: each heading cell on its own line, then each row as that many lines
      const cellHeader = lineCellHeader(text, lines, i, lex);
      if (cellHeader) {
        const table: TableEl = { type: 'table', header: line, rows: [], outer: false, spaced: [], spacedHeader: cellHeader };
        i += cellHeader.length;
        i = collectLineCells(text, lines, lines[i]?.kind === 'blank' ? i + 1 : i, headerRoles(text, cellHeader, lex) as ColRole[], lex, table.spaced as SpacedRow[]);
        cur.els.push(table);
        hasActionSection = true;
        continue;
      }
    }

    // headings
    if (line.kind === 'field' && line.value.end <= line.value.start && !line.more) line.kind = 'kv';
    // "Action ID: ACT-104" over "Description: …" and "Assigned to: …": the id
    // line opens a record of fields, and the record is the action
    const record = line.kind === 'kv' && recordHead(lines, i);
    // "Outcome 2: Jay gets to school – Gran to walk him in; …", "Outcome: … — …": the actions are on the line (outcome-line.ts)
    const head = line.kind === 'list' || line.kind === 'tab' ? [] : tokenize(text, line.start + line.indent, Math.min(line.end, line.start + line.indent + 30));
    const group = line.kind !== 'field' && groupHeading(head, lex);
    const acts = group || (line.kind === 'field' && line.field === 'outcome' && lex.secGroup.matchAt(head, 0) > 0) ? outcomeActions(text, line, lex) : null;
    // "Outcome 1: Leanne and the children are safe" – the actions follow; so they do after
    // "Plan Outcome 1: Tyler is safe" over "Action: …" / "Responsible: …" (it opens the records, it is not one)
    if (acts || (group && line.kind === 'kv')) {
      newSection('action');
      if (acts) cur.els.push({ type: 'list', items: acts.map((sp) => ({ lines: [{ ...line, ...sp, text: text.slice(sp.start, sp.end), kind: 'list' as const, contentStart: sp.start, marker: 'o:', indent: 0 }], marker: 'o:' })) });
      i++;
      continue;
    }
    if (((line.kind === 'text' && line.end - line.start <= 120) || line.kind === 'kv') && !record) {
      const toks = tokenize(text, line.start, line.end);
      const words = wordCount(toks);
      const trimmed = line.text.trim();
      if (line.kind === 'kv') {
        // "Children's views: Tyler said…" – a heading with its text on the same line
        const colonIdx = toks.findIndex((t) => t.text === ':');
        const keyToks = toks.slice(0, colonIdx);
        const kind = headingKind(keyToks, lex);
        // "Plan Outcome 3:", "Plan Objective:": the plan's own outcome, read like "Outcome 3:"
        const keyFirst = keyToks[keyToks.length > 1 && keyToks[0]?.lower === 'plan' ? 1 : 0];
        if (keyFirst && (keyFirst.lower === 'outcome' || keyFirst.lower === 'goal' || keyFirst.lower === 'aim' || keyFirst.lower === 'objective')) {
          i++;
          continue;
        }
        // "Section 7: Analysis and Plan": a numbered section's title after its label
        const titled = labelledTitle(keyToks, toks.slice(colonIdx + 1), lex);
        const titleKind = titled ? headingKind(titled, lex) : 'unknown';
        if (titleKind !== 'unknown') {
          newSection(titleKind);
          i++;
          continue;
        }
        if (kind === 'not-action') {
          newSection('not-action');
          const rest = text.slice((toks[colonIdx] as Token).end, line.end).trim();
          if (rest.length > 0) cur.els.push({ type: 'para', lines: [line] });
          i++;
          continue;
        }
        if (toks[colonIdx + 1] === undefined) {
          // "Actions:", "Mum's tasks:", "Everyone:" – a heading of its own
          const owner = willOwner(toks, lex) ?? headingOwner(keyToks, lex);
          if (kind === 'action' || owner) {
            // "Mum will:", "Dad to:" – what follows is that person's list of actions
            const lastKey = keyToks[keyToks.length - 1];
            const willList = owner !== null && lastKey !== undefined && (lastKey.lower === 'will' || lastKey.lower === 'to' || lastKey.lower === 'must');
            newSection(kind === 'action' || willList || cur.mode === 'action' ? 'action' : 'neutral', owner);
            i++;
            continue;
          }
          // "NEXT REVIEW:" after a blank line and straight over its text: a topic heading like one without the colon
          if ((i === 0 || (lines[i - 1] as LineInfo).kind === 'blank') && /^(?:list|text|tab)$/.test(lines[i + 1]?.kind ?? '')) {
            newSection(cur.mode === 'action' ? 'action' : 'neutral', null, true);
            i++;
            continue;
          }
        }
        // "Grandma Sue: have the children every Tuesday." under an action
        // heading is an owner and an action, not metadata
        if (cur.mode === 'action' && toks[colonIdx + 1] !== undefined && endsWithTerminal(trimmed) && ownerLead(text, line, lex)) line.kind = 'text';
        else {
          // other metadata lines are never actions
          i++;
          continue;
        }
      }
      const next = nextNonBlank(i + 1);
      const prevBlank = i === 0 || (lines[i - 1] as LineInfo).kind === 'blank';
      // a chat message that ends a sentence ("Thanks. Can we meet?") is not a heading (chat.ts)
      // a printout's title set out in columns ("CHILD PROTECTION PLAN <gap> Printed: …") is as short as its words: the gap does not count
      const shortLine = words > 0 && words <= 12 && trimmed.replace(/ {3,}/g, ' ').length <= 90 && (!endsWithTerminal(trimmed) || (trimmed.endsWith('?') && !line.opens));
      // "Here is what we agreed.": a letter's one-line lead-in opens the plan as a heading does
      if (next && words <= 8 && /^(?:here|below) (?:is|are) /i.test(trimmed) && headingKind(toks, lex) === 'action') {
        newSection('action');
        i++;
        continue;
      }
      if (next && words > 0 && groupHeading(toks, lex)) {
        newSection('action');
        i++;
        continue;
      }
      // "Thanks," / "Kind regards": the letter or e-mail has ended; the
      // signature, contact lines and footer below it are not actions
      if (shortLine && words <= 4) {
        const so = lex.signOffs.matchAt(toks, 0);
        if (so > 0 && !toks.slice(so).some((t) => t.word)) {
          newSection('not-action');
          cur.signed = true;
          i++;
          continue;
        }
      }
      // "KB - notes to be written - 9/3" over another such line: a task, not a heading
      if (shortLine && next && !(taskLine(text, line, lex) && taskLine(text, next, lex)) && !arrowTask(text, line, next, lex)) {
        const kind = headingKind(toks, lex);
        if (isFirst) {
          // document title, unless it is a bare "Plan" / "Actions" heading
          // document title, unless it is a bare action heading ("Plan", "What needs to happen")
          if (kind === 'action' && (words <= 2 || lex.secAction.equals(toks.filter((t) => t.word)))) newSection('action');
          // a title naming both ("Conference – Summary and Plan") is read for its summary
          else if (kind === 'not-action' || kind === 'mixed') newSection('not-action');
          else newSection('neutral');
          i++;
          continue;
        }
        if (kind !== 'unknown') {
          newSection(kind, kind === 'action' ? headingOwner(toks, lex) : null);
          i++;
          continue;
        }
        // "PARENTS (Natalie and Ryan) WILL:", "Nan and Grandad Price will:": the list under it is what they will do
        const doer = cur.mode === 'action' ? null : willHeading(toks, lex);
        if (doer) {
          newSection('action', doer);
          i++;
          continue;
        }
        const nextIsStructure = next.kind === 'list' || next.kind === 'tab';
        // "Owen" over "Owen Price | Social Worker | …" under "Thanks": the signature, not a new topic
        if ((prevBlank || nextIsStructure) && words <= 8 && !cur.signed) {
          newSection(cur.mode === 'action' ? 'action' : 'neutral', headingOwner(toks, lex), true);
          i++;
          continue;
        }
      }
    }

    if (line.kind === 'tab') {
      let roles = headerRoles(text, cellsOf(line), lex);
      // "Task⇥Person" over "⇥responsible⇥Target": a header row whose cells wrapped
      const split = line.sep === '\t' && lines[i + 1]?.text.charCodeAt(0) === 9 ? splitHeader(text, lines, i, lex) : null;
      if (split) roles = split.roles;
      // a Word table whose cells wrap onto several lines (wrapped-table.ts)
      if (roles && !split && line.sep === '\t' && wrappedBlock(lines, i + 1)) {
        const table: TableEl = { type: 'table', header: line, rows: [], outer: false, spaced: [], spacedHeader: cellsOf(line) };
        i = wrappedRows(text, lines, i + 1, roles.length, table.spaced as SpacedRow[]);
        cur.els.push(table);
        hasActionSection = true;
        continue;
      }
      const carried = !roles && lastHeader && cellsOf(lastHeader).length === cellsOf(line).length ? lastHeader : null;
      if (roles && !split) lastHeader = line;
      const table: TableEl = { type: 'table', header: roles ? line : carried, rows: [], outer: line.outer };
      if (split) {
        table.spacedHeader = split.cells;
        i = split.next - 1;
      }
      if (!roles && !line.rule) table.rows.push(line);
      i++;
      while (i < n) {
        const l = lines[i] as LineInfo;
        // a row whose cell wrapped: short of the header's cells, the rest on the next line, which goes on in lower case
        const nx = lines[i + 1];
        if (line.sep === '\t' && table.header && nx?.kind === 'tab' && l.text.includes('\t') && /^[a-z(]/.test(nx.text)) {
          const m = { ...l, kind: 'tab' as const, sep: '\t', end: nx.end, text: text.slice(l.start, nx.end) };
          if (cellsOf(m).length === cellsOf(table.header).length) {
            table.rows.push(m);
            i += 2;
            continue;
          }
        }
        if (line.sep === SLASH && l.kind !== 'blank' && l.kind !== 'tab' && l.text.includes(SLASH)) {
          // the rows of a slash table: "Aaron / Start the course / w/b 1/2" (slashes inside words are not cells)
          l.kind = 'tab';
          l.sep = SLASH;
          table.rows.push(l);
          i++;
        } else if (l.kind === 'tab' || (line.sep === '|' && l.text.includes('|') && l.kind !== 'blank')) {
          if (!noteRow(text, l, lex)) table.rows.push(l);
          i++;
        } else if (l.kind === 'blank') {
          const nx = nextNonBlank(i + 1);
          // a second table's own header row ("Added today | Who | When") after the gap starts a new table
          if (nx && nx.kind === 'tab' && table.header && !headerRoles(text, cellsOf(nx), lex)) {
            i++;
          } else break;
        } else break;
      }
      cur.els.push(table);
      if (roles || carried) hasActionSection = true;
      continue;
    }

    // "1. Being home at night" with sentences on the lines below, not indented:
    // a numbered heading, and each line under it is read on its own
    if (line.kind === 'list' && numberedHeading(text, lines, i, lex) && !fieldsFollow(lines, i + 1)) {
      const toks = tokenize(text, line.contentStart, line.end);
      const kind = headingKind(toks, lex);
      newSection(kind === 'unknown' ? (cur.mode === 'action' ? 'action' : 'neutral') : kind, null, kind === 'unknown');
      i++;
      continue;
    }

    // "3. The plan" straight over "(i) …" items: a numbered section heading
    if (line.kind === 'list' && sectionOverSubList(text, line, lines[i + 1], lex)) {
      const toks = tokenize(text, line.contentStart, line.end);
      newSection(headingKind(toks, lex) as Mode, null);
      i++;
      continue;
    }

    if (line.kind === 'list') {
      const list: ListEl = { type: 'list', items: [] };
      while (i < n) {
        const l = lines[i] as LineInfo;
        if (l.kind === 'list') {
          // a numbered heading further down ends the list
          if (list.items.length > 0 && numberedHeading(text, lines, i, lex) && !fieldsFollow(lines, i + 1)) break;
          const item = { lines: [l], marker: l.marker };
          i++;
          let titled = !endsWithTerminal(text.slice(l.contentStart, l.end));
          while (i < n) {
            const c = lines[i] as LineInfo;
            // "(a) Dad will go on the course." over an indented "— Dad, from 8 Feb": the item's own who-and-when line
            const ww = c.kind === 'list' && c.indent > l.indent && DASH_MARKS.has(c.marker) && whoWhenLine(text, c, lex);
            if (ww) {
              item.lines.push({ ...c, kind: 'text', whoWhen: ww });
              i++;
              continue;
            }
            // "" step over "o<tab>Who: Dad", "o<tab>When: Friday" (and a deeper "§<tab>" note after them): its sub-bullets
            const sub = c.kind === 'list' && c.marker !== l.marker && c.marker[0] === 'b' ? classifyLine(text, { start: c.contentStart, end: c.end, text: text.slice(c.contentStart, c.end) }, lex) : null;
            if (sub && ((sub.kind === 'field' && sub.field !== 'what') || (item.lines.length > 2 && sub.kind === 'text' && (item.lines[1] as LineInfo).marker[0] === 'b' && (item.lines[1] as LineInfo).marker !== c.marker))) {
              // (the deeper note is read like a note field on the step)
              item.lines.push(sub.kind === 'text' ? { ...sub, kind: 'field', field: 'outcome', value: sub, marker: c.marker } : { ...sub, marker: c.marker });
              i++;
              continue;
            }
            if (c.kind === 'blank' || c.kind === 'list' || c.kind === 'tab' || c.opens) break;
            const prev = item.lines[item.lines.length - 1] as LineInfo;
            const prevText = text.slice(prev === l ? l.contentStart : prev.start, prev.end);
            const ok = c.kind === 'field' || titled || !endsWithTerminal(prevText) || c.indent > 0;
            if (!ok) {
              // "Update 3/2: booked." / "Progress – 2 sessions done" under the item: notes on it, and the list goes on
              while (i < n && PROGRESS_NOTE.test((lines[i] as LineInfo).text)) i++;
              break;
            }
            if (c.kind !== 'field') titled = false;
            item.lines.push(c);
            i++;
          }
          list.items.push(item);
        } else if (l.kind === 'blank') {
          // a list may have blank lines between items
          const nx = nextNonBlank(i + 1);
          if (nx && nx.kind === 'list') i++;
          else break;
        } else break;
      }
      cur.els.push(list);
      continue;
    }

    // a paragraph: consecutive text / field / kv lines
    const para: ParaEl = { type: 'para', lines: [] };
    while (i < n) {
      const l = lines[i] as LineInfo;
      // "Action: …" / (blank) / "Responsible: …": a blank line before a who or when field the record lacks does not end it;
      // "Action: …" met again starts the next record even with no blank line before it
      const f = l.kind === 'blank' ? nextNonBlank(i + 1) : l;
      const has = f?.kind === 'field' && para.lines.some((p) => p.kind === 'field' && p.field === f.field);
      if (l.kind === 'blank' && f?.kind === 'field' && f.field !== 'what' && !has) {
        i++;
        continue;
      }
      if (l.kind === 'field' && l.field === 'what' && has) break;
      if (l.kind === 'blank' || l.kind === 'list' || l.kind === 'tab' || (l.opens && para.lines.length > 0)) break;
      if (para.lines.length > 0 && l.text.includes('•') && inlineBullets(text, l.start, l.end, (t) => headingKind(t, lex) === 'action')) break;
      if (para.lines.length > 0 && l.kind === 'text') {
        // a heading-like line ends the paragraph
        const tt = l.text.trim();
        const prevL = para.lines[para.lines.length - 1] as LineInfo;
        const short = !endsWithTerminal(tt) || tt.endsWith('?');
        const toks = short ? tokenize(text, l.start, l.end) : [];
        if (short && wordCount(toks) <= 8 && headingKind(toks, lex) !== 'unknown' && prevL.kind !== 'field' && !(taskLine(text, l, lex) && taskLine(text, prevL, lex))) break;
      }
      para.lines.push(l);
      i++;
    }
    if (para.lines.length === 0) {
      i++;
      continue;
    }
    cur.els.push(para);
  }

  // a stage topic that turned out to hold the plan is its action section
  if (topicsInPlan(text, sections, lex)) hasActionSection = true;
  // ---- second pass: items
  let items = emitSections(text, sections, hasActionSection, false, lex);
  const strict = items.length;
  // Degrade gracefully: when the layout hid every action (unknown headings,
  // every section read as background), take whatever clearly reads as an
  // action ("X will…", "X to…", "… to be done") anywhere in the plan.
  if (items.length === 0) items = emitSections(text, sections, false, true, lex);
  // a review's old actions marked "NOT ACHIEVED – CARRIED FORWARD" are still part of the plan (review.ts)
  // a status line needs the word "status": most plans have none
  const statusWord = /status/i.test(text);
  if (items.length > 0 && statusWord && hasStatusLines(text)) {
    const carried = emitSections(text, sections, false, true, lex).filter((it) => it.kind === 'list' && openByStatus(text, it.span) && !items.some((o) => o.span.start < it.span.end && it.span.start < o.span.end));
    if (carried.length > 0) items = [...items, ...carried].sort((a, b) => a.span.start - b.span.start);
  }
  // minutes with "ACTION:" lines, lines ending "(HV – 19/01/27)": the marked lines are the actions
  const marked = markedItems(text, lines, lex, strict, (it) => {
    // "ACTION: book the room. Who: NF. By: 29/1"
    const inline = it.who === undefined && it.when === undefined ? inlineFields(text, it.what, lex) : null;
    if (inline) Object.assign(it, inline);
    gapFields(text, it, lex);
    dashFields(text, it, lex, false);
    bracketOwner(text, it, lex);
  });
  // "STATUS: ACHIEVED" under an old action of a review: done, not part of the plan (review.ts)
  const open = (list: Item[]): Item[] => (statusWord ? list.filter((it) => !doneByStatus(text, it.span)) : list);
  let all = open(marked ? mergeMarked(marked, items) : items);
  // a record of several lines pasted again (after a page break) is the same record, reported once
  const seen = new Set<string>();
  all = all.filter((it) => {
    const t = text.slice(it.span.start, it.span.end);
    const again = seen.has(t) && t.includes('\n');
    seen.add(t);
    return !again;
  });
  blankWhenTimedText(text, all, lex);
  return { items: all, hasActionSection: hasActionSection || !!marked?.whole };
}

/**
 * "Description: Mum to ring the SW within 24 hours" over a blank "Target
 * date:": a blank When field or cell does not hide the time the action's own
 * words give, so the time is read from the action text.
 */
function blankWhenTimedText(text: string, items: Item[], lex: Lex): void {
  for (const it of items) {
    if (it.when !== null || it.emptyWhat) continue;
    // a condition ("… talk to if they are worried") is when it applies, not when it is done
    const timed = (seg: Span): boolean => {
      const w = findWhen(text, seg, lex);
      if (!w) return false;
      const toks = tokenize(text, w.span.start, Math.min(w.span.end, w.span.start + 24));
      const t0 = toks[0];
      const t1 = toks[1]?.lower === 'the' ? toks[2] : toks[1];
      return t0 !== undefined && !TRIGGER_WORDS.has(t0.lower) && !(t0.lower === 'in' && (t1?.lower === 'event' || t1?.lower === 'case'));
    };
    if (it.what.some(timed)) it.when = undefined;
  }
}

/**
 * "THE PLAN" … "Noah's voice" / "• Ben (SW) to see Noah at school …": a topic
 * heading inside the plan can sound like background ("voice", "views") while
 * its list holds nothing but actions. Such a section, when every item of its
 * lists names a doer and a modal ("X to …", "X will …") and none opens with a
 * condition, is part of the plan; so are the topic sections of unknown kind
 * after it, which took their mode from it. True when the plan has an action section.
 */
function topicsInPlan(text: string, sections: Section[], lex: Lex): boolean {
  let planSeen = false;
  for (let k = 0; k < sections.length; k++) {
    const sec = sections[k] as Section;
    if (sec.mode === 'action') planSeen = true;
    // "PART 1 – MY PLAN" / "What happened" / "Me" / "I'll keep going to drama club…":
    // a topic of unknown kind after the plan began, whose every line is an action
    const inherited = sec.inherited && sec.mode === 'neutral' && sec.els.length > 0;
    if (planSeen && inherited && sec.els.every((e) => actionsOnly(text, e, lex))) {
      sec.mode = 'action';
      continue;
    }
    // "BEFORE BABY IS BORN" / "AT THE HOSPITAL" / "AFTER BABY COMES HOME": topic headings of unknown
    // kind before any action heading, the first over a list of nothing but actions, start the plan
    const first = !planSeen && inherited && sec.els.every((e) => e.type === 'list' && actionsOnly(text, e, lex));
    if (!first && (!sec.inPlan || sec.els.length === 0 || !sec.els.every((e) => e.type === 'list' && e.items.every((it) => plainAction(text, it.lines[0] as LineInfo, lex))))) continue;
    sec.mode = 'action';
    planSeen = true;
    // the topic sections straight after it are part of it, and the lists of stages straight before it
    for (let j = k + 1; j < sections.length; j++) {
      const next = sections[j] as Section;
      if (!next.inherited || next.mode !== 'neutral') break;
      next.mode = 'action';
    }
    for (let j = k - 1; first; j--) {
      const prev = sections[j] as Section;
      if (!prev.inherited || prev.mode !== 'neutral' || !prev.els.every((e) => e.type === 'list')) break;
      prev.mode = 'action';
    }
  }
  return planSeen;
}

/** Every item, line or sentence of a list or paragraph reads as an action with its doer; one at least has no condition. */
function actionsOnly(text: string, el: El, lex: Lex): boolean {
  let plain = 0;
  const spans: Span[] = [];
  if (el.type === 'list') for (const it of el.items) spans.push(trimSpan(text, (it.lines[0] as LineInfo).contentStart, (it.lines[it.lines.length - 1] as LineInfo).end));
  else if (el.type === 'para' && el.lines.every((l) => l.kind === 'text')) {
    const first = el.lines[0] as LineInfo;
    const last = el.lines[el.lines.length - 1] as LineInfo;
    spans.push(...splitSentences(text, trimSpan(text, first.start, last.end)));
  } else return false;
  // a long list may hold one item in four whose doer is not recognised ("Adult Social Care to assess …")
  let misses = 0;
  let timedAll = true;
  // and a paragraph under a topic heading may add a remark to its action ("Tanya will visit … . Kayden can ring her …")
  const allowed = el.type === 'list' ? (spans.length >= 4 ? Math.floor(spans.length / 4) : 0) : Math.floor(spans.length / 2);
  for (const sp of spans) {
    const info = analyseClause(text, sp, lex);
    // "Parenting assessment [Priya] by 36 weeks", "… [Priya – by 3 May]": an item with its owner in brackets is an action
    const it: Item = { kind: 'list', span: sp, what: [sp], who: undefined, when: undefined };
    if (el.type === 'list') bracketOwner(text, it, lex);
    if (!it.who && !(el.type === 'list' && trailingBracket(text, sp, lex)?.who) && (info.modal < 0 || (!info.subject && !info.passive))) {
      // "If someone messages me, I'll screenshot it": the action follows the condition
      const comma = info.tokens.findIndex((t) => t.text === ',');
      const t0 = info.tokens[0];
      const after = comma > 0 && t0 && CONDITIONS.has(t0.lower) ? analyseClause(text, { start: (info.tokens[comma] as Token).end, end: sp.end }, lex) : null;
      if (!after || after.modal < 0 || !after.subject) {
        if (++misses > allowed) return false;
      }
      continue;
    }
    const t0 = info.tokens[0];
    if (t0 && !CONDITIONS.has(t0.lower)) plain++;
    // a paragraph with a remark in it must give each action its time (outcome statements give none)
    if (el.type === 'para' && allowed > 0 && !findWhen(text, sp, lex)) timedAll = false;
  }
  if (el.type === 'para' && misses > 0 && !timedAll) return false;
  return plain > 0 && plain >= (el.type === 'list' ? 3 : 1) * misses;
}

/** A list line that reads as an action with its own doer and no condition before it. */
function plainAction(text: string, line: LineInfo, lex: Lex): boolean {
  const span = trimSpan(text, line.contentStart, line.end);
  const info = analyseClause(text, span, lex);
  const t0 = info.tokens[0];
  if (!t0 || CONDITIONS.has(t0.lower)) return false;
  return info.modal >= 0 && (info.subject !== null || info.passive);
}

/** Words that open a condition rather than a time: "if they are worried", "should he relapse". */
const TRIGGER_WORDS = new Set(['if', 'should', 'unless', 'whenever']);

const CONDITIONS = new Set(['if', 'should', 'unless', 'when', 'whenever', 'in', 'once']);

function emitSections(text: string, sections: readonly Section[], hasActionSection: boolean, relaxed: boolean, lex: Lex): Item[] {
  const items: Item[] = [];
  let planSeen = false;
  for (let si = 0; si < sections.length; si++) {
    const sec0 = sections[si] as Section;
    let sec: Section = relaxed && sec0.mode === 'not-action' && !sec0.firm ? { ...sec0, mode: 'neutral' } : sec0;
    // "At the hospital" between two parts of the plan, or "You" over a list: a heading inside the plan, its list all items
    const onlyList = sec.els.length > 0 && sec.els.every((e) => e.type === 'list');
    if (sec.mode === 'neutral' && onlyList && (sec.owner || (sections[si - 1]?.mode === 'action' && sections[si + 1]?.mode === 'action'))) sec = { ...sec, mode: 'action' };
    // "We will all meet again … on 3 May" under advice after the plan (narrative.ts)
    if ((sec.mode === 'not-action' || (sec.mode === 'neutral' && hasActionSection)) && planSeen) closingMeetings(text, sec, lex, items, sec.mode === 'neutral');
    if (sec.mode === 'action') planSeen = true;
    const hasStructure = sec.els.some((e) => e.type === 'list' || e.type === 'table');
    const open = sec.mode === 'action' || (sec.mode === 'neutral' && !hasActionSection);
    const before = items.length;
    for (const el of sec.els) {
      if (el.type === 'table') {
        if (!el.header && !open) continue;
        if (sec.mode === 'not-action' && !el.header) continue;
        emitTable(text, el, lex, items);
      } else if (el.type === 'list') {
        if (sec.mode === 'not-action') continue;
        emitList(text, el, sec.mode === 'action' ? 'all' : open || sec.mode === 'mixed' ? 'strong' : 'fields', lex, items);
      } else {
        const hasFields = el.lines.some((l) => l.kind === 'field' && (l.field === 'who' || l.field === 'when'));
        const hasText = el.lines.some((l) => l.kind === 'text' || (l.kind === 'field' && l.field === 'what'));
        if (hasFields && hasText) {
          if (sec.mode !== 'not-action' && !detailsBlock(text, el.lines, lex)) emitBlock(text, el.lines, null, lex, items, 'block');
          continue;
        }
        if (hasStructure && sec.mode === 'action') strayLines(text, el, lex, items);
        // a views paragraph: "… said at the meeting that he will …" (narrative.ts)
        if (sec.mode === 'not-action' && sec.views) {
          for (const s of splitSentences(text, trimSpan(text, (el.lines[0] as LineInfo).start, (el.lines[el.lines.length - 1] as LineInfo).end))) if (reportedPromise(text, s, lex)) items.push({ kind: 'sentence', span: s, what: [s], who: undefined, when: undefined });
        }
        if ((!open && sec.mode !== 'mixed') || hasStructure) continue;
        // "Poppy" over "Poppy said, “I'm tired at school.” …": under a heading of unknown kind, someone's words and what follows them
        if (sec.inherited && REPORTED.test((el.lines[0] as LineInfo).text)) continue;
        emitProse(text, el, sec.mode === 'action' ? 'action' : 'strong', lex, items);
      }
    }
    // an owner from a nearer heading (a person heading inside the list) wins
    if (sec.owner) for (let k = before; k < items.length; k++) (items[k] as Item).sectionOwner ??= sec.owner;
    if (sec.head) for (let k = before; k < items.length; k++) (items[k] as Item).sectionHead ??= sec.head;
  }
  return items;
}

/** Paragraphs of one sentence after the plan that set the next meeting with a date (narrative.ts). */
function closingMeetings(text: string, sec: Section, lex: Lex, items: Item[], neutral: boolean): void {
  for (const el of sec.els) {
    if (el.type !== 'para') continue;
    if (el.lines.length !== 1 || el.lines[0]?.kind !== 'text') continue;
    const s = trimSpan(text, (el.lines[0] as LineInfo).start, (el.lines[0] as LineInfo).end);
    // under a heading of unknown kind ("Review") the meeting may be named, not "we": "The review conference will be on 3 May."
    // "We will meet again on 3 May. Bring Nan if you like.": the first sentence sets the meeting
    const sents = splitSentences(text, s);
    const s0 = sents[0];
    if (s0 && (closingMeeting(text, s0, lex) || (sents.length === 1 && neutral && meetingDate(text, s, lex, false)))) items.push({ kind: 'sentence', span: s0, what: [s0], who: undefined, when: undefined });
  }
}

/**
 * A paragraph beside an action section's list or table is mostly a remark;
 * two shapes still give an action: "If she is sent another message, save it
 * and ring 101" (a condition, then an order) and "Leaflet for the neighbours
 * – Sam to write it" (an item, a dash, a named doer "to" act).
 */
function strayLines(text: string, el: ParaEl, lex: Lex, items: Item[]): void {
  const textLines = el.lines.filter((l) => l.kind === 'text');
  if (textLines.length !== el.lines.length || textLines.length > 2) return;
  if (textLines.length === 1) {
    const l = textLines[0] as LineInfo;
    const toks = tokenize(text, l.start, l.end);
    const dash = toks.findIndex((t, k) => k > 1 && (t.text === '–' || t.text === '—'));
    const after = toks[dash + 1];
    if (dash > 0 && after) {
      const info = analyseClause(text, { start: after.start, end: l.end }, lex);
      if (info.modal > 0 && info.subject?.start === after.start && (info.tokens[info.modal] as Token).lower === 'to' && !info.passive) {
        emitBlock(text, [l], null, lex, items, 'list');
        const item = items[items.length - 1];
        if (item && item.who === undefined) item.who = info.subject;
        return;
      }
    }
    // "Life story book to be made by Sam with Mum and Dad.": a task passed to a named doer
    const sp = trimSpan(text, l.start, l.end);
    const info = analyseClause(text, sp, lex);
    if (info.passive && info.agent && info.tokens[info.modal]?.lower === 'to') {
      items.push({ kind: 'sentence', span: sp, what: [sp], who: info.agent, when: undefined });
      return;
    }
    // "Progress to be looked at every core group.": a passive step with no doer, set at the plan's own meetings
    if (info.passive && !info.agent && info.tokens[info.modal]?.lower === 'to' && info.tokens.some((t, q) => q > info.modal && (t.lower === 'each' || t.lower === 'every' || t.lower === 'next') && (lex.anchors.matchAt(info.tokens, q + 1) > 0 || lex.activityEvents.matchAt(info.tokens, q + 1) > 0))) {
      items.push({ kind: 'sentence', span: sp, what: [sp], who: undefined, when: undefined });
      return;
    }
    // "Everyone will keep an eye on how you are.", "We will look at this agreement again on 8 Feb.":
    // one sentence on its own line under the lists, its doer and "will" first
    if (info.subject?.start === sp.start && !info.passive && willModal(info.tokens[info.modal]?.lower) && splitSentences(text, sp).length === 1 && !notAnAction(info, lex)) {
      items.push({ kind: 'sentence', span: sp, what: [sp], who: undefined, when: undefined });
      return;
    }
    // "We will meet again on 3 May at 2pm. The review is in June.", "Core group to keep meeting monthly, next on 4.3.":
    // a first sentence led by its doer with "will" or "to", a meeting and a time
    const s0 = splitSentences(text, sp)[0] as Span;
    const i0 = s0.end < sp.end ? analyseClause(text, s0, lex) : info;
    const m0 = i0.tokens[i0.modal]?.lower;
    if (i0.subject?.start === sp.start && !i0.passive && (willModal(m0) || m0 === 'to') && i0.tokens.some((t) => t.lower === 'meet' || t.lower === 'meeting') && !notAnAction(i0, lex) && findWhen(text, s0, lex)) {
      items.push({ kind: 'sentence', span: s0, what: [s0], who: undefined, when: undefined });
      return;
    }
  }
  const first = textLines[0] as LineInfo;
  const last = textLines[textLines.length - 1] as LineInfo;
  const sents = splitSentences(text, trimSpan(text, first.start, last.end));
  // "If she goes missing, call 999. If Dad does not…, Zoe will…": a paragraph of conditions only is the contingency
  if (sents.length > 1 && sents.every((s) => TRIGGER_WORDS.has(tokenize(text, s.start, s.start + 12)[0]?.lower ?? ''))) return;
  for (const s of sents) {
    const org = orgSubject(text, s, lex);
    if (org || conditionOrder(text, s, lex)) items.push({ kind: 'sentence', span: s, what: [s], who: org ?? undefined, when: undefined });
  }
}

/** "will", or the doer and "will" in one word ("we'll"). */
const willModal = (w: string | undefined): boolean => w === 'will' || !!w?.endsWith("'ll");
const OFFER = /^(?:we|you) (?:can|could) /i;
/** "It runs …", "They start …", "My first visit will be …": a sentence that goes on about the thing the one before set up. */
const DETAIL = /^(?:it|this|they|these|(?:my|your|our|the|his|her|their) (?:first|next) [a-z]{3,12}) [a-z]/i;
const ORG_HEADS = new Set(['service', 'scheme', 'team', 'unit', 'project', 'agency', 'charity', 'centre', 'clinic', 'council']);

/**
 * "The Home Safety scheme will fit…", "Family Support Service will ring…": a
 * body the owner lexicon does not know, named by capitals or by a head noun
 * of an organisation, then "will" and a verb. Returns the body's span.
 */
function orgSubject(text: string, s: Span, lex: Lex): Span | null {
  const toks = tokenize(text, s.start, Math.min(s.end, s.start + 200));
  const w = toks.findIndex((t, k) => k > 0 && k <= 5 && t.lower === 'will');
  const verb = toks[w + 1];
  if (w < 1 || !verb || !verb.word || isCapitalised(verb) || verb.lower === 'be' || verb.lower === 'need') return null;
  const from = toks[0]?.lower === 'the' ? 1 : 0;
  const words = toks.slice(from, w);
  if (words.length === 0 || !words.every((t) => t.word && !lex.determiners.hasToken(t))) return null;
  const head = words[words.length - 1] as Token;
  const named = words.length >= 2 && words.every((t) => isCapitalised(t));
  if (!named && !(ORG_HEADS.has(head.lower) && (from === 1 || isCapitalised(words[0] as Token)))) return null;
  return { start: (toks[0] as Token).start, end: head.end };
}

/** "If he rings again, write down the time and tell the school": a condition, then a verb of the imperative list opening a piece. */
function conditionOrder(text: string, s: Span, lex: Lex): boolean {
  const toks = tokenize(text, s.start, Math.min(s.end, s.start + 300));
  const t0 = toks[0];
  const comma = toks.findIndex((t) => t.text === ',');
  if (!t0 || !TRIGGER_WORDS.has(t0.lower) || comma < 2) return false;
  for (let k = comma; k < toks.length - 1; k++) {
    const t = toks[k] as Token;
    // "ring me", "text us": an invitation to get in touch, not an order
    const obj = toks[k + 2]?.lower;
    if ((t.text === ',' || t.lower === 'and') && lex.imperatives.hasToken(toks[k + 1] as Token) && obj !== 'me' && obj !== 'us') return true;
  }
  return false;
}

/** A line of children's names with their ages: "Finn Ward (6) and Lacey Ward (3)". */
const CHILDREN = /^(?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* \((?:aged )?\d{1,2}(?: (?:years?|yrs?|months?))?\)(?:,? and |, | & |$))+$/;

/**
 * "Date: 26/11/2026   Next review: …" over "Mum: Tracey Reid" and "Core group
 * meets every 4 weeks.": a block that opens with a date or owner field and
 * whose other lines hold no action is the plan's details, not an action.
 */
function detailsBlock(text: string, lines: readonly LineInfo[], lex: Lex): boolean {
  const first = lines[0] as LineInfo;
  // (or with the children's names and ages: "Finn Ward (6) and Lacey Ward (3)")
  if ((first.kind !== 'field' || first.field === 'what') && !CHILDREN.test(first.text.trim())) return false;
  for (const l of lines) {
    if (l.kind === 'field' && l.field === 'what') return false;
    if (l.kind === 'text' && strongAction(text, [trimSpan(text, l.start + l.indent, l.end)], lex)) return false;
  }
  return true;
}

/** Cells of a line cut at runs of two or more spaces (or tabs); absolute spans. */
function spacedCells(text: string, start: number, end: number): Cell[] {
  const out: Cell[] = [];
  let i = start;
  while (i < end) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const a = i;
    let b = i;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === 9 || (isSpace(c) && isSpace(text.charCodeAt(i + 1)) && i + 1 < end)) break;
      if (!isSpace(c)) b = i + 1;
      i++;
    }
    out.push({ span: { start: a, end: b }, empty: false });
  }
  return out;
}

/** Put each piece of a spaced row under the header column it starts in. */
function toColumns(lineStart: number, pieces: readonly Cell[], header: readonly Cell[], headerStart: number): Cell[] {
  const cols: Cell[] = header.map(() => ({ span: { start: 0, end: 0 }, empty: true }));
  for (const p of pieces) {
    const x = p.span.start - lineStart;
    let c = 0;
    for (let k = 0; k < header.length; k++) if ((header[k] as Cell).span.start - headerStart <= x + 2) c = k;
    const cell = cols[c] as Cell;
    if (cell.empty) cols[c] = { span: { ...p.span }, empty: false };
    else cell.span.end = p.span.end;
  }
  return cols;
}

/**
 * A first cell too wide for its column pushes the next cell one space along:
 * "If seizure > 5 min – Give …" under "WHEN  WHAT". Cut the line at the first
 * spaced dash or colon near where the second column starts.
 */
function cutOverflow(text: string, lineStart: number, piece: Cell, col2: number): Cell[] {
  const { start, end } = piece.span;
  const limit = Math.min(end - 2, lineStart + col2 + 12);
  for (let i = start + 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    const dash = (c === 0x2013 || c === 0x2014 || c === 45) && text.charCodeAt(i - 1) === 32;
    const colon = c === 58 && !/\d/.test(text.charAt(i + 1));
    if (!dash && !colon) continue;
    if (text.charCodeAt(i + 1) !== 32) continue;
    let j = i + 1;
    while (j < end && isSpace(text.charCodeAt(j))) j++;
    if (j - lineStart < col2 - 2 || j >= end) continue;
    return [{ span: { start, end: i + 1 }, empty: false }, { span: { start: j, end }, empty: false }];
  }
  return [piece];
}

/** Rows of a spaced table, from lines[i]; returns the index after the table. */
function collectSpaced(text: string, lines: readonly LineInfo[], from: number, header: readonly Cell[], out: SpacedRow[], grouped = false): number {
  const headerStart = lineStartOf(text, (header[0] as Cell).span.start);
  const firstCol = (header[0] as Cell).span.start - headerStart;
  let i = from;
  while (i < lines.length) {
    const l = lines[i] as LineInfo;
    if (l.kind === 'blank') {
      const nx = lines[i + 1];
      if (nx && nx.kind !== 'blank' && spacedCells(text, nx.start, nx.end).length >= 2) {
        i++;
        continue;
      }
      break;
    }
    let pieces = spacedCells(text, l.start, l.end);
    if (pieces.length === 0) break;
    const prev = out[out.length - 1];
    // "Page 2 of 3" between two rows: a PDF's page footer, not the end of the table
    // (printed with the date across the page), and the next page's running header over an empty line
    if (prev && isPageLine(text, l)) {
      i += lines[i + 2]?.kind === 'blank' ? 2 : 1;
      continue;
    }
    if (pieces.length === 1 && header.length >= 2) pieces = cutOverflow(text, l.start, pieces[0] as Cell, (header[1] as Cell).span.start - headerStart);
    // a PDF row whose action wraps: the next line starts at the left in lower case, after a cell
    // that did not end a sentence ("Parents to lock the tablets in the" / "lockbox …")
    const lead = text.slice((pieces[0] as Cell).span.start, (pieces[0] as Cell).span.end);
    const last = prev?.more.at(-1) ?? prev?.cells[0]?.span;
    // or ends the sentence in a word or two that start with a capital ("… to the Disabled Children's" / "Team.")
    const wraps = !!last && ((/^[a-z]/.test(lead) && !/^\S+ (?:to|will)\b/.test(lead)) || (pieces.length < 2 && lead.endsWith('.') && lead.split(' ').length < 3)) && !endsWithTerminal(text.slice(last.start, last.end));
    // rows numbered in the margin ("4    Police to flag …"): a line that starts under the text, not under the number, goes on the row
    const x0 = (pieces[0] as Cell).span.start - l.start;
    const hung = !!prev && x0 >= firstCol - 2 && prev.span.start - lineStartOf(text, prev.span.start) < firstCol - 2 && /^\d{1,2}[.)]?\s/.test(text.slice(prev.span.start, prev.span.start + 4));
    const indentedFirst = x0 > firstCol + 2 || wraps || hung;
    // "What needs    Who will    By" over "to happen     do it       when": the header's headings wrapped onto a line in lower case
    if (!prev && i === from && pieces.every((p) => /[a-z]/.test(text[p.span.start] as string))) {
      i++;
      continue;
    }
    // a wrapped line: the first column is empty and it follows a row
    const cols = toColumns(l.start, pieces, header, headerStart);
    const act = cols[1] as Cell;
    const pa = prev?.cells[1];
    // under outcomes written only on each one's first row, a line with a capitalised step of its own
    // and an owner or time, after a step that ended, is a new row: "   Weigh Ben   HV   Monthly"
    const newRow = grouped && !act.empty && /[A-Z]/.test(text[act.span.start] as string) && pieces.length > 1 && pa && !pa.empty && !openEnded(text, prev.more.at(-1) ?? pa.span);
    if (prev && indentedFirst && !newRow) {
      for (let k = 0; k < cols.length; k++) {
        const c = cols[k] as Cell;
        if (c.empty) continue;
        const pc = prev.cells[k] as Cell;
        if (pc.empty) prev.cells[k] = c;
        else prev.more.push(c.span);
      }
      prev.span.end = l.end;
      i++;
      continue;
    }
    if (pieces.length < 2 && !prev) break;
    if (pieces.length < 2 && l.end - l.start > 0 && !indentedFirst) {
      // a line of text on its own at the left: the table has ended
      break;
    }
    // as many pieces as headings: cells parted by runs of spaces that do not line up (tabs turned into spaces)
    out.push({ span: trimSpan(text, l.start, l.end), cells: pieces.length === header.length ? pieces : toColumns(l.start, pieces, header, headerStart), more: [] });
    i++;
  }
  return i;
}

/** A line that is nothing but one column heading ("Who will do this", "By when"), without a colon. */
function headingCell(text: string, l: LineInfo | undefined, lex: Lex): boolean {
  if (!l || l.kind !== 'text' || l.text.trimEnd().endsWith(':') || manyPieces(l.text, 9)) return false;
  const toks = tokenize(text, l.start, l.end).filter((t) => t.text !== '?');
  return toks.length < 9 && !!nameRole(toks, lex);
}

/**
 * Does `s` hold at least `n` runs of characters between white space that are
 * not all question marks? Each such run gives at least one token that is not
 * "?", so a line of `n` runs cannot be a column heading of fewer than `n`
 * tokens, and is not tokenised to find that out (most lines are prose).
 */
function manyPieces(s: string, n: number): boolean {
  let runs = 0;
  let inRun = false;
  let counted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isTokenSpace(c)) {
      inRun = false;
      continue;
    }
    if (!inRun) {
      inRun = true;
      counted = false;
    }
    if (!counted && c !== 63) {
      counted = true;
      if (++runs >= n) return true;
    }
  }
  return false;
}

/**
 * "What needs to happen" / "Who will do this" / "By when", one under the
 * other: the header of a table whose tabs were lost, each cell now on a line of
 * its own. At least two headings, one of them the action and one the owner or
 * the time, and a filled line after them. Returns the heading cells, or null.
 */
function lineCellHeader(text: string, lines: readonly LineInfo[], i: number, lex: Lex): Cell[] | null {
  const cells: Cell[] = [];
  for (let k = i; headingCell(text, lines[k], lex); k++) cells.push({ span: trimSpan(text, (lines[k] as LineInfo).start, (lines[k] as LineInfo).end), empty: false });
  // one empty line may part the header from the first row when that row is whole
  let k = i + cells.length;
  if (lines[k]?.kind === 'blank') for (let n = ++k; n < k + cells.length; n++) if ((lines[n]?.kind ?? 'blank') === 'blank') return null;
  const next = lines[k];
  if (cells.length < 2 || cells.length > 6 || !next || next.kind === 'blank') return null;
  return headerRoles(text, cells, lex)?.includes('what') ? cells : null;
}

/**
 * The rows of a table with one cell a line: `width` lines a row, an empty line
 * for an empty cell. When the first row is followed by one empty line, an
 * empty line parts the rows. The table ends at an empty line where a row would
 * start, at a background or contingency heading over a paragraph ("If things
 * do not get better"), or at the end of the text. Returns the index after it.
 */
function collectLineCells(text: string, lines: readonly LineInfo[], from: number, roles: readonly ColRole[], lex: Lex, out: SpacedRow[]): number {
  const width = roles.length;
  const filled = (k: number): boolean => lines[k] !== undefined && (lines[k] as LineInfo).kind !== 'blank';
  let parted = !filled(from + width) && filled(from + width + 1);
  for (let k = from; k < from + width; k++) parted &&= filled(k);
  let i = from;
  while (filled(i)) {
    const l = lines[i] as LineInfo;
    // "Page 1 of 2" and the header printed again at the top of the next page
    if (out.length > 0 && isPageLine(text, l)) {
      i += filled(i + 1) ? 1 : 2;
      continue;
    }
    // (or after a footer line of another kind, "- 2 -")
    let h = headingCell(text, l, lex) ? i : i + 1;
    const top = h;
    while (out.length > 0 && h < top + width && headingCell(text, lines[h], lex)) h++;
    if (h === top + width) {
      i = h;
      continue;
    }
    const toks = tokenize(text, l.start, l.end);
    if (out.length > 0 && wordCount(toks) <= 8 && !endsWithTerminal(l.text) && headingKind(toks, lex) === 'not-action') {
      const nx = lines[i + 1];
      if (!filled(i + 1) || (endsWithTerminal((nx as LineInfo).text) && wordCount(tokenize(text, (nx as LineInfo).start, (nx as LineInfo).end)) >= 8)) break;
    }
    // a lone sentence after an empty line (a footer) ends a table whose rows are parted, unless the
    // row's last cell follows it ("Review to be called if … ⏎ (empty Who) ⏎ ASAP")
    if (parted && !filled(i + 1) && endsWithTerminal(l.text) && !(filled(i + width - 1) && !filled(i + width) && !endsWithTerminal((lines[i + width - 1] as LineInfo).text))) break;
    const cells: Cell[] = [];
    for (; cells.length < width; i++) {
      const c = lines[i] as LineInfo;
      // a page footer between two cells of a row
      if (cells.length > 0 && filled(i) && isPageLine(text, c)) continue;
      // a blank Who cell the PDF copy dropped: after a whole sentence, the time stands where the owner would
      if (roles[cells.length] === 'who' && roles[cells.length + 1] === 'when' && endsWithTerminal(l.text) && filled(i) && whoWhenLine(text, c, lex) === true) cells.push({ span: NO_SPAN, empty: true });
      cells.push(filled(i) ? { span: trimSpan(text, c.start, c.end), empty: false } : { span: NO_SPAN, empty: true });
    }
    const full = cells.filter((c) => !c.empty);
    out.push({ span: { start: (full[0] as Cell).span.start, end: (full[full.length - 1] as Cell).span.end }, cells, more: [] });
    if (parted && !filled(i)) i++;
  }
  return Math.min(i, lines.length);
}

/** "1.1", "3", "2)" alone on a line: the number of a table row whose cells follow. */
const ROW_NO = /^\s*\d{1,2}(?:\.\d{1,2})?[.)]?\s*$/;
const DASH_MARKS = new Set(['b—', 'b–', 'b-']);

/** "Dad, starting 8th Feb", "Mrs Patel (DSL), same day", "by the review": a short line of only a doer (its span) and a time, or a time (true). */
function whoWhenLine(text: string, l: LineInfo, lex: Lex): Span | boolean {
  if (l.end - l.contentStart > 64 || endsWithTerminal(l.text)) return false;
  // (the comma is looked for within the line, at most 64 characters)
  const comma = text.slice(l.contentStart, l.end).indexOf(',');
  const who = trimSpan(text, l.contentStart, comma >= 0 ? l.contentStart + comma : l.end);
  if (ownerPart(text, who, lex, true)) return who;
  const rest = trimSpan(text, l.contentStart, l.end);
  const when = findWhen(text, rest, lex);
  return !!when && when.span.start - rest.start <= 4;
}

/** "mum -> ring the GP about the rash" over another such line: a phone-typed task, not a heading (arrow-lines.ts). */
function arrowTask(text: string, l: LineInfo, next: LineInfo, lex: Lex): boolean {
  const a = arrowSplit(text, l);
  return !!a && (ownerPart(text, a.owner, lex, true) || !!arrowSplit(text, next));
}

/** "Update 3/2:", "Progress – …": a line of news on the item above it (its first words, then a colon or dash). */
const PROGRESS_NOTE = /^\s{0,8}(?:update[ds]?|progress)\b[^:\n]{0,16}[:–—-]/i;
/** "PROGRESS: …", "Update at review:", "RAG: Amber", "GREEN": a review cell under the row's own cells. */
const NOTE_CELL = /^\W*(?:progress|update|status|rag|red|amber|green)\b/i;

/**
 * A table pasted from a PDF with every cell on a line of its own, each row
 * under its number ("1.1" ⏎ action ⏎ lead ⏎ date due ⏎ "PROGRESS: …" ⏎
 * "AMBER"). An empty line is an empty lead or date cell; when the empty lines
 * were lost, a lone cell is the time if it reads as one. Progress and RAG
 * lines end the row's cells and stay in its text. Returns the index after the
 * rows, or null for fewer than two rows or none with a lead or date cell.
 */
function numberedCellRows(text: string, lines: readonly LineInfo[], i: number, lex: Lex): [SpacedRow[], number] | null {
  const rows: SpacedRow[] = [];
  const at = (k: number): string => lines[k]?.text ?? '';
  let celled = false;
  while (ROW_NO.test(at(i))) {
    let k = i + 1;
    while (lines[k]?.kind === 'blank') k++;
    const act = lines[k];
    const ak = k;
    if (!act || ROW_NO.test(act.text)) break;
    const row: SpacedRow = { span: { start: act.start, end: act.end }, cells: [{ span: trimSpan(text, act.start, act.end), empty: false }], more: [] };
    const slots: Span[] = [];
    // the lead and date cells: short, not a sentence, not a field
    for (k++; k - ak < 3 && k < lines.length && !ROW_NO.test(at(k)) && !NOTE_CELL.test(at(k)) && /^(?:[^.:]|[.:]\S){0,59}$/.test(at(k)); k++) {
      const l = lines[k] as LineInfo;
      row.who = row.when = null;
      if (l.kind !== 'blank') slots.push(trimSpan(text, l.start, (row.span.end = l.end)));
    }
    const [a, b] = slots;
    if (b) [row.who, row.when] = [a as Span, b];
    else if (a) row[findWhen(text, a, lex) ? 'when' : 'who'] = a;
    celled ||= a !== undefined;
    // progress and RAG lines, and a wrapped progress line under them
    for (let note = false; k < lines.length && !ROW_NO.test(at(k)) && lines[k]?.kind !== 'blank' && (note ||= NOTE_CELL.test(at(k))); k++) row.span.end = (lines[k] as LineInfo).end;
    rows.push(row);
    while (lines[k]?.kind === 'blank') k++;
    i = k;
  }
  return rows.length > 1 && celled ? [rows, i] : null;
}

function lineStartOf(text: string, pos: number): number {
  let p = pos;
  while (p > 0 && text[p - 1] !== '\n' && text[p - 1] !== '\r') p--;
  return p;
}

function emitTable(text: string, el: TableEl, lex: Lex, items: Item[]): void {
  let roles: ColRole[] | null = null;
  if (el.spacedHeader) roles = headerRoles(text, el.spacedHeader, lex);
  else if (el.header) roles = headerRoles(text, cellsOf(el.header), lex);
  const rows: { span: Span; cells: Cell[]; more: Span[]; who?: FieldValue; when?: FieldValue }[] = el.spaced
    ? el.spaced
    : el.rows.filter((r) => !r.rule).map((row) => {
        const span = trimSpan(text, row.start, row.end);
        // keep trailing tabs (blank trailing cells) in the row text
        if (row.sep !== '|') span.end = row.end;
        return { span, cells: cellsOf(row, row.sep === '|' ? el.outer : false), more: [] };
      });
  for (const row of rows) {
    const cells = row.cells;
    const span = row.span;
    // a header printed again on a new page, or the upper row of a two-row header
    if (cells.every((c) => c.empty) || (!el.spaced && (text.slice(span.start, span.end) === el.header?.text.trim() || cells.every((c) => c.empty || columnName(text, c.span, lex))))) continue;
    let who: FieldValue;
    let when: FieldValue;
    const what: Span[] = [];
    let whatSeen = false;
    let who2: Span | undefined;
    if (roles) {
      for (let k = 0; k < cells.length; k++) {
        const c = cells[k] as Cell;
        const r = roles[k] ?? 'outcome';
        if (r === 'who') who = c.empty ? null : c.span;
        else if (r === 'who2') who2 ??= c.empty ? undefined : c.span;
        else if (r === 'when') when = c.empty ? null : c.span;
        else if (r === 'what') {
          whatSeen = true;
          if (!c.empty) what.push(c.span);
        }
      }
      if (roles.includes('who') && who === undefined) who = null;
      if (who === null && who2) who = who2;
      if (roles.includes('when') && when === undefined) when = null;
      // "Worries | Ava has missed school | | ": a row filed under a background part in a section column, with no doer or time
      if (!who && !when && (who ?? when) === null && roles.some((r, k) => r === 'unknown' && cells[k] && headingKind(tokenize(text, cells[k].span.start, cells[k].span.end), lex) === 'not-action')) continue;
      if (!whatSeen) {
        const first = cells.find((c) => !c.empty);
        if (first) what.push(first.span);
      }
    } else {
      // "Jo Hart SW | Riverside Team | 020 7946 0123": a contact line set out with pipes, not a row of the plan
      if (cells.some((c) => contactCell(text, c.span))) continue;
      // no header: first cell is the action; guess the rest later from their words
      const nonEmpty = cells.filter((c) => !c.empty);
      const first = nonEmpty[0];
      if (first) what.push(first.span);
      for (const c of nonEmpty.slice(1)) what.push(c.span);
    }
    // a right-hand column read as "owner – time" (columns-pdf.ts), cells on lines of their own
    if (row.who !== undefined) who = row.who;
    if (row.when !== undefined) when = row.when;
    if (what.length > 0) for (const m of row.more) what.push(m);
    const item: Item = { kind: 'row', span, what, who, when };
    if (what.length === 0) item.emptyWhat = true;
    items.push(item);
  }
}

/** "Lead", "By when": a cell that is only a column's name (a header repeated on a new page, or the upper row of a two-row header). */
function columnName(text: string, s: Span, lex: Lex): boolean {
  const toks = tokenize(text, s.start, s.end);
  return !!nameRole(toks, lex) || lex.colIgnore.equals(toks);
}

/** A cell that is only a phone number: "020 7946 0123", "07700 900123". */
function contactCell(text: string, s: Span): boolean {
  return /^[0-9 ()+-]{11,}$/.test(text.slice(s.start, s.end));
}

function emitList(text: string, el: ListEl, policy: 'all' | 'strong' | 'fields', lex: Lex, items: Item[]): void {
  const its = el.items;
  // "Health visitor: …", "Beth (SW): …", "Pathways Recovery: …": in a list whose
  // items lead with an owner, a service named without a role word leads too
  let led = 0;
  for (const it of its) if (led < 2 && ownerLead(text, it.lines[0] as LineInfo, lex, it.lines[0]?.contentStart)) led++;
  const namesLead = led >= 2;
  // "• Hannah will:" over indented "o …" items: the heading's person owns them
  let group: { owner: Span; marker: string; indent: number } | null = null;
  // a ticked box beside open ones is done, not part of the plan (sub-items.ts),
  // unless it still reads as a task ("GP to send …") or is a task's record (its owner and date in fields under it)
  const open = its.some((it) => it.marker === 'k');
  // "* Owen to book … * Nan to collect … * Referral to the Haven": in a list of four or more items, two
  // in three of them clear steps, the rest are steps of the same list written short
  let strong = 0;
  if (policy === 'strong' && its.length >= 4) for (const it of its) if (strongAction(text, [trimSpan(text, (it.lines[0] as LineInfo).contentStart, (it.lines[0] as LineInfo).end)], lex)) strong++;
  // (bullets only, one kind for every item: numbers may put an outcome over its steps, "1." over "1.1")
  const mostlyActions = strong * 3 >= its.length * 2 && its.every((it) => it.marker === its[0]?.marker && it.marker[0] === 'b');
  for (let k = 0; k < its.length; k++) {
    const it = its[k] as { lines: LineInfo[]; marker: string };
    const l0 = it.lines[0] as LineInfo;
    const hasField = it.lines.some((l) => l.kind === 'field');
    if (open && it.marker === 'K' && !hasField && !/^\S+(?: \S+){0,2} to /.test(text.slice(l0.contentStart, l0.end))) continue;
    const next = its[k + 1];
    const head0 = it.lines[0] as LineInfo;
    if (group && sameFamily(it.marker, group.marker) && head0.indent <= group.indent) group = null;
    // "1. BABY’S BIRTH": a heading in capitals, not an action
    if (!hasField && it.lines.length === 1 && allCaps(text, head0.contentStart, head0.end) && wordCount(tokenize(text, head0.contentStart, head0.end)) <= 8) continue;
    // "4. Help for Gran" straight over "4.1 …": the number's own sub-items, so a title over them
    if (!hasField && it.lines.length === 1 && next && subOf(text, head0, next.lines[0] as LineInfo) && !endsWithTerminal(text.slice(head0.contentStart, head0.end))) continue;
    // "1. Rosie needs to gain weight" followed by "a) …" items: a group heading
    if (!hasField && it.lines.length === 1 && next && !sameFamily(next.marker, it.marker) && nextLine(text, (it.lines[0] as LineInfo).end, (next.lines[0] as LineInfo).start)) {
      const head = it.lines[0] as LineInfo;
      const sub = next.lines[0] as LineInfo;
      const headToks = tokenize(text, head.contentStart, head.end);
      const words = wordCount(headToks);
      const nested = sub.indent > head.indent;
      const reads = strongAction(text, [trimSpan(text, head.contentStart, head.end)], lex);
      // an item less indented than this one starts the next group: this is an item, not a heading
      // a title with no full stop may be a longer outcome statement ("Theo and Maisie will not be hit or hurt at home")
      const limit = endsWithTerminal(text.slice(head.contentStart, head.end)) ? 10 : 16;
      // (a sentence over a bullet of another glyph, "" over "", is an item: a pasted list's glyphs may differ by level or by chance)
      const bullets = it.marker[0] === 'b' && next.marker[0] === 'b' && limit === 10;
      if (words <= limit && (!(nested || bullets) || !reads) && sub.indent >= head.indent) {
        const owner = willOwner(headToks, lex);
        group = owner ? { owner, marker: it.marker, indent: head.indent } : null;
        continue;
      }
    }
    if (policy === 'fields' && !it.lines.some((l) => l.kind === 'field' && (l.field === 'who' || l.field === 'when'))) continue;
    const first = it.lines[0] as LineInfo;
    // "A hearing test has been completed – no further action." (narrative.ts)
    if (!hasField && doneRecord(text, { start: first.contentStart, end: (it.lines[it.lines.length - 1] as LineInfo).end })) continue;
    const before = items.length;
    emitBlock(text, it.lines, first.contentStart, lex, items, 'list', namesLead);
    if (policy === 'strong' && items.length > before) {
      const item = items[items.length - 1] as Item;
      // "Medical at the hospital, by Friday. Sam to take her.": a later sentence of the item may name the doer
      if (item.who === undefined && item.when === undefined && !strongAction(text, item.what, lex) && !(mostlyActions && shortStep(text, first, lex)) && !laterDoer(text, item.what, lex) && !it.lines.some((l) => l.whoWhen)) items.pop();
    }
    if (group && items.length > before) (items[items.length - 1] as Item).sectionOwner = group.owner;
    // "— Citizens Advice, 12/3/27" under the item: the doer before the comma
    const ww = it.lines.find((l) => l.whoWhen)?.whoWhen;
    const last = items[items.length - 1];
    if (items.length > before && ww !== true && ww && last && !last.who) last.who = ww;
  }
}

/** "Next review: 3/6/27 at the Hub" alone in a row's first cell, the rest empty: a note under the table, not a row. */
function noteRow(text: string, l: LineInfo, lex: Lex): boolean {
  const cells = cellsOf(l);
  const c = cells[0];
  if (!c || cells.length < 3 || cells.slice(1).some((x) => !x.empty)) return false;
  const colon = text.slice(c.span.start, c.span.end).search(/:(?!\d)/);
  if (colon < 1 || colon > 30) return false;
  const value = trimSpan(text, c.span.start + colon + 1, c.span.end);
  return value.end > value.start && !strongAction(text, [value], lex);
}

/** Is `sub` numbered under `head` ("4." then "4.1")? */
function subOf(text: string, head: LineInfo, sub: LineInfo): boolean {
  const h = /^(\d+)[.)]?\s/.exec(text.slice(head.start + head.indent, head.contentStart));
  return !!h && text.startsWith(`${h[1]}.`, sub.start + sub.indent) && /\d/.test(text.charAt(sub.start + sub.indent + (h[1] as string).length + 1));
}

/** "Referral to the Haven for support", "Counselling for Mum – TBC": a step written as a noun, not a heading ("Help for Mum"). */
function shortStep(text: string, l: LineInfo, lex: Lex): boolean {
  const toks = tokenize(text, l.contentStart, l.end);
  return wordCount(toks) >= 5 && headingKind(toks, lex) === 'unknown' && !allCaps(text, l.contentStart, l.end);
}

/** A sentence after the first in an item's text that reads as a step with its own doer ("Sam to take her."). */
function laterDoer(text: string, what: readonly Span[], lex: Lex): boolean {
  const w = what[0];
  // a full stop before the item's last character (searched within the item)
  if (what.length !== 1 || !w || !text.slice(w.start, w.end - 1).includes('.')) return false;
  return splitSentences(text, w).some((s, k) => k > 0 && strongSubject(text, s, lex));
}

/** A numbered heading: a title over sentences, or "7.2 Plan" over a blank line and a paragraph (narrative.ts). */
function numberedHeading(text: string, lines: readonly LineInfo[], i: number, lex: Lex): boolean {
  const line = lines[i] as LineInfo;
  if (listHeading(text, line, lines[i + 1], lex)) return true;
  return titleOverBlank(text, lines, i) && headingKind(tokenize(text, line.contentStart, line.end), lex) !== 'unknown';
}

/**
 * A "key: value" line straight over a "Description:" (what) field, with a who
 * or when field before the next blank line: the first line of a record
 * exported from a case system.
 */
function recordHead(lines: readonly LineInfo[], i: number): boolean {
  const next = lines[i + 1];
  if (!next || next.kind !== 'field' || next.field !== 'what' || next.value.end <= next.value.start) return false;
  return fieldsFollow(lines, i + 2);
}

/** A "Who:" or "When:" line before the next blank line: a titled item with its fields. */
function fieldsFollow(lines: readonly LineInfo[], from: number): boolean {
  for (let k = from; k < lines.length; k++) {
    const l = lines[k] as LineInfo;
    if (l.kind === 'blank' || l.kind === 'list') return false;
    if (l.kind === 'field' && (l.field === 'who' || l.field === 'when')) return true;
  }
  return false;
}

/**
 * A list line that is a heading for the text under it: a short title without
 * a full stop, then a line of text that starts a sentence at the same indent
 * or less (an indented line would continue the item).
 */
function listHeading(text: string, line: LineInfo, next: LineInfo | undefined, lex: Lex): boolean {
  if (!next || (next.kind !== 'text' && next.kind !== 'kv' && next.kind !== 'tab') || next.indent > line.indent) return false;
  const content = text.slice(line.contentStart, line.end);
  if (endsWithTerminal(content) || content.trimEnd().endsWith(':')) return false;
  const toks = tokenize(text, line.contentStart, line.end);
  if (wordCount(toks) > 12) return false;
  // a long line that stops on "to", "the" or "by" is an item going on below
  // (a short title may end so: "Someone to talk to")
  if (wordCount(toks) >= 7 && openEnded(text, trimSpan(text, line.contentStart, line.end))) return false;
  // "3. Plan", "4. Contingency": a numbered section heading by its words
  const known = headingKind(toks, lex) !== 'unknown';
  if (next.kind !== 'text') return known && (next.kind === 'kv' || next.kind === 'tab');
  const c = text[next.start + next.indent] as string;
  if (c === c.toLowerCase()) return false;
  // "1. Mum will ring the GP" is an item; "3. Someone to talk to" is a title
  const info = analyseClause(text, trimSpan(text, line.contentStart, line.end), lex);
  // "5. What will happen if things do not get better": a known heading asked as a question keeps its "will"
  const asked = known && /^(what|how|who|when)$/.test(toks[0]?.lower ?? '');
  if (info.modal >= 0 && (info.tokens[info.modal] as Token).lower !== 'to' && !asked) return false;
  // "b) Mr Cole to complete the course at Elm Road" over "Family Hub, from May.":
  // a long "X to do" line is an item cut by a PDF line break, not a title
  if (info.modal >= 0 && info.subject && wordCount(toks) >= 7 && !asked) return false;
  // the line below must itself end a sentence: a title over one wrapped item is not this
  return known || endsWithTerminal(next.text);
}

/** A short numbered line naming a kind of section ("3. The plan", "4. Contingency") with items of another marker family straight under it. */
function sectionOverSubList(text: string, line: LineInfo, next: LineInfo | undefined, lex: Lex): boolean {
  if (!next || next.kind !== 'list' || next.indent < line.indent || line.marker !== 'n') return false;
  // "3. Actions agreed" over "3.1 …", "3.2 …": items numbered under the section's own number
  const num = /^\s*\d+/.exec(line.text)?.[0].trim();
  if (sameFamily(next.marker, line.marker) && !next.text.trimStart().startsWith(`${num}.`)) return false;
  const content = text.slice(line.contentStart, line.end);
  if (endsWithTerminal(content) || content.trimEnd().endsWith(':')) return false;
  const toks = tokenize(text, line.contentStart, line.end);
  return wordCount(toks) <= 4 && headingKind(toks, lex) !== 'unknown';
}

/** "Hannah will:", "Carl (social worker) will:", "Dad to:" – a heading naming who does the items under it. */
function willOwner(tokens: readonly Token[], lex: Lex): Span | null {
  let end = tokens.length;
  while (end > 0 && !(tokens[end - 1] as Token).word) end--;
  // no word before the colon ("• :"): nobody is named
  if (end === 0 || end === tokens.length || (tokens[end] as Token).text !== ':') return null;
  for (let k = 1; k < end; k++) {
    const m = lex.modals.matchAt(tokens, k);
    if (m > 0 && k + m === end) return subjectSpan(tokens, 0, k, lex);
  }
  const last = tokens[end - 1] as Token;
  if (last.lower === 'to') return subjectSpan(tokens, 0, end - 1, lex);
  // "• Mum:", "• Health visitor:" – a role on its own over the items below
  const words = tokens.slice(0, end).filter((t) => t.word && !lex.determiners.hasToken(t));
  const first = words[0];
  if (!first || !(lex.family.equals(words) || lex.professional.equals(words) || lex.agency.equals(words))) return null;
  return { start: first.start, end: last.end };
}

/** A heading that ends "… will:" or "… to:" after the people it names; their span, or null. */
function willHeading(tokens: readonly Token[], lex: Lex): Span | null {
  const owner = willOwner(tokens, lex);
  const words = owner ? tokens.filter((t) => t.word) : [];
  const last = words[words.length - 1];
  return last && (last.lower === 'will' || last.lower === 'to' || last.lower === 'must') ? owner : null;
}

/** Lettered and roman markers mix in one list: "h)" is followed by "i)", "i)" by "ii)". */
function sameFamily(a: string, b: string): boolean {
  if (a === b || (a === 'k' && b === 'K') || (a === 'K' && b === 'k')) return true;
  return (a === 'a' || a === 'r') && (b === 'a' || b === 'r');
}

/** Does the line starting at `start` come straight after the line ending at `end` (an e-mail quote mark may lead it)? */
/** Is the line's first colon a time's ("10:00")? */
function timeColon(line: string): boolean {
  const c = line.indexOf(':');
  return c > 0 && /[0-9]/.test(line.charAt(c - 1)) && /[0-9]/.test(line.charAt(c + 1));
}

function nextLine(text: string, end: number, start: number): boolean {
  let p = end;
  if (text[p] === '\r') p++;
  if (text[p] === '\n') p++;
  while (p < start && (text[p] === '>' || isSpace(text.charCodeAt(p)))) p++;
  return p === start;
}

/**
 * A plan pasted from an e-mail reply, quoted with "> " marks: read each quoted
 * line without its marks. A run of at least three lines that all start with
 * ">", one of them a bare ">" (a quoted blank line), is a quotation; a few
 * lines using ">" as a bullet are not.
 */
function unquoted(lines: Line[]): Line[] {
  const quoted = (l: Line): boolean => /^[ \t]*>/.test(l.text);
  const bare = (l: Line): boolean => /^[ \t]*(?:>[ \t]*)+$/.test(l.text);
  let k = 0;
  while (k < lines.length) {
    if (!quoted(lines[k] as Line)) {
      k++;
      continue;
    }
    let e = k;
    let blank = false;
    while (e < lines.length && quoted(lines[e] as Line)) {
      if (bare(lines[e] as Line)) blank = true;
      e++;
    }
    if (blank && e - k >= 3) {
      for (let j = k; j < e; j++) {
        const l = lines[j] as Line;
        const m = /^[ \t]*(?:>[ \t]?)+/.exec(l.text);
        const cut = m ? m[0].length : 0;
        lines[j] = { start: l.start + cut, end: l.end, text: l.text.slice(cut) };
      }
    }
    k = e;
  }
  return lines;
}

/** Build an item from lines: field lines give who/when; other lines are the action. */
/**
 * A When field of a block, its label text[from, to): the first one is the
 * time, unless it is a start date and a later field gives the end ("End
 * date:", "Review date:"), which is the time even when empty.
 */
function rangeEnd(text: string, from: number, to: number, val: Span | null, when: FieldValue, opens: number): [FieldValue, number] {
  const start = /start/i.test(text.slice(from, to));
  return opens === 0 ? [val, start ? 1 : 3] : opens === 1 && !start ? [val, 2] : [when, opens];
}

function emitBlock(text: string, lines: LineInfo[], contentStart: number | null, lex: Lex, items: Item[], kind: ItemKind, namesLead = false): void {
  const first = lines[0] as LineInfo;
  const last = lines[lines.length - 1] as LineInfo;
  const start = contentStart ?? first.start + first.indent;
  const span = trimSpan(text, start, last.end);
  let who: FieldValue;
  let when: FieldValue;
  const whatLines: Span[] = [];
  let fieldWhat: Span | null = null;
  // 0: no When field yet; 1: a start date; 2: its end ("Start date: 8/2", "End date: 12/2"); 3: another first
  let opens = 0;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k] as LineInfo;
    // a record may open with its owner or time ("Responsible: Jo Pike" over "Action: …")
    if (l.kind === 'field' && (k > 0 || (l.field !== 'what' && lines.length > 1))) {
      const v = l.value as Span;
      let val = v.end > v.start ? v : null;
      // "Responsible:" ⏎ "Ravi Shah (SW)": a printout that puts each value on the line straight under its label
      const nx = lines[k + 1];
      // (not "Date set: 06/01/2027", a field of its own; a time's colon, "26/01/2027 10:00", is part of the value)
      if (!val && !l.more && l.field !== 'what' && nx && (nx.kind === 'text' || (nx.kind === 'kv' && timeColon(nx.text))) && nextLine(text, l.end, nx.start)) {
        val = trimSpan(text, nx.start + nx.indent, nx.end);
        k++;
      }
      if (l.field === 'who' && who === undefined) who = val;
      else if (l.field === 'when') [when, opens] = rangeEnd(text, l.start, v.start, val, when, opens);
      else if (l.field === 'what' && val) fieldWhat = val;
      if (l.more) {
        const mv = l.more.value.end > l.more.value.start ? l.more.value : null;
        if (l.more.field === 'who' && who === undefined) who = mv;
        else if (l.more.field === 'when') [when, opens] = rangeEnd(text, v.end, l.more.value.start, mv, when, opens);
      }
      continue;
    }
    const s = k === 0 ? start : l.start + l.indent;
    const sp = trimSpan(text, s, l.end);
    if (sp.end > sp.start) whatLines.push(sp);
  }
  // "Action 1.1: text" – drop the label from the action text
  const f0 = whatLines[0];
  if (f0) {
    const toks = tokenize(text, f0.start, Math.min(f0.end, f0.start + 30));
    const t0 = toks[0];
    if (t0 && LABEL_WORDS.has(t0.lower)) {
      let j = 1;
      while (j < toks.length && (toks[j] as Token).word && /[0-9]/.test((toks[j] as Token).text)) j++;
      while (j < toks.length && !(toks[j] as Token).word) j++;
      const tj = toks[j];
      if (tj && j > 1) f0.start = tj.start;
    }
  }
  // "1. What will happen? Aaron will …": the field name before the action is not part of it
  const w0 = whatLines[0];
  if (w0) {
    const toks = tokenize(text, w0.start, Math.min(w0.end, w0.start + 40));
    const f = fieldAt(toks, 0, lex);
    const after = f ? toks[f.colon + 1] : undefined;
    if (f && f.role === 'what' && after) w0.start = after.start;
  }
  // titled item: the first line is a short title and the action is on the next lines
  let what = whatLines;
  if (whatLines.length > 1) {
    const t = whatLines[0] as Span;
    if (!endsWithTerminal(text.slice(t.start, t.end))) {
      const toks = tokenize(text, t.start, t.end);
      // ("I'll (Sam) come and see you" ⏎ "every Monday …": a line without a label going on in lower case, or a doer
      // and modal in one word, is a wrapped sentence)
      const on = /^\(?[a-z]/.test(text.slice((whatLines[1] as Span).start, (whatLines[1] as Span).start + 2)) && !toks.some((k) => k.text === ':');
      if (wordCount(toks) <= 8 && !lex.modals.find(toks) && !on && !toks.some((k) => k.lower.endsWith("'ll"))) what = whatLines.slice(1);
    }
  }
  what = joinWrapped(text, what);
  // inline fields: "… (Who: Mum. When: daily.)"
  const inline = inlineFields(text, what, lex);
  if (inline) {
    if (who === undefined && inline.who !== undefined) who = inline.who;
    if (when === undefined && inline.when !== undefined) when = inline.when;
    what = inline.what;
  }
  if (fieldWhat) what = [fieldWhat];
  // a start and an end date: a clear time in the action itself ("after every missing episode") comes first
  if (opens === 2 && what.some((w) => findWhen(text, w, lex)?.vague === false)) when = undefined;
  const item: Item = { kind, span, what, who, when };
  if (kind === 'list') gapFields(text, item, lex);
  // "☐ Book the room; Jo, by Friday": owner and time after a semicolon (sub-items.ts)
  const tail = kind === 'list' && item.who === undefined && item.when === undefined && item.what.length === 1 ? semicolonTail(text, item.what[0] as Span, lex, (p) => ownerPart(text, p, lex, true) || ownerPart(text, p, lex, false)) : null;
  if (tail) Object.assign(item, { what: [tail.what], who: tail.who, when: tail.when });
  if (kind === 'list') dashFields(text, item, lex, namesLead);
  bracketOwner(text, item, lex);
  if (span.end > span.start) items.push(...ownItems(text, item, lex, namesLead));
}

/** "MUM WILL …; MUM WILL …", "SW: visit …; ring …": one item per clause, each read like a line (sub-items.ts). */
function ownItems(text: string, item: Item, lex: Lex, namesLead: boolean): Item[] {
  const seg = item.what[0];
  if (item.kind !== 'list' || item.what.length !== 1 || item.when !== undefined || !seg) return [item];
  const owner = item.who ?? undefined;
  const clauses = ownClauses(text, seg, owner, lex);
  if (!clauses) return [item];
  return clauses.map((c, k) => {
    const it: Item = { kind: 'list', span: k === 0 ? { start: item.span.start, end: c.end } : c, what: [c], who: undefined, when: undefined };
    dashFields(text, it, lex, namesLead);
    bracketOwner(text, it, lex);
    // "give Leo a place" after "SCHOOL: …": the line's owner
    if (it.who === undefined && owner && !analyseClause(text, it.what[0] as Span, lex).subject) it.who = owner;
    return it;
  });
}

/** "Action: …  Responsible: …  Target date: …", "A1  … action …  Owner  Date": fields after two-space gaps (wrapped-table.ts). */
function gapFields(text: string, item: Item, lex: Lex): void {
  const w = item.what[0];
  if (!w || item.who !== undefined || item.when !== undefined) return;
  const gap = gapKeyFields(text, w, lex, fieldAt) ?? gapColumns(text, w, (s) => ownerPart(text, s, lex, false)) ?? gapDash(text, w, lex);
  if (gap) Object.assign(item, gap);
  // "…   [Priya]  by 3 May": the owner without its brackets
  const o = item.who as FieldValue;
  if (o && text[o.start] === '[' && text[o.end - 1] === ']') item.who = { start: o.start + 1, end: o.end - 1 };
}

/**
 * "Dr Lee to see Ruby.   DL/Mum – from today": after a sentence and a gap of
 * three or more spaces, the owner and the time joined by a spaced dash (either
 * may be blank: "   – by 10/3", "   KB –"). An owner part that is not a name
 * or role ("?? – TBC") leaves the line to its sentence.
 */
function gapDash(text: string, w: Span, lex: Lex): { what: Span[]; who: Span | null; when: Span | null } | null {
  // searched within the item's last 48 characters only: an unbounded search
  // from each item back through the whole text made long documents quadratic
  const from = Math.max(w.start + 13, w.end - 48);
  if (from > w.end) return null;
  const gi = text.slice(from, w.end + 3).lastIndexOf('   ', w.end - from);
  const di = gi < 0 ? -1 : text.slice(from + gi, w.end + 1).indexOf(' –');
  if (di < 0) return null;
  const g = from + gi;
  const d = g + di;
  if (d >= w.end) return null;
  const a = trimSpan(text, g, d);
  const b = trimSpan(text, d + 2, w.end);
  const who = a.end > a.start ? a : null;
  const when = b.end > b.start ? b : null;
  return (!who || ownerPart(text, who, lex, false)) && (!when || findWhen(text, when, lex)) ? { what: [trimSpan(text, w.start, g)], who, when } : null;
}

/**
 * A sentence hard-wrapped over several lines is one clause: a line that does
 * not end a sentence, followed by one that starts in lower case, continues it.
 * Keeping it whole lets the clause and its "using…" or "by…" be read together.
 */
function joinWrapped(text: string, segs: Span[]): Span[] {
  if (segs.length < 2) return segs;
  const out: Span[] = [{ ...(segs[0] as Span) }];
  for (let k = 1; k < segs.length; k++) {
    const seg = segs[k] as Span;
    const prev = out[out.length - 1] as Span;
    // ("(school) meet again …": a bracket that goes on in lower case too)
    const c = text[seg.start + (text[seg.start] === '(' ? 1 : 0)] as string;
    const lower = c !== c.toUpperCase();
    // "… to be sent to" / "Barnsworth Homes by the SW": a line that stops on a
    // word that cannot end a clause goes on, whatever the next line starts with
    // a long line cut without a full stop ("… every" / "Wednesday from 3 March") was wrapped by the paste, which does not indent
    const wrapped = prev.end - lineStartOf(text, prev.end) >= WRAP_WIDTH && lineStartOf(text, seg.start) === seg.start;
    if ((lower || openEnded(text, prev) || wrapped) && !endsWithTerminal(text.slice(prev.start, prev.end))) prev.end = seg.end;
    else out.push({ ...seg });
  }
  return out;
}

/** A line this long that stops without a full stop was most likely cut by an e-mail program's hard wrap (at 70 to 80). */
const WRAP_WIDTH = 60;

/** Words a clause cannot end on: prepositions, articles, conjunctions. */
const OPEN_ENDS = new Set(['to', 'the', 'a', 'an', 'of', 'by', 'with', 'at', 'for', 'from', 'and', 'or', 'in', 'on', 'into', 'their', 'his', 'her', 'about', 'than', 'towards', 'via', 'until', 'before', 'after']);

function openEnded(text: string, seg: Span): boolean {
  let e = seg.end;
  while (e > seg.start && isAsciiLetter(text.charCodeAt(e - 1))) e--;
  return e < seg.end && (e === seg.start || isSpace(text.charCodeAt(e - 1))) && OPEN_ENDS.has(text.slice(e, seg.end).toLowerCase());
}

/** Does text[span] hold a colon or a question mark (what ends a field's key)? */
function hasKeyEnd(text: string, span: Span): boolean {
  for (let p = span.start; p < span.end; p++) {
    const c = text.charCodeAt(p);
    if (c === 58 || c === 63) return true;
  }
  return false;
}

function inlineFields(text: string, what: Span[], lex: Lex): { who: FieldValue; when: FieldValue; what: Span[] } | null {
  // a field's key ends with a colon or a question mark (fieldAt): without one there is nothing to find
  if (!what.some((seg) => hasKeyEnd(text, seg) || TRAIL.test(text.slice(seg.start, seg.end)))) return null;
  let who: FieldValue;
  let when: FieldValue;
  let found = false;
  const out: Span[] = [];
  // "… — Lead: Mum — Target: …", "… | Who: SW | By when: …": a spaced dash or a pipe parts fields too
  const sep = (x: Token | undefined): boolean => !!x && (x.text === '|' || (FIELD_DASHES.has(x.text) && isSpace(text.charCodeAt(x.start - 1))));
  for (const seg of what) {
    const toks = tokenize(text, seg.start, seg.end);
    let cut = seg.end;
    // minutes: "… to the next core group. ACTION: SK – by 24/6" (marked.ts)
    const tr = who === undefined ? actionTrailer(text, toks, lex) : null;
    const stop = tr ? tr.at : seg.end;
    if (tr) {
      cut = stop;
      found = true;
      who = tr.who;
      when ??= tr.when ?? undefined;
    }
    for (let k = 0; k < toks.length && toks[k]!.start < stop; k++) {
      const t = toks[k] as Token;
      const prev = toks[k - 1];
      if (k > 0 && prev && (prev.text === '(' || prev.text === '.' || prev.text === ';' || prev.text === ',' || prev.text === '[' || sep(prev))) {
        const f = fieldAt(toks, k, lex);
        if (f && (f.role === 'who' || f.role === 'when')) {
          if (!found) cut = prev.text === '(' || prev.text === '[' || sep(prev) ? prev.start : t.start;
          found = true;
          // value runs to the next field, a closing bracket or a full stop before a field / the end
          let e = f.colon + 1;
          let depth = 0;
          while (e < toks.length) {
            const te = toks[e] as Token;
            if (te.text === '(') depth++;
            else if ((te.text === ')' || te.text === ']') && depth-- === 0) break;
            if ((te.text === '.' || te.text === ';') && (e + 1 >= toks.length || fieldAt(toks, e + 1, lex) || (toks[e + 1] as Token).text === ')')) break;
            if ((te.text === ',' || sep(te)) && fieldAt(toks, e + 1, lex)) break;
            e++;
          }
          // a field holding only a dash ("Target: —") is empty
          while (e - 1 > f.colon && sep(toks[e - 1])) e--;
          const last = toks[e - 1];
          const val: Span | null = last && e - 1 > f.colon ? { start: (toks[f.colon + 1] as Token).start, end: last.end } : null;
          // "Owner: SK – by 24/6": the owner field's time after a dash or comma
          const own = f.role === 'who' && val ? trailOwner(text, val, lex) : null;
          if (own?.when && when === undefined) when = own.when;
          if (f.role === 'who' && who === undefined) who = own?.who ?? val;
          if (f.role === 'when' && when === undefined) when = val;
          k = e - 1;
        }
      }
    }
    const sp = trimSpan(text, seg.start, cut);
    if (sp.end > sp.start) out.push(sp);
  }
  if (!found) return null;
  return { who, when, what: out };
}

/** Parts of text[span] between spaced dashes outside brackets; a part may be empty. */
function dashParts(text: string, span: Span, toks: readonly Token[]): Span[] {
  const parts: Span[] = [];
  let from = span.start;
  let depth = 0;
  for (const t of toks) {
    if (t.text === '(' || t.text === '[') depth++;
    else if ((t.text === ')' || t.text === ']') && depth > 0) depth--;
    else if (depth === 0 && FIELD_DASHES.has(t.text) && isSpace(text.charCodeAt(t.start - 1)) && (t.end >= span.end || isSpace(text.charCodeAt(t.end)))) {
      parts.push(trimSpan(text, from, t.start));
      from = t.end;
    }
  }
  parts.push(trimSpan(text, from, span.end));
  return parts;
}

/** A short part that is only a name, role or agency: "SW (Lydia Fenwick)", "Tracey, with help from Gemma". */
function ownerPart(text: string, span: Span, lex: Lex, whole: boolean): boolean {
  const toks = tokenize(text, span.start, span.end);
  const words = toks.filter((t) => t.word);
  if (words.length === 0 || words.length > 8) return false;
  if (lex.noOwner.equals(toks.filter((t) => t.word || t.text === '/'))) return false;
  // a clause ("he has not been for a year") or a time is not an owner
  if (words.some((t) => lex.finite.hasToken(t) || lex.modals.hasToken(t))) return false;
  // the checks on the words come before the dearer looks for a time and a clause
  if (whole) {
    // the owner must be all the part's words ("**Mum**" keeps its stars outside)
    const sub = subjectSpan(toks, 0, toks.length, lex);
    if (sub === null || sub.start > (words[0] as Token).start || sub.end < (words[words.length - 1] as Token).end) return false;
  } else {
    const first = words[0] as Token;
    if (!lex.ownerWords.hasToken(first) && !(isCapitalised(first) && !lex.imperatives.hasToken(first))) return false;
  }
  return !findWhen(text, span, lex) && analyseClause(text, span, lex).modal < 0;
}

/**
 * Fields written on one line with spaced dashes:
 * "Referral to young carers — SW — by 04/12" (action — who — when, a part may
 * be empty), "Jo – ring the housing office by Friday" (who – action) and
 * "Get Leo to school on time – Mum" (action – who).
 */
function dashFields(text: string, item: Item, lex: Lex, namesLead: boolean): void {
  if (item.who !== undefined || item.what.length !== 1) return;
  const seg = item.what[0] as Span;
  const line = text.slice(seg.start, seg.end);
  // "Lee: keep going …  By: ongoing": a time found after a gap leaves the name before the colon
  if (item.when !== undefined || (spacedMark(line, '–', 0, false) < 0 && spacedMark(line, '—', 0, false) < 0 && spacedMark(line, '-') < 0)) {
    colonOwner(text, item, seg, line, lex, namesLead);
    return;
  }
  dashSplit(text, item, seg, lex);
  // "**Dad:** stop shouting – *from today*": a dash later in the line does not hide the name before the colon
  if (item.who === undefined && item.what.length === 1 && item.what[0] === seg) colonOwner(text, item, seg, line, lex, namesLead);
}

function dashSplit(text: string, item: Item, seg: Span, lex: Lex): void {
  const toks = tokenize(text, seg.start, seg.end);
  const parts = dashParts(text, seg, toks);
  if (parts.length < 2) return;
  const [a, b, c] = parts as [Span, Span, Span | undefined];
  const empty = (p: Span): boolean => p.end <= p.start;
  if (empty(a)) return;
  if (parts.length === 3 && c) {
    if (!empty(b) && meetingFields(text, a, b, lex)) {
      item.what = [a];
      item.who = null;
      item.when = b;
      return;
    }
    const aOwner = ownerPart(text, a, lex, true);
    // "SW – ring the school – by Friday": who, action, then a timescale
    if (aOwner && !empty(b) && !empty(c) && !ownerPart(text, b, lex, false) && findWhen(text, c, lex)) {
      const info = analyseClause(text, b, lex);
      // "KB - notes to be sent - 9/3": a passive with no "by" is the first field's job
      if (info.agent || (info.subject && !info.passive)) return;
      item.what = [b];
      item.who = a;
      item.when = c;
      return;
    }
    if (!empty(b) && !ownerPart(text, b, lex, false)) return;
    // "SW – Priya Shah – …": an owner written with a dash, not an action
    if (aOwner) return;
    item.what = [a];
    item.who = empty(b) ? null : b;
    item.when = empty(c) ? null : c;
    return;
  }
  if (parts.length !== 2 || empty(b)) return;
  if (ownerPart(text, a, lex, true)) {
    // the action after the name must not name its own doer ("Bedtime – Mum to …")
    const info = analyseClause(text, b, lex);
    if (info.subject || info.passive) return;
    item.what = [b];
    item.who = a;
    return;
  }
  const info = analyseClause(text, a, lex);
  if (ownerPart(text, b, lex, false)) {
    // a passive step names no doer ("Interpreter to be booked – SW"); a passive's subject is who it is done to
    if (info.agent || (info.subject && !info.passive)) return;
    item.what = [a];
    item.who = b;
    return;
  }
  // "Room to be booked – SW to arrange": a passive step, then its doer and what they will do
  if (info.passive && !info.agent) {
    const after = analyseClause(text, b, lex);
    if (after.subject && !after.passive && after.modal >= 0 && ownerPart(text, after.subject, lex, true)) item.who = after.subject;
  }
}

/** A span without the markdown emphasis marks around it: "**Dr Lee**" → "Dr Lee". */
function unemphasised(text: string, span: Span): Span {
  const a = { ...span };
  while (a.start < a.end && (text[a.start] === '*' || text[a.start] === '_')) a.start++;
  while (a.end > a.start && (text[a.end - 1] === '*' || text[a.end - 1] === '_')) a.end--;
  return a;
}

/** "Mum: take Leo to nursery on time", "**Dr Lee:** review the medicine": a name and a colon before the action. */
function colonOwner(text: string, item: Item, seg: Span, line: string, lex: Lex, namesLead: boolean): void {
  const colon = line.indexOf(':');
  if (colon <= 0 || colon > 40) return;
  let after = seg.start + colon + 1;
  while (text[after] === '*' || text[after] === '_') after++;
  const a = unemphasised(text, trimSpan(text, seg.start, seg.start + colon));
  const b = trimSpan(text, after, seg.end);
  if (b.end <= b.start || !isSpace(text.charCodeAt(after))) return;
  // "**Dad:** *stay calm* …": emphasis on the first words is not part of the action
  while (b.start < b.end && (text[b.start] === '*' || text[b.start] === '_')) b.start++;
  const bold = after > seg.start + colon + 1 || text[seg.start] === '*';
  // "Ongoing: keep working with the CMHT", "Every day: ring Nan": a time before the colon, and the step after it in lower case
  const w = item.when === undefined && /[a-z]/.test(text[b.start] as string) && findWhen(text, a, lex)?.span;
  if (w && w.start === a.start && w.end === a.end) {
    Object.assign(item, { what: [b], when: a });
    return;
  }
  // "**Everyone in the safety network:**": in bold, a phrase led by an owner word is the owner
  if (!ownerPart(text, a, lex, true) && !(bold && ownerPart(text, a, lex, false))) return;
  // "Note:", "Progress:" are labels too: only a role word, a name in bold, or a
  // name in a list of owner-led lines is an owner here
  const nameToks = tokenize(text, a.start, a.end).filter((t) => t.word);
  const info = analyseClause(text, b, lex);
  // a named service must be followed by a step ("send …", "Jay to be offered …"), not a remark ("Note: the flat is damp")
  const order = info.tokens[0] !== undefined && /^[a-z]/.test(info.tokens[0].text) && lex.imperatives.hasToken(info.tokens[0]);
  const step = order || info.passive || (namesLead && leadStep(text, b, lex));
  const named = namesLead && step && nameToks.every((t) => isCapitalised(t));
  if (!bold && !named && !nameToks.some((t) => lex.ownerWords.hasToken(t))) return;
  // "School: a place to be offered", "School: Jay to be offered a place" – a
  // passive with no "by" is still the named owner's job; after an order
  // ("Mum: ring the GP to book …") a later "X to" is not the doer
  if (info.agent || (info.subject && !info.passive && !order)) return;
  item.what = [b];
  item.who = a;
}

/** Lines that each end a sentence, at least two of them starting "Owner:" or "Owner –". */
function ownerLedLines(text: string, lines: readonly LineInfo[], lex: Lex): boolean {
  let led = 0;
  for (const l of lines) {
    if (!endsWithTerminal(l.text.trim())) return false;
    if (led < 2 && ownerLead(text, l, lex)) led++;
  }
  return led >= 2;
}

/** Lines that each start with a capital and read as a step with its own doer or a passive "… to be done", some without a full stop. */
function stepLines(text: string, lines: readonly LineInfo[], lex: Lex): boolean {
  if (lines.every((l) => endsWithTerminal(l.text.trim()))) return false;
  for (const l of lines) {
    const sp = trimSpan(text, l.start, l.end);
    if (!/[A-Z]/.test(text[sp.start] ?? '')) return false;
    const info = analyseClause(text, sp, lex);
    if (info.modal < 0 || !(info.passive || info.subject?.start === sp.start) || notAnAction(info, lex)) return false;
  }
  return true;
}

/** "KB - notes to be written - 9/3": a line of text led by an owner and a spaced dash (fields-line.ts). */
function taskLine(text: string, l: LineInfo, lex: Lex): boolean {
  return l.kind === 'text' && spacedDash(text, l.start, l.end) && ownerLead(text, l, lex);
}

/** "Grandma Sue: …", "Perinatal team – …", "**Dad:** …": an owner and a colon or spaced dash start the line. */
function ownerLead(text: string, l: LineInfo, lex: Lex, from = l.start): boolean {
  const head = text.slice(from, Math.min(l.end, from + 48));
  const colon = head.indexOf(':');
  const dash = head.search(/ [–—-] /);
  const cut = colon > 0 && (dash < 0 || colon < dash) ? colon : dash;
  if (cut <= 0) return false;
  const a = unemphasised(text, trimSpan(text, from, from + cut));
  return a.end > a.start && ownerPart(text, a, lex, true);
}

const NAME_JOINS = new Set(['/', '&', ',', '–', '-', 'and']);

/**
 * Round brackets that name who does it: "(Mum)", "(Continuing care team)",
 * "(Mum / pharmacy)", "(District nurse – Anne Lee)", "(SEN Transport)". Each
 * part must hold a role word or be a capitalised name; "(if needed)",
 * "(see below)" hold neither.
 */
function bracketNames(inner: readonly Token[], lex: Lex): boolean {
  let words = 0;
  let named = false;
  let allCaps = true;
  for (let k = 0; k <= inner.length; k++) {
    const t = inner[k];
    if (!t || NAME_JOINS.has(t.lower)) {
      if (words > 0 && !named && !allCaps) return false;
      words = 0;
      named = false;
      allCaps = true;
      continue;
    }
    if (!t.word) continue;
    words++;
    if (lex.ownerWords.hasToken(t) || lex.ownerHeads.hasToken(t)) named = true;
    if (!isCapitalised(t) || lex.weekdays.hasToken(t) || lex.months.hasToken(t)) allCaps = false;
  }
  return true;
}

/** Does the clause name its own doer ("Mum will…", not "… to be done")? */
function strongSubject(text: string, span: Span, lex: Lex): boolean {
  const info = analyseClause(text, span, lex);
  return info.modal >= 0 && !info.passive && info.subject !== null;
}

function emitProse(text: string, el: ParaEl, mode: 'action' | 'strong', lex: Lex, items: Item[]): void {
  const textLines = el.lines.filter((l) => l.kind === 'text');
  const first = textLines[0];
  const last = textLines[textLines.length - 1];
  if (!first || !last) return;
  // "Karen (HV): visit weekly." / "SW – book the meeting.": unbulleted lines
  // that each end a sentence, several led by an owner, are a list, not prose
  // ("Sue: …" lines read as "key: value" metadata until their owner is seen)
  const ownLines = el.lines.filter((l) => l.kind === 'text' || l.kind === 'kv');
  if (mode === 'action' && ownLines.length >= 2 && ownerLedLines(text, ownLines, lex)) {
    for (const l of ownLines) emitBlock(text, [l], null, lex, items, 'list');
    return;
  }
  // "KB - chronology to be written - 9/3": lines of fields parted by spaced dashes (fields-line.ts)
  // "JB – Jane Brook, social worker": a key of initials names a person after the dash, not a step
  if (mode === 'action' && ownLines.length === el.lines.length && fieldLines(text, ownLines, (l) => ownerLead(text, l as LineInfo, lex) && !ownerPart(text, trimSpan(text, text.slice(l.start, l.end).search(/ [–—-] /) + l.start + 3, l.end), lex, false))) {
    for (const l of ownLines) emitBlock(text, [l], null, lex, items, 'list', true);
    return;
  }
  // "Sam to ring the GP – today" over "Police to visit by Friday": lines with no full stop, each a step of its own, are a list;
  // so are phone notes, "mum -> food bank voucher, pick up fri" over "hv -> weigh baby wkly", the doer before the arrow (arrow-lines.ts)
  if (mode === 'action' && textLines.length >= 2 && textLines.length === el.lines.length) {
    const arrows = textLines.map((l) => arrowSplit(text, l));
    if (arrows.filter((a) => a && ownerPart(text, a.owner, lex, true)).length >= 2 || (ownLines.length >= 2 && stepLines(text, textLines, lex))) {
      textLines.forEach((l, k) => {
        const at = items.length;
        emitBlock(text, [l], null, lex, items, 'list');
        const a = arrows[k];
        const it = items[at];
        if (a && it && items.length === at + 1 && !it.who) Object.assign(it, { who: a.owner, what: [a.rest] });
      });
      return;
    }
  }
  const span = trimSpan(text, first.start, last.end);
  const paraStart = items.length;
  const rules: Span[] = [];
  for (const s of splitSentences(text, span)) {
    // a letter's sign-off ("Take care, and I will see you on Tuesday.") is not an action
    if (lex.signOffs.matchAt(tokenize(text, s.start, Math.min(s.end, s.start + 40)), 0) > 0) continue;
    // a quotation ("I want Mam to be well…") is someone's words, not an action
    if (text[s.start] === '"' || text[s.start] === '“') continue;
    // "Everyone agreed that the children need a plan", "Amy told me, “I will…”", "I hope …" (narrative.ts)
    if (notAnAction(analyseClause(text, s, lex), lex)) continue;
    const clauses = proseActions(text, s, mode, lex);
    if (clauses.length === 0 && meetingDate(text, s, lex, mode !== 'action')) {
      items.push({ kind: 'sentence', span: s, what: [s], who: undefined, when: undefined });
      continue;
    }
    const org = clauses.length === 0 ? orgSubject(text, s, lex) : null;
    // "If you feel unsafe, ring Nan on …": a condition, then an order, among the plan's own sentences
    if (org || (clauses.length === 0 && conditionOrder(text, s, lex))) {
      items.push({ kind: 'sentence', span: s, what: [s], who: org ?? undefined, when: undefined });
      continue;
    }
    // "I will ring you on Fridays. We can talk about school then.": an offer on the same line belongs to the action before it
    const prev = items[items.length - 1];
    if (clauses.length === 0 && items.length > paraStart && prev && prev.kind === 'sentence' && prev.span.end <= s.start && !text.slice(prev.span.end, s.start).includes('\n') && OFFER.test(text.slice(s.start, s.start + 12))) {
      prev.span = { start: prev.span.start, end: s.end };
      continue;
    }
    // "You will go to the course. It runs every Thursday from 6pm.": a sentence on the same line that only tells when the step before happens
    if (clauses.length === 0 && items.length > paraStart && prev && prev.kind === 'sentence' && prev.span.end <= s.start && !text.slice(prev.span.end, s.start).includes('\n') && DETAIL.test(text.slice(s.start, s.start + 40)) && findWhen(text, s, lex)) {
      prev.what.push(s);
      prev.span = { start: prev.span.start, end: s.end };
      continue;
    }
    if (clauses.length === 0 && mode === 'action') {
      const after = actionAfterCondition(text, s, lex);
      if (after) {
        items.push({ kind: 'sentence', span: s, what: [s], who: after, when: undefined });
        continue;
      }
      if (thingRule(text, s, lex)) rules.push(s);
      // "It would be good if Mum could think about…" (narrative.ts)
      const asked = softAsk(text, s, lex);
      if (asked) items.push({ kind: 'sentence', span: s, what: [asked.what], who: asked.who, when: undefined });
    }
    for (const clause of clauses) {
      // "I have to tell the team. I will do this by 27 November.": the second
      // sentence only gives the first one its time
      const prev = items[items.length - 1];
      if (prev && prev.kind === 'sentence' && prev.span.end <= clause.start && prev.span.start >= span.start && refersBack(text, clause, lex)) {
        prev.what.push(clause);
        prev.span = { start: prev.span.start, end: clause.end };
        continue;
      }
      const item: Item = { kind: 'sentence', span: clause, what: [clause], who: undefined, when: undefined };
      const inline = inlineFields(text, item.what, lex);
      if (inline) {
        item.who = inline.who;
        item.when = inline.when;
        item.what = inline.what;
      }
      bracketOwner(text, item, lex);
      items.push(item);
    }
  }
  // "Her wheelchair will stay at home." beside the paragraph's actions: a rule about a thing, kept by nobody named
  if (rules.length > 0 && items.length > paraStart) {
    for (const r of rules) items.push({ kind: 'sentence', span: r, what: [r], who: undefined, when: undefined });
    const added = items.splice(paraStart).sort((a, b) => a.span.start - b.span.start);
    items.push(...added);
  }
}

/**
 * "In the event that Dad becomes unwell, Dad to ring the crisis line": a
 * sentence of an action list that opens with a condition, then an action with
 * its doer after the comma. Returns the doer, or null.
 */
function actionAfterCondition(text: string, s: Span, lex: Lex): Span | null {
  const toks = tokenize(text, s.start, Math.min(s.end, s.start + 400));
  const t0 = toks[0];
  if (!t0 || !CONDITIONS.has(t0.lower) || t0.lower === 'when' || t0.lower === 'once') return null;
  if (t0.lower === 'in' && !((toks[1]?.lower === 'the' && toks[2]?.lower === 'event') || toks[1]?.lower === 'case')) return null;
  const comma = toks.findIndex((t) => t.text === ',');
  const next = toks[comma + 1];
  if (comma < 2 || !next) return null;
  const info = analyseClause(text, { start: next.start, end: s.end }, lex);
  if (info.modal < 0 || info.passive || !info.subject || info.subject.start !== next.start) return null;
  return info.subject;
}

const MEETING_NOUNS = new Set(['meeting', 'conference', 'review', 'group']);

const MEETING_SET = new Set(['held', 'booked', 'arranged', 'convened']);

/**
 * "The first core group meeting will be on 4 May at 10am.", "A meeting to
 * plan the move will be held by 3 June": a meeting set for a time, done by
 * nobody named. "Will be on/at" counts only in an action section (`set`
 * false); "will be held" counts anywhere.
 */
function meetingDate(text: string, s: Span, lex: Lex, set: boolean): boolean {
  const toks = tokenize(text, s.start, Math.min(s.end, s.start + 200));
  const w = toks.findIndex((t, k) => k > 0 && k <= 10 && t.lower === 'will');
  if (w < 0 || toks[w + 1]?.lower !== 'be' || !toks.slice(0, w).some((t) => MEETING_NOUNS.has(t.lower))) return false;
  const held = MEETING_SET.has(toks[w + 2]?.lower ?? '');
  if (set && !held) return false;
  return findWhen(text, { start: (toks[w + 1] as Token).end, end: s.end }, lex) !== null;
}

/** Verbs of a rule about a thing: "the dog will stay in the kitchen", "the tablets must go back to the chemist". */
const THING_RULE_VERBS = new Set(['stay', 'remain', 'go', 'live', 'sleep', 'stop']);
const THING_DETERMINERS = new Set(['the', 'her', 'his', 'their', 'its', 'my', 'your', 'our', 'any', 'all']);

/** "Her wheelchair will stay at home.": a short "the thing will stay …" rule with no doer named. */
function thingRule(text: string, s: Span, lex: Lex): boolean {
  const info = analyseClause(text, s, lex);
  if (info.modal < 1 || info.modal > 4 || info.subject || info.passive) return false;
  const toks = info.tokens;
  const m = toks[info.modal] as Token;
  if (m.lower !== 'will' && m.lower !== 'must') return false;
  const d = toks[info.start] as Token;
  if (!THING_DETERMINERS.has(d.lower)) return false;
  for (let k = info.start + 1; k < info.modal; k++) if (!(toks[k] as Token).word) return false;
  const v = toks[info.predicate];
  return !!v && THING_RULE_VERBS.has(v.lower) && wordCount(toks) <= 14;
}

const BACK_REFERENCES = new Set(['this', 'it', 'that', 'these', 'them']);
const BACK_REFERENCE_WORD = /\b(?:this|it|that|these|them)\b/i;

/** "I will do this by Friday", "She will finish it within a week": a sentence that adds only a time to the one before. */
function refersBack(text: string, clause: Span, lex: Lex): boolean {
  // a cheap look for the back-reference before reading the clause
  if (!BACK_REFERENCE_WORD.test(text.slice(clause.start, Math.min(clause.end, clause.start + 80)))) return false;
  const info = analyseClause(text, clause, lex);
  if (info.modal < 0 || !info.subject) return false;
  const toks = info.tokens;
  const obj = toks[info.predicate + 1];
  if (!obj || !BACK_REFERENCES.has(obj.lower)) return false;
  const rest = toks[info.predicate + 2];
  if (!rest || !rest.word) return true;
  const when = findWhen(text, { start: rest.start, end: clause.end }, lex);
  return when !== null && when.span.start === rest.start;
}

const DASHES = new Set(['–', '-', '—', ',', ':', ';', '.']);

/**
 * An owner in brackets at the end of an item: "… to be signposted [SW]",
 * "CAMHS referral to be progressed [GP / SW] – TBC". Square brackets at the
 * end always name the owner; round brackets do only when the clause names
 * nobody itself ("Referral to be made (SW)"). Text after the bracket is the
 * timescale.
 */
function bracketOwner(text: string, item: Item, lex: Lex): void {
  if (item.who !== undefined) return;
  const seg = item.what[item.what.length - 1];
  if (!seg) return;
  const toks = tokenize(text, seg.start, seg.end);
  // the last closing bracket, with only a dash and a short tail after it
  let close = -1;
  for (let k = toks.length - 1; k >= 0 && k >= toks.length - 16; k--) {
    const t = toks[k] as Token;
    if (t.text === ']' || t.text === ')') {
      close = k;
      break;
    }
  }
  if (close < 0) return;
  const closer = (toks[close] as Token).text;
  const opener = closer === ']' ? '[' : '(';
  let open = close - 1;
  while (open >= 0 && (toks[open] as Token).text !== opener) open--;
  if (open <= 0 || close - open < 2 || close - open > 10) return;
  const inner = toks.slice(open + 1, close);
  if (!inner.some((t) => t.word) || inner.some((t) => /[0-9]/.test(t.text)) || originTag(inner)) return;
  if (!inner.every((t) => t.word || t.text === '/' || t.text === '&' || t.text === ',' || t.text === '–' || t.text === '-' || t.text === '’' || t.text === "'" || t.text === '(' || t.text === ')')) return;
  const known = inner.some((t) => t.word && (lex.ownerWords.hasToken(t) || lex.ownerHeads.hasToken(t) || /^[A-Z]/.test(t.text)));
  if (!known) return;
  if (opener === '(') {
    // round brackets only when the clause has no subject of its own and the words are all owner words
    if (!bracketNames(inner, lex)) return;
    if (strongSubject(text, { start: seg.start, end: (toks[open] as Token).start }, lex)) return;
  }
  // only a short tail after the bracket, introduced by a dash (or, after [..], a short timescale)
  const tail = toks.slice(close + 1).filter((t) => t.word).length;
  const dashNext = close + 1 < toks.length && DASHES.has((toks[close + 1] as Token).text) && (toks[close + 1] as Token).text !== '.';
  if (tail > 0 && !(dashNext && tail <= 12) && !(opener === '[' && tail <= 8)) return;
  const who: Span = { start: (inner[0] as Token).start, end: (inner[inner.length - 1] as Token).end };
  // the tail after the bracket: "– TBC", "– within 10 working days of ICPC"
  let a = close + 1;
  while (a < toks.length && DASHES.has((toks[a] as Token).text)) a++;
  let b = toks.length;
  while (b > a && DASHES.has((toks[b - 1] as Token).text)) b--;
  const before = trimSpan(text, seg.start, (toks[open] as Token).start);
  while (before.end > before.start && DASHES.has(text[before.end - 1] as string)) before.end--;
  const what = trimSpan(text, before.start, before.end);
  if (what.end <= what.start) return;
  item.who = who;
  const rest = item.what.slice(0, -1);
  rest.push(what);
  item.what = rest;
  if (b > a && item.when === undefined) item.when = { start: (toks[a] as Token).start, end: (toks[b - 1] as Token).end };
}
