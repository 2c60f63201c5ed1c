/**
 * The Dale–Chall and Spache familiar-word lists ship packed together in one
 * front-coded string (rules-codec.ts). Unpacked, they must be exactly the
 * lists of the dale-chall and spache packages.
 */
import { daleChall } from 'dale-chall';
import { spache } from 'spache';
import { describe, expect, it } from 'vitest';
import { FAMILIAR_WORDS as BUILT_IN } from '../../src/engine/familiar-words.generated.js';
import { packFamiliarWords, unpackFamiliarWords } from '../../src/engine/rules-codec.js';

const FAMILIAR_WORDS = BUILT_IN!;

describe('the packed familiar-word lists', () => {
  it('unpack to the dale-chall and spache lists, word for word', () => {
    const [dc, sp] = unpackFamiliarWords(FAMILIAR_WORDS);
    expect(dc).toEqual(new Set(daleChall));
    expect(sp).toEqual(new Set(spache));
    expect(dc.size).toBe(daleChall.length);
    expect(sp.size).toBe(spache.length);
  });

  it('keep which list each word is on, and words that start with, or are, a word before them', () => {
    const first = ['bed', 'bedroom', "don't", 'doe', 'good-bye', 'mr.', 'mrs.', 'a'];
    const second = ['bed', "don't", 'mrs.', 'zebra', 'zebras', 'b'];
    const packed = packFamiliarWords(first, second);
    const [a, b] = unpackFamiliarWords(packed);
    expect(a).toEqual(new Set(first));
    expect(b).toEqual(new Set(second));
    // Front coding: "bedroom" after "bed" stores only "room", "zebras" after "zebra" only "s".
    expect(packed).not.toContain('bedroom');
    expect(packed).not.toContain('zebras');
  });

  it('refuses a word the packing cannot hold', () => {
    expect(() => packFamiliarWords(['Capital'], [])).toThrow(/cannot hold/);
    expect(() => packFamiliarWords(['two words'], [])).toThrow(/cannot hold/);
    expect(() => packFamiliarWords([''], [])).toThrow(/cannot hold/);
  });

  it('is much smaller after gzip than the two lists joined by spaces', async () => {
    const { gzipSync } = await import('node:zlib');
    const before = gzipSync(JSON.stringify([daleChall.join(' '), spache.join(' ')])).length;
    const after = gzipSync(JSON.stringify(FAMILIAR_WORDS)).length;
    expect(before - after).toBeGreaterThan(3000);
  });
});
