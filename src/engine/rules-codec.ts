/**
 * The compiled rules are stored compactly in `rules.generated.ts` (no
 * repeated keys, reasons, sources or links; forms joined into one string),
 * because a smaller module loads faster in a fresh Worker isolate or CLI
 * process. They are stored as one JSON string, not an object literal: V8
 * parses JSON several times faster than the same data as JavaScript, and
 * only when it is first needed. `lazyRules` makes the `CompiledRules` every
 * other part of the engine uses; `decodeRules` expands the packed form into
 * it on the first read of `terms` or `lexicons`, so importing the engine
 * does almost nothing.
 */
import type { CompiledRules, CompiledSettings, CompiledTerm } from './compiled.js';
import type { Severity } from './types.js';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'suggestion'];

/**
 * [id, flags, term, plain, note, url, forms, context?]. `flags` also holds
 * the term's indexes into `sources` and `reasons` (see below). A note used by
 * more than one term (retext-simplify's 123 share one) is an index into
 * `notes`; the forms are joined by `|`, each written as a change to the one
 * before it where that is shorter (see `shortForm`).
 */
export type PackedTerm = [
  id: string,
  flags: number,
  term: string,
  plain: string[],
  note: string | number,
  url: number,
  forms: string,
  context?: [string[], string[], string[], string[]],
];

export interface PackedRules {
  name: string;
  version: string;
  settings: CompiledSettings;
  lexicons: Record<string, Record<string, string[]>>;
  sources: string[];
  reasons: string[];
  urls: string[];
  notes: string[];
  terms: PackedTerm[];
}

/**
 * `PackedRules` as stored. The terms by field rather than by term (`note[i]` is term `i`'s note), so
 * like data sits together (all notes, all forms); a term's plain words, a lexicon's words and a
 * term's four context lists as single strings (joined by `|`, the four lists by `^`), which drops
 * their quotes; and the fields in the order that lets gzip find the most repeats within its 32 KB
 * window (found by trying; the notes next to the shared notes, the terms next to their forms). The
 * name, version and settings are not stored here: `lazyRules` has them already. About 2 KB less in
 * the Worker bundle than the columns in term order with lists as JSON arrays.
 */
export interface StoredRules {
  notes: string[];
  note: (string | number)[];
  plain: string[];
  urls: string[];
  context: (string | 0)[];
  lexicons: Record<string, Record<string, string>>;
  reasons: string[];
  sources: string[];
  term: string[];
  forms: string[];
  id: string[];
  url: number[];
  flags: number[];
}

const LIST = '|';
const LISTS = '^';

/** `words` as one string; none may be empty or hold `LIST` or `LISTS`, which would not split back. */
function joinList(words: readonly string[]): string {
  for (const w of words)
    if (w === '' || w.includes(LIST) || w.includes(LISTS))
      throw new Error(`packRules: ${JSON.stringify(w)} is empty or has a "${LIST}" or "${LISTS}", which the packed lists use as separators`);
  return words.join(LIST);
}

const splitList = (joined: string): string[] => (joined === '' ? [] : joined.split(LIST));

/** `packed` as stored. */
export function toColumns(packed: PackedRules): StoredRules {
  const { terms } = packed;
  const lexicons: StoredRules['lexicons'] = {};
  for (const [name, lists] of Object.entries(packed.lexicons)) {
    const out: Record<string, string> = (lexicons[name] = {});
    for (const [key, words] of Object.entries(lists)) out[key] = joinList(words);
  }
  return {
    notes: packed.notes,
    note: terms.map((t) => t[4]),
    plain: terms.map((t) => joinList(t[3])),
    urls: packed.urls,
    context: terms.map((t) => (t[7] ? t[7].map(joinList).join(LISTS) : 0)),
    lexicons,
    reasons: packed.reasons,
    sources: packed.sources,
    term: terms.map((t) => t[2]),
    forms: terms.map((t) => t[6]),
    id: terms.map((t) => t[0]),
    url: terms.map((t) => t[5]),
    flags: terms.map((t) => t[1]),
  };
}

/**
 * The inverse of `toColumns`, run once, on the first read of the rules: one array literal a term
 * (V8's interpreter makes each in one step, where a loop over the fields would push eight times).
 */
