/**
 * Word-level text helpers shared by the rule compiler (build time) and the
 * engine (run time), so a phrase in `rules/` and a word in a plan are
 * normalised the same way.
 */

/**
 * A word: letters and digits, with inner apostrophes, dots and ampersands
 * (Mum's, s.47, A&E). Hyphens, slashes and spaces separate words, so
 * "step-down" and "step down" are the same two words. Linear: each
 * alternative starts with a different character class.
 */
export const WORD = /[\p{L}\p{N}]+(?:['’.&][\p{L}\p{N}]+)*/gu;

const normalized = new Map<string, string>();

/** Lower-case, straight apostrophes, no dots, no possessive ending. Cached per word. */
export function normalizeWord(word: string): string {
  let n = normalized.get(word);
  if (n === undefined) {
    n = normalizeUncached(word);
    if (normalized.size > 50_000) normalized.clear();
    normalized.set(word, n);
  }
  return n;
}

function normalizeUncached(word: string): string {
  let w = word.toLowerCase();
  if (w.includes('’')) w = w.replaceAll('’', "'");
  if (w.includes('.')) w = w.replaceAll('.', '');
  if (w.endsWith("'s")) w = w.slice(0, -2);
  return w;
}

/** The same word with case kept (for case-sensitive acronyms). */
export function normalizeWordKeepCase(word: string): string {
  let w = word;
  if (w.includes('’')) w = w.replaceAll('’', "'");
  if (w.endsWith("'s")) w = w.slice(0, -2);
  return w;
}

/** Words of a phrase, as written. */
export function splitWords(phrase: string): string[] {
  return phrase.match(WORD) ?? [];
}

const VOWEL = /[aeiou]/;

/** How many groups of vowels a word has: a rough count of its syllables. */
function vowelGroups(word: string): number {
  let groups = 0;
  let inGroup = false;
  for (const ch of word) {
    const v = VOWEL.test(ch);
    if (v && !inGroup) groups++;
    inGroup = v;
  }
  return groups;
}

function doubled(stem: string): string | undefined {
  // Consonant-vowel-consonant ending: plan → planned, stop → stopped. In a
  // longer word only where the last syllable is stressed (refer → referred,
  // commit → committed, occur → occurred) or the consonant is an l, which
  // British English doubles (travel → travelled); not offer → offerred.
  const n = stem.length;
  if (n < 3) return undefined;
  const a = stem[n - 3] ?? '';
  const b = stem[n - 2] ?? '';
  const c = stem[n - 1] ?? '';
  if (VOWEL.test(a) || !VOWEL.test(b) || VOWEL.test(c) || 'wxy'.includes(c)) return undefined;
  if (vowelGroups(stem) === 1 || c === 'l' || /(?:^(?:re|pre|trans|con|de|in)fer|mit|cur|gret|bed)$/.test(stem)) return stem + c;
  return undefined;
}

/**
 * What a word's ending says it can become. A word that is already inflected
 * ("working", "unaccompanied", "services") or an adjective ("therapeutic",
 * "serious") gains nothing from -s/-ed/-ing but bytes in every bundle; nouns
 * with a noun or adjective ending ("meeting", "referral", "clinic") take a
 * plural only. Forms that are not English never occur in a plan, so leaving
 * them out changes no finding; it keeps the compiled rules small.
 */
function inflectionShape(word: string): 'none' | 'plural' | 'all' {
  const n = word.length;
  if (/(?:ous|ful|less)$/.test(word)) return 'none';
  if (n >= 5 && word.endsWith('ed') && !word.endsWith('eed')) return 'none';
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return 'none';
  if (n >= 6 && word.endsWith('ing')) return 'plural';
  if (/(?:ic|al|ive|ary|ory|ity)$/.test(word)) return 'plural';
  return 'all';
}

/**
 * Inflected forms of one lower-case word: plural / third person, past, and
 * -ing, as far as its ending allows (see inflectionShape). Some
 * over-generation remains (a noun gains -ed): harmless, as such forms never
 * occur in a plan.
 */
export function inflectWord(word: string): string[] {
  const out = new Set<string>();
  if (!/^[a-z]{3,}$/.test(word)) return [];
  const shape = inflectionShape(word);
  if (shape === 'none') return [];
  const last = word.at(-1) ?? '';
  const beforeLast = word.at(-2) ?? '';
  // -s / -es / -ies
  if (/(?:s|x|z|ch|sh)$/.test(word)) out.add(word + 'es');
  else if (last === 'y' && !VOWEL.test(beforeLast)) out.add(word.slice(0, -1) + 'ies');
  else out.add(word + 's');
  if (shape === 'plural') return [...out];
  // -ed / -ing
  if (last === 'e') {
    out.add(word + 'd');
    if (!word.endsWith('ee')) out.add(word.slice(0, -1) + 'ing');
    else out.add(word + 'ing');
  } else if (last === 'y' && !VOWEL.test(beforeLast)) {
    out.add(word.slice(0, -1) + 'ied');
    out.add(word + 'ing');
  } else {
    out.add(word + 'ed');
    out.add(word + 'ing');
    const d = doubled(word);
    if (d) {
      out.add(d + 'ed');
      out.add(d + 'ing');
    }
  }
  out.delete(word);
  return [...out];
}

/**
 * British ⇄ American spelling swaps, compiled once: [pattern, replacement,
 * and the words it applies to where the pattern alone is too broad].
 */
type SpellingSwap = readonly [from: RegExp, to: string, appliesTo?: (word: string) => boolean];
/** Words in -ise with no -ize spelling (promise, advise, exercise…). */
const NO_IZE = /^(?:prom|adv|superv|exerc|comprom|surpr|rev|dev|prem|otherw|prec|conc|w|r|ra|no|po|cru|bru|desp|disgu|expert|merchand|telev|compr|improv|franch|enterpr|circumc)is(?:e|ed|es|ing)$/;
/** The words with both -our and -or spellings: most words in -or (doctor, minor) have no -our form. */
const OUR_WORDS = /^(?:behavi|col|fav|hon|lab|neighb|harb|hum|rum|vap|rig|vig|endeav|flav|arm|od)o/;
const hasIze = (word: string): boolean => !NO_IZE.test(word);
const hasOur = (word: string): boolean => OUR_WORDS.test(word);
const SPELLING_SWAPS: readonly SpellingSwap[] = [
  [/is(e|ed|es|ing|ation|ations)$/, 'iz$1', hasIze],
  [/iz(e|ed|es|ing|ation|ations)$/, 'is$1'],
  [/ys(e|ed|es|ing)$/, 'yz$1'],
  [/yz(e|ed|es|ing)$/, 'ys$1'],
  [/([a-z]{3})our(s|ed|ing|al|able)?$/, '$1or$2', hasOur],
  [/([a-z]{3})or(s|ed|ing|al|able)?$/, '$1our$2', hasOur],
  [/([a-z]{2})tre(s)?$/, '$1ter$2'],
  [/ae/, 'e'],
  [/oe/, 'e'],
  [/mme(s)?$/, 'm$1'],
  // judgement/judgment, acknowledgement/acknowledgment (not agreement or placement).
  [/dgement(s)?$/, 'dgment$1'],
];

/** British and American spellings of one lower-case word (the word itself excluded). */
export function spellingVariants(word: string): string[] {
  const out = new Set<string>();
  for (const [from, to, appliesTo] of SPELLING_SWAPS) {
    if (appliesTo && !appliesTo(word)) continue;
    if (from.test(word)) {
      const v = word.replace(from, to);
      if (v !== word) out.add(v);
    }
  }
  return [...out];
}

/**
 * All lower-case word sequences a phrase is matched as: the phrase, its first
 * or last word inflected, and British/American spellings of each word.
 */
export function phraseForms(phrase: string, inflect: boolean): string[][] {
  const base = splitWords(phrase).map(normalizeWord);
  if (base.length === 0) return [];
  const variantsOf = (w: string): string[] => [w, ...spellingVariants(w)];
  const forms: string[][] = [base];
  if (inflect) {
    const lastIndex = base.length - 1;
    const lastWord = base[lastIndex] ?? '';
    // A phrase's last word is nearly always a noun (core group, care plan): it
    // takes a plural and a gerund (care planning), not a past tense; a
    // phrase's verb comes first (step down → stepped down).
    const lastForms = inflectWord(lastWord).filter((f) => lastIndex === 0 || !f.endsWith('ed'));
    for (const f of lastForms) forms.push([...base.slice(0, lastIndex), f]);
    if (base.length > 1) {
      const first = base[0] ?? '';
      for (const f of inflectWord(first)) forms.push([f, ...base.slice(1)]);
    }
  }
  const out = new Map<string, string[]>();
  for (const form of forms) {
    out.set(form.join(' '), form);
    form.forEach((w, i) => {
      for (const v of variantsOf(w)) {
        if (v === w) continue;
        const copy = form.slice();
        copy[i] = v;
        out.set(copy.join(' '), copy);
      }
    });
  }
  return [...out.values()];
}
