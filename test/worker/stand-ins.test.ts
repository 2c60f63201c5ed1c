/**
 * The Worker bundle's smaller stand-ins for parts of dependencies (the
 * `[alias]` table in wrangler.toml) must behave exactly like the parts they
 * replace: the same exports, and for regular expressions the same source and
 * flags, so every match is the same. A stand-in that drifts (a dependency
 * upgraded, the packed data edited) fails here.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// @ts-expect-error normalize-strings has no types.
import normalizeStrings from 'normalize-strings';
import { daleChall } from 'dale-chall';
import { spache } from 'spache';
import { syllable } from 'syllable';
import { EXPRESSIONS_PATH, packPattern, problematicPlurals } from '../../src/build/pack-stand-ins.js';
import normalize from '../../src/worker/normalize-strings.js';
import * as standIn from '../../src/worker/parse-latin-expressions.generated.js';
import { unpackPattern } from '../../src/worker/packed-pattern.js';
import * as vfilePath from '../../src/worker/vfile-path.js';
import * as honoMount from '../../src/worker/hono-mount.js';
import { aliases, aliasPlugin } from './aliases.js';


describe("parse-latin's expressions, packed", () => {
  it('has the same exports as parse-latin 7, each with the same source and flags', async () => {
    const original = (await import(pathToFileURL(EXPRESSIONS_PATH).href)) as Record<string, RegExp>;
    const mine = standIn as Record<string, RegExp>;
    expect(Object.keys(mine).sort()).toEqual(Object.keys(original).sort());
    for (const [name, re] of Object.entries(original)) {
      expect(mine[name], name).toBeInstanceOf(RegExp);
      expect(mine[name]!.source, name).toBe(re.source);
      expect(mine[name]!.flags, name).toBe(re.flags);
    }
    // The big classes really are in there (not an empty module that happens to match nothing).
    expect(standIn.word.test('\u00e9')).toBe(true);
    expect(standIn.lowerInitial.test('\u0101bc')).toBe(true);
    expect(standIn.lowerInitial.test('\u0100bc')).toBe(false);
    expect(standIn.numerical.test('\u0663\u0664')).toBe(true);
  });

  it('unpacks what it packs, for any text of escapes, brackets and other signs', () => {
    const escape = fc.integer({ min: 0, max: 0xffff }).map((c) => `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`);
    const sign = fc.constantFrom('[', ']', '-', '|', '^', '$', '(', ')', '?', ':', '+', '*', '~', '\\', 'a', 'Z', '0', "'", '"', ' ');
    fc.assert(
      fc.property(fc.array(fc.oneof(escape, escape, sign), { maxLength: 60 }), (parts) => {
        const source = parts.join('');
        expect(unpackPattern(packPattern(source))).toBe(source);
      }),
      { numRuns: 2000, seed: 11 },
    );
  });

  it('is packed small: each escape in at most three characters, one for the common steps', () => {
    const source = (standIn.word as RegExp).source;
    expect(packPattern(source).length).toBeLessThan(source.length / 3);
    // After the first, each step of two code points (lower-case letters between capitals) is one character.
    expect(packPattern('[\\u0101\\u0103\\u0105\\u0107]').length - packPattern('[\\u0101]').length).toBe(3);
  });
});

describe("normalize-strings' map, packed", () => {
  const original = normalizeStrings as (text: string) => string;

  it('maps every UTF-16 code unit as normalize-strings does (so every text: both map unit by unit)', () => {
    let changed = 0;
    for (let unit = 0; unit <= 0xffff; unit++) {
      const c = String.fromCharCode(unit);
      const expected = original(c);
      if (normalize(c) !== expected) expect(`${unit.toString(16)} -> ${normalize(c)}`).toBe(`${unit.toString(16)} -> ${expected}`);
      if (expected !== c) changed++;
    }
    expect(changed).toBeGreaterThan(600);
    expect(normalize('Caf\u00e9 na\u00efve \u0141\u00f3d\u017a')).toBe('Cafe naive Lodz');
  });

  it('agrees on whole texts, surrogate pairs and lone halves included', () => {
    const unit = fc.oneof(fc.integer({ min: 0, max: 0x24f }), fc.integer({ min: 0, max: 0xffff })).map((u) => String.fromCharCode(u));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('');
        expect(normalize(text)).toBe(original(text));
      }),
      { numRuns: 3000, seed: 11 },
    );
  });
});

describe('the syllable counter on the stand-ins', () => {
  /** syllable bundled as the Worker build bundles it: with wrangler.toml's [alias] table. */
  async function syllableOfTheWorker(): Promise<(word: string) => number> {
    const table = aliases();
    const dir = mkdtempSync(join(tmpdir(), 'clearplan-stand-ins-'));
    try {
      await build({
        stdin: { contents: "export { syllable } from 'syllable';", resolveDir: process.cwd() },
        bundle: true,
        format: 'esm',
        platform: 'neutral',
        mainFields: ['module', 'main'],
        outfile: join(dir, 'syllable.mjs'),
        logLevel: 'silent',
        plugins: [aliasPlugin(table)],
      });
      const mod = (await import(pathToFileURL(join(dir, 'syllable.mjs')).href)) as { syllable: (word: string) => number };
      return mod.syllable;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('counts as the real one on every word of the rules, the plans, two familiar-word lists, the problematic words and their plurals', async () => {
    expect(aliases()['pluralize']).toBe('./src/worker/pluralize.ts');
    const counted = await syllableOfTheWorker();
    const words = new Set<string>();
    const add = (text: string) => {
      for (const w of text.toLowerCase().match(/[\p{L}'\u2019-]+/gu) ?? []) words.add(w);
    };
    const fixtures = readdirSync('test/fixtures', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `test/fixtures/${d.name}`);
    for (const dir of ['rules', 'rules/plan', 'test/fixtures', ...fixtures]) {
      for (const f of readdirSync(dir)) if (/\.(ya?ml|txt)$/.test(f)) add(readFileSync(join(dir, f), 'utf8'));
    }
    add(daleChall.join(' '));
    add(spache.join(' '));
    for (const w of [...words]) words.add(`${w}s`).add(`${w}es`);
    const plurals = await problematicPlurals();
    expect(plurals.size).toBeGreaterThan(50);
    for (const [plural, single] of plurals) words.add(plural).add(single).add(plural.toUpperCase()).add(`${plural}'s`);
    expect(words.size).toBeGreaterThan(15000);
    const differ = [...words].filter((w) => counted(w) !== syllable(w));
    expect(differ).toEqual([]);
  });

  it('counts as the real one on generated words', async () => {
    const counted = await syllableOfTheWorker();
    const letter = fc.constantFrom(...'aeiouyaeioustrnlcdmpbhfgvwkxqjz\u00e9\u00ef\u0142\'-'.split(''));
    const ending = fc.constantFrom('', 's', 'es', 'ies', 'ves', 'ice', 'i', 'a', 'ae', 'men', 'ren', 'x', 'ople');
    fc.assert(
      fc.property(fc.array(letter, { minLength: 1, maxLength: 12 }), ending, (letters, end) => {
        const word = letters.join('') + end;
        expect(counted(word)).toBe(syllable(word));
      }),
      { numRuns: 5000, seed: 11 },
    );
  });
});

describe('the [alias] table of wrangler.toml', () => {
  it('replaces only what it is meant to: the relative paths are imported by parse-latin alone', async () => {
    const table = aliases();
    expect(table['./expressions.js']).toBe('./src/worker/parse-latin-expressions.generated.ts');
    expect(table['../expressions.js']).toBe('./src/worker/parse-latin-expressions.generated.ts');
    const result = await build({
      entryPoints: ['src/worker/index.ts'],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'browser',
      conditions: ['workerd', 'worker', 'browser', 'import', 'default'],
      jsx: 'automatic',
      jsxImportSource: 'hono/jsx',
      logLevel: 'silent',
    });
    const importers = Object.entries(result.metafile.inputs)
      .filter(([, input]) => input.imports.some((i) => i.original !== undefined && i.original in table && i.original.endsWith('/expressions.js')))
      .map(([file]) => file.replace(/^.*node_modules\//, ''));
    expect(importers.length).toBeGreaterThan(1);
    expect(importers.filter((f) => !f.startsWith('parse-latin/lib/'))).toEqual([]);
    // The packages replaced whole are used by the syllable counter alone, which passes no options.
    expect(table['normalize-strings']).toBe('./src/worker/normalize-strings.ts');
    expect(table['pluralize']).toBe('./src/worker/pluralize.ts');
    const packageUsers = Object.entries(result.metafile.inputs)
      .filter(([, input]) => input.imports.some((i) => i.original !== undefined && i.original in table && !/^[.#]/.test(i.original)))
      .map(([file]) => file.replace(/^.*node_modules\//, ''));
    expect(packageUsers).toEqual(['syllable/index.js']);
    const counter = readFileSync('node_modules/syllable/index.js', 'utf8');
    expect(counter).toMatch(/normalize\(String\(value\)\)/);
    expect(counter.match(/pluralize\(/g)).toEqual(['pluralize(']);
    expect(counter).toMatch(/const singular = pluralize\(value, 1\)\n\n\s*if \(own\.call\(problematic, singular\)\)/);
  });
});

describe("vfile's path helpers (#minpath, #minurl)", () => {
  it('are replaced for vfile alone, and the engine never gives a VFile a path', async () => {
    const table = aliases();
    expect(table['#minpath']).toBe('./src/worker/vfile-path.ts');
    expect(table['#minurl']).toBe('./src/worker/vfile-path.ts');
    const result = await build({ entryPoints: ['src/worker/index.ts'], bundle: true, write: false, metafile: true, format: 'esm', platform: 'browser', conditions: ['workerd', 'worker', 'browser', 'import', 'default'], jsx: 'automatic', jsxImportSource: 'hono/jsx', logLevel: 'silent' });
    const users = Object.entries(result.metafile.inputs)
      .filter(([, input]) => input.imports.some((i) => i.original === '#minpath' || i.original === '#minurl'))
      .map(([file]) => file.replace(/^.*node_modules\//, ''));
    expect(users).toEqual(['vfile/lib/index.js']);
    const engineFiles = Object.keys(result.metafile.inputs).filter((f) => f.startsWith('src/engine/') && !f.endsWith('.generated.ts'));
    const made = engineFiles.flatMap((f) => readFileSync(f, 'utf8').match(/new VFile\((?:[^()]|\([^()]*\))*\)/g) ?? []);
    expect(made.length).toBeGreaterThan(0);
    for (const call of made) expect(call).toMatch(/^new VFile\(\{ value: [^{}:]+ \}\)$/);
  });

  it("isUrl answers as vfile's own", async () => {
    const real = (await import(pathToFileURL(resolve('node_modules/vfile/lib/minurl.shared.js')).href)) as { isUrl: (v: unknown) => boolean };
    const values: unknown[] = [null, undefined, '', 'file:///x', 3, {}, { value: 'plan text' }, { href: 'a' }, { href: 'a', protocol: 'file:' }, { href: 'a', protocol: 'file:', auth: null }, { href: '', protocol: 'file:' }, new URL('file:///tmp/x'), new Uint8Array(2)];
    for (const v of values) expect(vfilePath.isUrl(v)).toBe(real.isUrl(v));
  });

  it('throws instead of answering about a path', () => {
    expect(() => vfilePath.minpath.basename()).toThrow(/not supported/);
    expect(() => vfilePath.urlToPath()).toThrow(/not supported/);
  });
});

describe("hono's mount helper (./utils/mount.js)", () => {
  it('is replaced for hono-base alone, has the same exports, and the Worker never mounts an app', async () => {
    const table = aliases();
    expect(table['./utils/mount.js']).toBe('./src/worker/hono-mount.ts');
    const result = await build({ entryPoints: ['src/worker/index.ts'], bundle: true, write: false, metafile: true, format: 'esm', platform: 'browser', conditions: ['workerd', 'worker', 'browser', 'import', 'default'], jsx: 'automatic', jsxImportSource: 'hono/jsx', logLevel: 'silent' });
    const users = Object.entries(result.metafile.inputs)
      .filter(([, input]) => input.imports.some((i) => i.original === './utils/mount.js'))
      .map(([file]) => file.replace(/^.*node_modules\//, ''));
    expect(users).toEqual(['hono/dist/hono-base.js']);
    const real = (await import(pathToFileURL(resolve('node_modules/hono/dist/utils/mount.js')).href)) as Record<string, unknown>;
    expect(Object.keys(honoMount).sort()).toEqual(Object.keys(real).sort());
    // Only hono-base's mount() calls the helper; no Worker or web file calls mount().
    const base = readFileSync('node_modules/hono/dist/hono-base.js', 'utf8');
    expect(base.match(/createMountedRequest\(/g)).toEqual(['createMountedRequest(']);
    const own = Object.keys(result.metafile.inputs).filter((f) => /^(src|web)\//.test(f));
    expect(own.length).toBeGreaterThan(10);
    for (const f of own) expect(readFileSync(f, 'utf8'), f).not.toMatch(/\.mount\(/);
    expect(() => honoMount.createMountedRequest()).toThrow(/not supported/);
  });
});
