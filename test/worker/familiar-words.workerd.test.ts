/**
 * The familiar-word lists in workerd, with the real ASSETS binding. The
 * workers project builds the Worker as wrangler.toml's [alias] table does
 * (vitest.config.ts): without the built-in lists. The Worker reads them from
 * the assets (api/engine/familiar-words.txt, `npm run build`) before its first
 * check; they must be exactly the dale-chall and spache packages' lists.
 */
import { env, SELF } from 'cloudflare:test';
import { daleChall } from 'dale-chall';
import { spache } from 'spache';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/index.js';
import { familiarLists, hasFamiliarWords } from '../../src/engine/familiar-words.js';
import { FAMILIAR_WORDS_DIGEST } from '../../src/engine/rules.generated.js';
import { familiarWordsDigest } from '../../src/engine/rules-codec.js';

const BASE = 'https://clearplan.test';
const KEY = 'workerd-test-key-1';
const ASSETS = env['ASSETS'] as { fetch(input: string): Promise<Response> };
const TEXT = 'The family will meet the worker at the house every week. Comprehensive multidisciplinary interventions necessitate consistent organisational accountability across agencies.';

describe('the familiar-word lists in workerd', () => {
  it('are not built in; a check before they are read is an error, not a different reading age', () => {
    expect(hasFamiliarWords()).toBe(false);
    expect(() => check(TEXT)).toThrow(/word lists are not loaded/);
  });

  it('are read through the ASSETS binding before the first check, and are the lists the engine was built with', async () => {
    const file = await ASSETS.fetch(`${BASE}/api/engine/familiar-words.txt`);
    expect(file.status).toBe(200);
    expect(familiarWordsDigest(await file.text())).toBe(FAMILIAR_WORDS_DIGEST);
    const res = await SELF.fetch(`${BASE}/api/v1/check`, { method: 'POST', body: JSON.stringify({ text: TEXT }), headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${KEY}` } });
    expect(res.status).toBe(200);
    expect(hasFamiliarWords()).toBe(true);
    const [dc, sp] = familiarLists();
    expect(dc).toEqual(new Set(daleChall));
    expect(sp).toEqual(new Set(spache));
    const report = (await res.json()) as { messages: { ruleId: string; actual: string; reason: string }[] };
    expect(report).toEqual(JSON.parse(JSON.stringify(check(TEXT))));
    const hard = report.messages.filter((m) => m.ruleId === 'hard-sentence');
    expect(hard.map((m) => m.actual)).toEqual([TEXT.slice(TEXT.indexOf('Comprehensive'))]);
    // Dale–Chall and Spache, which count unfamiliar words, vote too.
    expect(hard[0]!.reason).toMatch(/^7 of 7 reading measures/);
  });
});