export function fromColumns(stored: StoredRules, head: RulesHead): PackedRules {
  const { id: ids, flags, term: words, plain, note: notes, url: urls, forms, context } = stored;
  const lexicons: PackedRules['lexicons'] = {};
  for (const name in stored.lexicons) {
    const lists = stored.lexicons[name] as Record<string, string>;
    const out: Record<string, string[]> = (lexicons[name] = {});
    for (const key in lists) out[key] = splitList(lists[key] as string);
  }
  const terms: PackedTerm[] = [];
  for (let i = 0; i < ids.length; i++) {
    const c = context[i];
    const p = splitList(plain[i] as string);
    if (c === 0 || c === undefined)
      terms.push([ids[i] as string, flags[i] as number, words[i] as string, p, notes[i] as string | number, urls[i] as number, forms[i] as string]);
    else {
      const [a = '', b = '', d = '', e = ''] = c.split(LISTS);
      terms.push([ids[i] as string, flags[i] as number, words[i] as string, p, notes[i] as string | number, urls[i] as number, forms[i] as string,
        [splitList(a), splitList(b), splitList(d), splitList(e)]]);
    }
  }
  const { sources, reasons } = stored;
  return { name: head.name, version: head.version, settings: head.settings, lexicons, sources, reasons, urls: stored.urls, notes: stored.notes, terms };
}

// flags: bit 0 case-sensitive, bit 1 explain, bit 2 wording (else jargon), bits 3–4 severity index,
// bit 5 the first form is the term itself (lower-cased unless case-sensitive), so it is not stored again,
// bits 6–9 the index into `sources`, bits 10–13 the index into `reasons` (one number instead of three
// makes the Worker bundle about 400 bytes smaller after gzip).
// An id equal to termId(term) is stored as "", and one equal to "simplify-" + termId(term) (the
// phrases adopted from retext-simplify) as "~".
const ADOPTED = 'simplify-';
const FIRST_FORM_IS_TERM = 32;
const SOURCE_SHIFT = 6;
const REASON_SHIFT = 10;
const TABLE_MAX = 16;

/**
 * The id a term gets when its rule file names none: lower case, each run of
 * characters other than a–z and 0–9 as one "-", none at either end. A loop
 * rather than three regular-expression replaces: the engine derives most of
 * the 641 ids this way on the first check in a process, where the loop runs
 * about 5 million fewer instructions (callgrind).
 */
export function termId(term: string): string {
  const lower = term.toLowerCase();
  let out = '';
  let gap = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (gap && out !== '') out += '-';
      gap = false;
      out += lower[i];
    } else gap = true;
  }
  return out;
}

const termForm = (term: string, caseSensitive: boolean): string => (caseSensitive ? term : term.toLowerCase());
export function packRules(rules: CompiledRules): PackedRules {
  const tables = { sources: [] as string[], reasons: [] as string[], urls: [] as string[], notes: [] as string[] };
  const noteUses = new Map<string, number>();
  for (const t of rules.terms) noteUses.set(t.note, (noteUses.get(t.note) ?? 0) + 1);
  const index = (list: string[], value: string): number => {
    let i = list.indexOf(value);
    if (i < 0) i = list.push(value) - 1;
    return i;
  };
  const terms = rules.terms.map((t): PackedTerm => {
    const firstIsTerm = t.forms[0] === termForm(t.term, t.caseSensitive);
    const source = index(tables.sources, t.source);
    const reason = index(tables.reasons, t.reason);
    if (source >= TABLE_MAX || reason >= TABLE_MAX)
      throw new Error(`packRules: more than ${TABLE_MAX} sources or reason templates; give them more bits in the flags`);
    const flags =
      (t.caseSensitive ? 1 : 0) |
      (t.explain ? 2 : 0) |
      (t.category === 'wording' ? 4 : 0) |
      (SEVERITIES.indexOf(t.severity) << 3) |
      (firstIsTerm ? FIRST_FORM_IS_TERM : 0) |
      (source << SOURCE_SHIFT) |
      (reason << REASON_SHIFT);
    const packed: PackedTerm = [
      t.id === termId(t.term) ? '' : t.id === ADOPTED + termId(t.term) ? '~' : t.id,
      flags,
      t.term,
      t.plain,
      (noteUses.get(t.note) ?? 0) > 1 ? index(tables.notes, t.note) : t.note,
      t.url ? index(tables.urls, t.url) : -1,
      shortForms(firstIsTerm ? t.forms.slice(1) : t.forms, termForm(t.term, t.caseSensitive)),
    ];
    if (t.notBefore.length + t.notAfter.length + t.onlyBefore.length + t.onlyAfter.length > 0)
      packed.push([t.notBefore, t.notAfter, t.onlyBefore, t.onlyAfter]);
    return packed;
  });
  return { name: rules.name, version: rules.version, settings: rules.settings, lexicons: rules.lexicons, ...tables, terms };
}

/** The context lists of a term that has none: one frozen empty list, not four new ones a term. */
const NONE = Object.freeze([]) as unknown as string[];

/**
 * Term `i` of the packed rules, decoded. It runs for most terms once per
 * process, on the first check, so it is written for V8's interpreter:
 * indexed reads rather than destructuring (which steps an iterator per
 * field), one `split` for the forms rather than a spread, and no new empty
 * lists.
 */
