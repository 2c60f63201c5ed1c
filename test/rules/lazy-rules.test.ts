/**
 * The packed rules decoded on demand: a matcher read straight from the packed
 * terms must behave exactly like one built from the fully decoded list, and
 * hand back the very term objects `terms` holds.
 */
import { describe, expect, it } from 'vitest';
import type { CompiledTerm } from '../../src/engine/compiled.js';
import type { Token } from '../../src/engine/document.js';
import { RULES } from '../../src/engine/index.js';
import { Matcher } from '../../src/engine/matcher.js';
import { decodeRules, fromColumns, lazyRules, packRules, packedSource, toColumns, type StoredRules } from '../../src/engine/rules-codec.js';

/** A fresh lazily decoded copy of the shipped rules (apostrophes stored as backticks, as the generator does). */
function freshRules() {
  const packed = toColumns(packRules(decodeRules(fromColumns(JSON.parse(JSON.stringify(toColumns(packRules(RULES)))) as StoredRules, RULES))));
  const text = JSON.stringify(packed).replaceAll("'", '`');
  const half = Math.floor(text.length / 2);
  return lazyRules({ name: RULES.name, version: RULES.version, settings: RULES.settings }, [text.slice(0, half), text.slice(half)]);
}

/** Tokens for words joined by spaces, each linked to the one before, then an unrelated closing word. */
function tokens(words: string): Token[] {
  const list = [...words.split(' '), 'zzzqx'];
  return list.map((w, i) => ({ start: 0, end: 0, raw: w, norm: w, keep: w, segment: 0, linked: i > 0, hyphenated: false }));
}

describe('lazily decoded rules', () => {
  it('a matcher from the packed terms finds what one from the decoded list finds, for every form', () => {
    const lazy = freshRules();
    const fromPacked = Matcher.forRules(lazy);
    const reference = freshRules();
    const fromList = new Matcher(reference.terms);
    let forms = 0;
    for (const term of reference.terms) {
      for (const form of term.forms) {
        const ts = tokens(form);
        for (let i = 0; i < ts.length; i++) {
          const a = fromPacked.at(ts, i);
          const b = fromList.at(ts, i);
          expect(a === undefined).toBe(b === undefined);
          if (a && b) {
            expect([a.term.id, a.first, a.last]).toEqual([b.term.id, b.first, b.last]);
          }
        }
        forms++;
      }
    }
    expect(forms).toBeGreaterThan(1000);
  }, 60_000);

  it('hands out the same term objects that `terms` holds, and decodes them all alike', () => {
    const lazy = freshRules();
    const matcher = Matcher.forRules(lazy);
    const term = RULES.terms.find((t) => !t.caseSensitive && t.forms.length > 0) as CompiledTerm;
    const hit = matcher.at(tokens(term.forms[0] as string), 0);
    expect(hit).toBeDefined();
    const index = lazy.terms.findIndex((t) => t.id === hit?.term.id);
    expect(lazy.terms[index]).toBe(hit?.term);
    expect(packedSource(lazy)?.term(index)).toBe(hit?.term);
    expect(JSON.parse(JSON.stringify(lazy))).toEqual(JSON.parse(JSON.stringify(RULES)));
  });

  it('gives the lexicons without decoding a term, and a plain rule set has no packed source', () => {
    const lazy = freshRules();
    expect(lazy.lexicons).toEqual(RULES.lexicons);
    expect(packedSource({ ...RULES })).toBeUndefined();
    // a plain object's matcher is built from its term list
    const plain = { ...RULES, terms: RULES.terms.slice(0, 3) };
    const m = Matcher.forRules(plain);
    const first = plain.terms.find((t) => !t.caseSensitive) as CompiledTerm;
    expect(m.at(tokens(first.forms[0] as string), 0)?.term).toBe(first);
  });
});
