/**
 * Phrase matching over the word list: every term form compiled into a word
 * trie, one pass over the words, longest match wins. Cost is linear in the
 * number of words whatever the number of terms.
 *
 * The trie is built lazily, one first word at a time: the constructor only
 * sorts the forms by their first word, and the branch under a first word is
 * built the first time a text has that word. A plan uses a few hundred
 * distinct words, so a fresh process builds a small part of the ~5,000
 * forms' trie, and building it stays off the import and most of the first
 * check. The result is the same trie: forms go in in the same order, and
 * the first term to claim a form keeps it.
 */
import type { CompiledRules, CompiledTerm } from './compiled.js';
import type { Token } from './document.js';
import { packedCaseSensitive, packedForms, packedSource } from './rules-codec.js';

interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  term: CompiledTerm | undefined;
}

const node = (): TrieNode => ({ next: undefined, term: undefined });

/** A word trie whose first-level branches are built on first use. */
export class Trie {
  /**
   * Forms not yet in the trie, by first word: each form (its words joined by
   * spaces) followed by its term, flat, so adding one allocates nothing but
   * the first word's key; the words after the first are cut when its branch
   * is built. A term may be given as its index in `resolve`'s list, to be
   * decoded only if a text has its form's first word.
   */
  private readonly pending = new Map<string, Array<string | CompiledTerm | number>>();
  private readonly branches = new Map<string, TrieNode>();

  constructor(private readonly resolve?: (i: number) => CompiledTerm) {}

  /** Adds a form: its words joined by single spaces. */
  add(form: string, term: CompiledTerm | number): void {
    const space = form.indexOf(' ');
    const first = space < 0 ? form : form.slice(0, space);
    const list = this.pending.get(first);
    if (list) list.push(form, term);
    else this.pending.set(first, [form, term]);
  }

  /** The node for a first word, or undefined if no form starts with it. */
  first(word: string): TrieNode | undefined {
    const built = this.branches.get(word);
    if (built) return built;
    const list = this.pending.get(word);
    if (!list) return undefined;
    const branch = node();
    for (let k = 0; k < list.length; k += 2) {
      const form = list[k] as string;
      const term = list[k + 1] as CompiledTerm | number;
      let at = branch;
      if (form.length > word.length) {
        for (const w of form.slice(word.length + 1).split(' ')) {
          at.next ??= new Map();
          let child = at.next.get(w);
          if (!child) {
            child = node();
            at.next.set(w, child);
          }
          at = child;
        }
      }
      if (!at.term) at.term = typeof term === 'number' ? (this.resolve as (i: number) => CompiledTerm)(term) : term;
    }
    this.pending.delete(word);
    this.branches.set(word, branch);
    return branch;
  }
}

export interface Match {
  term: CompiledTerm;
  /** First token index. */
  first: number;
  /** One past the last token index. */
  last: number;
}

export class Matcher {
  private readonly folded: Trie;
  private readonly exact: Trie;

  /**
   * The matcher for a rule set. For the packed rules the engine ships
   * (`lazyRules`), the forms are read from the packed terms and a term is
   * decoded only when a text has the first word of one of its forms, so a
   * fresh process decodes the few dozen terms a plan can match, not all of
   * them. Either way the trie is the same.
   */
  static forRules(rules: CompiledRules): Matcher {
    const source = packedSource(rules);
    if (!source) return new Matcher(rules.terms);
    const m = new Matcher([], source.term);
    const list = source.packed().terms;
    for (let i = 0; i < list.length; i++) {
      const p = list[i] as (typeof list)[number];
      const trie = packedCaseSensitive(p) ? m.exact : m.folded;
      const forms = packedForms(p);
      for (let k = 0; k < forms.length; k++) trie.add(forms[k] as string, i);
    }
    return m;
  }

  constructor(terms: readonly CompiledTerm[], resolve?: (i: number) => CompiledTerm) {
    this.folded = new Trie(resolve);
    this.exact = new Trie(resolve);
    // indexed loops: this runs once per process, in V8's interpreter, where
    // for-of steps an iterator object per element
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i] as CompiledTerm;
      const trie = term.caseSensitive ? this.exact : this.folded;
      const forms = term.forms;
      for (let k = 0; k < forms.length; k++) trie.add(forms[k] as string, term);
    }
  }

  private longest(tokens: readonly Token[], i: number, exact: boolean): Match | undefined {
    const first = tokens[i];
    if (!first) return undefined;
    let at: TrieNode | undefined = (exact ? this.exact : this.folded).first(exact ? first.keep : first.norm);
    if (!at) return undefined;
    let best: Match | undefined = at.term ? { term: at.term, first: i, last: i + 1 } : undefined;
    for (let j = i + 1; j < tokens.length; j++) {
      const t = tokens[j];
      if (!t || !t.linked) break;
      at = at.next?.get(exact ? t.keep : t.norm);
      if (!at) break;
      if (at.term) best = { term: at.term, first: i, last: j + 1 };
    }
    return best;
  }

  /** The longest match starting at token i, preferring exact-case terms on a tie. */
  at(tokens: readonly Token[], i: number): Match | undefined {
    const a = this.longest(tokens, i, true);
    const b = this.longest(tokens, i, false);
    if (a && b) return a.last >= b.last ? a : b;
    return a ?? b;
  }
}

/**
 * Whether a term's context words allow this match. A ":" among the only-before
 * words also allows the match when a colon follows it straight away and a word
 * comes before it in the same sentence ("concerns re: the children"), not
 * when it opens a line or follows another colon ("Subject: RE: plan").
 */
export function contextAllows(term: CompiledTerm, tokens: readonly Token[], m: Match, text = ''): boolean {
  const after = tokens[m.last];
  const next = after && after.linked ? after.norm : undefined;
  const first = tokens[m.first];
  const before = first && first.linked ? tokens[m.first - 1]?.norm : undefined;
  if (term.notBefore.length > 0 && next !== undefined && term.notBefore.includes(next)) return false;
  if (term.notAfter.length > 0 && before !== undefined && term.notAfter.includes(before)) return false;
  if (
    term.onlyBefore.length > 0 &&
    (next === undefined || !term.onlyBefore.includes(next)) &&
    !(before !== undefined && text.charCodeAt(tokens[m.last - 1]?.end ?? 0) === 58 && term.onlyBefore.includes(':'))
  )
    return false;
  if (term.onlyAfter.length > 0 && (before === undefined || !term.onlyAfter.includes(before))) return false;
  return true;
}
