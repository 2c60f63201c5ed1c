/**
 * Phrase matching over the word list: every term form compiled once into a
 * word trie, one pass over the words, longest match wins. Cost is linear in
 * the number of words whatever the number of terms.
 */
import type { CompiledTerm } from './compiled.js';
import type { Token } from './document.js';

interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  term: CompiledTerm | undefined;
}

const node = (): TrieNode => ({ next: undefined, term: undefined });

export class Trie {
  readonly root: TrieNode = node();

  add(words: readonly string[], term: CompiledTerm): void {
    let at = this.root;
    for (const w of words) {
      at.next ??= new Map();
      let child = at.next.get(w);
      if (!child) {
        child = node();
        at.next.set(w, child);
      }
      at = child;
    }
    at.term ??= term;
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
  private readonly folded = new Trie();
  private readonly exact = new Trie();

  constructor(terms: readonly CompiledTerm[]) {
    for (const term of terms) {
      const trie = term.caseSensitive ? this.exact : this.folded;
      for (const form of term.forms) trie.add(form.split(' '), term);
    }
  }

  private longest(tokens: readonly Token[], i: number, exact: boolean): Match | undefined {
    let at: TrieNode | undefined = exact ? this.exact.root : this.folded.root;
    let best: Match | undefined;
    for (let j = i; j < tokens.length; j++) {
      const t = tokens[j];
      if (!t || (j > i && !t.linked)) break;
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

/** Whether a term's context words allow this match. */
export function contextAllows(term: CompiledTerm, tokens: readonly Token[], m: Match): boolean {
  const after = tokens[m.last];
  const next = after && after.linked ? after.norm : undefined;
  const first = tokens[m.first];
  const before = first && first.linked ? tokens[m.first - 1]?.norm : undefined;
  if (term.notBefore.length > 0 && next !== undefined && term.notBefore.includes(next)) return false;
  if (term.notAfter.length > 0 && before !== undefined && term.notAfter.includes(before)) return false;
  if (term.onlyBefore.length > 0 && (next === undefined || !term.onlyBefore.includes(next))) return false;
  if (term.onlyAfter.length > 0 && (before === undefined || !term.onlyAfter.includes(before))) return false;
  return true;
}
