/**
 * Jargon and wording terms from `rules/` (plus a council's own terms), and
 * abbreviations that are in no list. One pass over the words.
 */
import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import type { CompiledRules, CompiledTerm } from '../compiled.js';
import { isQuoted, type DocumentIndex, type Token } from '../document.js';
import { Matcher, contextAllows, type Match } from '../matcher.js';
import { emit, fill } from '../message.js';
import { phraseKey } from '../options.js';
import { lexicon, state } from '../state.js';

const matchers = new WeakMap<CompiledRules, Matcher>();
const extraMatchers = new WeakMap<readonly CompiledTerm[], Matcher>();
const everydays = new WeakMap<CompiledRules, Set<string>>();

function ruleMatcher(rules: CompiledRules): Matcher {
  let m = matchers.get(rules);
  if (!m) {
    m = Matcher.forRules(rules);
    matchers.set(rules, m);
  }
  return m;
}

function everyday(rules: CompiledRules): Set<string> {
  let s = everydays.get(rules);
  if (!s) {
    s = new Set(lexicon(rules, 'vocab/everyday-acronyms', 'everyday'));
    everydays.set(rules, s);
  }
  return s;
}

const ROMAN = /^[IVXLCDM]+$/;

/** An all-capitals abbreviation of 2–6 letters or digits (at least two capitals). */
function looksLikeAbbreviation(raw: string): boolean {
  const word = raw.endsWith('s') ? raw.slice(0, -1) : raw;
  if (word.length < 2 || word.length > 6) return false;
  let capitals = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) capitals++;
    else if (!(c >= 48 && c <= 57) && c !== 38) return false;
  }
  return capitals >= 2 && !ROMAN.test(word);
}

/** Segments written in capitals (headings such as "WHAT NEEDS TO HAPPEN"). */
function shouting(index: DocumentIndex, segment: number, cache: Map<number, boolean>): boolean {
  const known = cache.get(segment);
  if (known !== undefined) return known;
  const seg = index.segments[segment];
  let caps = 0;
  let words = 0;
  if (seg) {
    for (let i = seg.firstToken; i < seg.endToken; i++) {
      const raw = index.tokens[i]?.raw ?? '';
      if (!/\p{L}/u.test(raw)) continue;
      words++;
      if (raw === raw.toUpperCase()) caps++;
    }
  }
  const result = words >= 3 && caps / words >= 0.6;
  cache.set(segment, result);
  return result;
}

function definedHere(text: string, t: Token): boolean {
  return text[t.start - 1] === '(' && text[t.end] === ')';
}

const titleCase = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c >= 65 && c <= 90 && w.length > 1 && w.slice(1) === w.slice(1).toLowerCase() && /\p{Ll}/u.test(w);
};

/** Capitalised words that start sentences but are not first names. */
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'your', 'his', 'her', 'their', 'my', 'its', 'each', 'every',
  'any', 'all', 'no', 'and', 'or', 'of', 'to', 'for', 'with', 'by', 'at', 'in', 'on', 'from', 'if', 'when', 'please',
  'ask', 'call', 'ring', 'see', 'tell', 'contact', 'refer', 'via', 'new', 'next', 'local', 'both', 'one', 'two',
]);

/** A surname in capitals after a first name ("Oliver GRANT"), as case records often write them. */
function surname(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  return (
    !!t && t.linked && !!prev && prev.segment === t.segment && t.raw.length >= 3 && titleCase(prev.raw) && !NOT_NAMES.has(prev.norm)
  );
}

export default function retextClearplanTerms() {
  return (_tree: Root, file: VFile): undefined => {
    const s = state(file);
    const { options, rules, lines } = s;
    const index = s.index;
    if (!index) return;
    const jargon = options.categories.jargon;
    const wording = options.categories.wording;
    if (!jargon && !wording) return;
    const matcher = ruleMatcher(rules);
    let extra: Matcher | undefined;
    if (options.extraTerms.length > 0) {
      extra = extraMatchers.get(options.extraTerms);
      if (!extra) {
        extra = new Matcher(options.extraTerms);
        extraMatchers.set(options.extraTerms, extra);
      }
    }
    const known = everyday(rules);
    const ignore = options.ignore;
    const explained = s.explained;
    const caps = new Map<number, boolean>();
    const { tokens, text, quotes } = index;

    const ignored = (term: CompiledTerm, actual: string): boolean =>
      ignore.size > 0 && (ignore.has(term.id) || ignore.has(term.term.toLowerCase()) || ignore.has(phraseKey(actual)));

    for (let i = 0; i < tokens.length; ) {
      let m: Match | undefined = extra?.at(tokens, i);
      const own = matcher.at(tokens, i);
      if (!m || (own && own.last > m.last)) m = own;
      if (m && contextAllows(m.term, tokens, m, text)) {
        const term = m.term;
        const start = tokens[m.first]?.start ?? 0;
        const end = tokens[m.last - 1]?.end ?? start;
        const actual = text.slice(start, end);
        const enabled = term.category === 'jargon' ? jargon : wording;
        const once = term.explain && explained.has(term.id);
        if (enabled && !once && !isQuoted(quotes, start, end) && !ignored(term, actual)) {
          if (term.explain) explained.add(term.id);
          emit(file, lines, {
            category: term.category,
            ruleId: term.id,
            source: term.source,
            severity: term.severity,
            reason: fill(term.reason, { actual: actual.replace(/\s+/g, ' '), expected: term.plain[0] ?? '' }),
            start,
            end,
            expected: term.plain,
            note: term.note,
            url: term.url,
          });
        }
        i = m.last;
        continue;
      }
      const t = tokens[i];
      if (
        jargon &&
        t &&
        looksLikeAbbreviation(t.keep) &&
        !known.has(t.keep) &&
        !known.has(t.keep.replace(/s$/, '')) &&
        !ignore.has(t.norm) &&
        !definedHere(text, t) &&
        !surname(tokens, i) &&
        !shouting(index, t.segment, caps) &&
        !isQuoted(quotes, t.start, t.end)
      ) {
        emit(file, lines, {
          category: 'jargon',
          ruleId: 'unknown-abbreviation',
          source: 'clearplan/abbreviations',
          severity: 'suggestion',
          reason: `“${t.raw}” is an abbreviation a parent may not know: write it out in full`,
          start: t.start,
          end: t.end,
          expected: [],
          note: 'Parents rarely know the short forms professionals use. Spell the words out, at least the first time.',
        });
      }
      i++;
    }
  };
}