export function decodeTerm(packed: PackedRules, i: number): CompiledTerm {
  const { sources, notes, reasons, urls } = packed;
  const p = packed.terms[i] as PackedTerm;
  const id = p[0];
  const flags = p[1];
  const term = p[2];
  const note = p[4];
  const url = p[5];
  const context = p[7];
  const caseSensitive = (flags & 1) !== 0;
  const t: CompiledTerm = {
    id: id === '' ? termId(term) : id === '~' ? ADOPTED + termId(term) : id,
    source: sources[(flags >> SOURCE_SHIFT) & (TABLE_MAX - 1)] ?? 'clearplan',
    category: flags & 4 ? 'wording' : 'jargon',
    severity: SEVERITIES[(flags >> 3) & 3] ?? 'warning',
    term,
    plain: p[3],
    explain: (flags & 2) !== 0,
    note: typeof note === 'number' ? (notes[note] ?? '') : note,
    reason: reasons[(flags >> REASON_SHIFT) & (TABLE_MAX - 1)] ?? '',
    caseSensitive,
    forms: packedForms(p),
    notBefore: context ? context[0] : NONE,
    notAfter: context ? context[1] : NONE,
    onlyBefore: context ? context[2] : NONE,
    onlyAfter: context ? context[3] : NONE,
  };
  const link = url >= 0 ? urls[url] : undefined;
  if (link) t.url = link;
  return t;
}

/**
 * A form as stored: one that shares at least 2 leading characters with the form before it (for the
 * first, the term's own form) and drops at most 20 of its last characters is written as "~", then a
 * character for how many it drops (":" none, ";" one, …), then what it adds: "abscond|absconds|
 * absconded" is stored as "~:s|~;ed", "attend contact|attends contact" as "~>s contact". Most forms
 * are endings of their term or of each other, so gzip has far less to find: about 4 KB less in the
 * Worker bundle. Forms never hold a "~" (packRules checks).
 */
const SHORT = '~';
const MIN_SHARED = 2;
const MAX_DROPPED = 20;
const DROPPED_BASE = 58;

function shortForm(form: string, before: string): string {
  if (form.includes(SHORT)) throw new Error(`packRules: the form ${JSON.stringify(form)} has a "${SHORT}", which stands for the form before it`);
  let shared = 0;
  while (shared < before.length && shared < form.length && before[shared] === form[shared]) shared++;
  const dropped = before.length - shared;
  return shared >= MIN_SHARED && dropped <= MAX_DROPPED ? SHORT + String.fromCharCode(DROPPED_BASE + dropped) + form.slice(shared) : form;
}

/** A term's forms as stored (all but the first when that is the term's own form), joined by "|". */
function shortForms(forms: readonly string[], base: string): string {
  let before = base;
  return forms
    .map((f) => {
      const short = shortForm(f, before);
      before = f;
      return short;
    })
    .join('|');
}

/** A packed term's forms (`CompiledTerm.forms`). */
export function packedForms(p: PackedTerm): string[] {
  const flags = p[1];
  let before = termForm(p[2], (flags & 1) !== 0);
  const forms: string[] = flags & FIRST_FORM_IS_TERM ? [before] : [];
  if (p[6] === '') return forms;
  const stored = p[6].split('|');
  for (let k = 0; k < stored.length; k++) {
    const f = stored[k] as string;
    before = f.charCodeAt(0) === 126 ? before.slice(0, before.length - (f.charCodeAt(1) - DROPPED_BASE)) + f.slice(2) : f;
    forms.push(before);
  }
  return forms;
}

/** Whether a packed term matches case-sensitively (`CompiledTerm.caseSensitive`). */
export const packedCaseSensitive = (p: PackedTerm): boolean => (p[1] & 1) !== 0;

/** The inverse of `packRules`. */
export function decodeRules(packed: PackedRules): CompiledRules {
  const terms: CompiledTerm[] = [];
  for (let i = 0; i < packed.terms.length; i++) terms.push(decodeTerm(packed, i));
  return { name: packed.name, version: packed.version, settings: packed.settings, lexicons: packed.lexicons, terms };
}

/**
 * The packed rules' JSON text from the parts the generated module stores it
 * in: joined, each backtick back to the apostrophe it stands for (see
 * `src/build/compile-rules.ts`).
 */
export const joinPacked = (parts: readonly string[]): string => parts.join('').replaceAll('`', "'");

/** The few small fields read without decoding the rest (the rules version, the default settings). */
export type RulesHead = Pick<CompiledRules, 'name' | 'version' | 'settings'>;

/**
 * The packed terms behind a `lazyRules` object, for a reader that needs only
 * some terms (the term matcher): `packed` to read their forms, `term(i)` to
 * decode one, the same object `terms[i]` is.
 */
export interface PackedSource {
  packed: () => PackedRules;
  term: (i: number) => CompiledTerm;
}

const sources = new WeakMap<CompiledRules, PackedSource>();

/** The packed terms behind `rules`, if `lazyRules` made it. */
export const packedSource = (rules: CompiledRules): PackedSource | undefined => sources.get(rules);

/**
 * A `CompiledRules` whose `terms` and `lexicons` are decoded from `packed`
 * (the JSON of `packRules`, cut into parts) on first read, once. The fields are own,
 * enumerable properties, so spreading or serialising the object still sees
 * them all. Terms read through `packedSource` are decoded one by one and
 * kept, so `terms` holds the same objects.
 */
export function lazyRules(head: RulesHead, packed: readonly string[]): CompiledRules {
  let parsed: PackedRules | undefined;
  let terms: CompiledTerm[] | undefined;
  const decodedTerms: CompiledTerm[] = [];
  const data = (): PackedRules => (parsed ??= fromColumns(JSON.parse(joinPacked(packed)) as StoredRules, head));
  const term = (i: number): CompiledTerm => (decodedTerms[i] ??= decodeTerm(data(), i));
  const allTerms = (): CompiledTerm[] => {
    if (!terms) {
      const n = data().terms.length;
      terms = [];
      for (let i = 0; i < n; i++) terms.push(term(i));
    }
    return terms;
  };
  const rules = Object.defineProperties({} as CompiledRules, {
    name: { value: head.name, enumerable: true },
    version: { value: head.version, enumerable: true },
    terms: { get: allTerms, enumerable: true },
    lexicons: { get: () => data().lexicons, enumerable: true },
    settings: { value: head.settings, enumerable: true },
  });
  sources.set(rules, { packed: data, term });
  return rules;
}

/*
 * The Dale–Chall and Spache familiar-word lists, packed together (about 3.5 KB less gzip in the Worker
 * bundle than the two lists as space-joined strings). Every word on either list, in code-unit order,
 * is written as one head character and then the part of the word after the characters it shares with
 * the word before it (front coding). The head is a base plus the number of shared characters (0–13):
 * 'A' (65) for a word on the Dale–Chall list only, 'Q' (81) for one on both, '0' (48) for Spache only.
 * Words hold only a–z, apostrophes, hyphens and full stops, so no head can be taken for part of a word.
 */
const ONLY_DALE_CHALL = 65;
const ON_BOTH = 81;
const ONLY_SPACHE = 48;
const MAX_SHARED = 13;
const isHead = (c: number): boolean => c >= ONLY_SPACHE && c < 97;

/** The two lists as one packed string (build time: `src/build/compile-rules.ts`). */
export function packFamiliarWords(daleChall: readonly string[], spache: readonly string[]): string {
  const onDaleChall = new Set(daleChall);
  const onSpache = new Set(spache);
  const words = [...new Set([...daleChall, ...spache])].sort();
  let out = '';
  let before = '';
  for (const word of words) {
    if (!/^[a-z'.-]+$/.test(word))
      throw new Error(`packFamiliarWords: ${JSON.stringify(word)} has a character the packing cannot hold`);
    let shared = 0;
    while (shared < MAX_SHARED && shared < before.length && before[shared] === word[shared]) shared++;
    const base = !onSpache.has(word) ? ONLY_DALE_CHALL : onDaleChall.has(word) ? ON_BOTH : ONLY_SPACHE;
    out += String.fromCharCode(base + shared) + word.slice(shared);
    before = word;
  }
  return out;
}

/** The inverse of `packFamiliarWords`: the Dale–Chall and Spache lists as `Set`s. */
export function unpackFamiliarWords(packed: string): [daleChall: Set<string>, spache: Set<string>] {
  const daleChall = new Set<string>();
  const spache = new Set<string>();
  let word = '';
  for (let at = 0; at < packed.length; ) {
    const head = packed.charCodeAt(at);
    let end = at + 1;
    while (end < packed.length && !isHead(packed.charCodeAt(end))) end++;
    const base = head >= ON_BOTH ? ON_BOTH : head >= ONLY_DALE_CHALL ? ONLY_DALE_CHALL : ONLY_SPACHE;
    word = word.slice(0, head - base) + packed.slice(at + 1, end);
    if (base !== ONLY_SPACHE) daleChall.add(word);
    if (base !== ONLY_DALE_CHALL) spache.add(word);
    at = end;
  }
  return [daleChall, spache];
}

/**
 * A short fingerprint of a packed familiar-word string (its length and an FNV-1a hash of its code
 * units), so a list read at run time (the Worker's static asset) can be checked against the list
 * the engine was built with.
 */
export function familiarWordsDigest(packed: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < packed.length; i++) hash = Math.imul(hash ^ packed.charCodeAt(i), 0x1000193);
  return `${packed.length}:${(hash >>> 0).toString(36)}`;
}
