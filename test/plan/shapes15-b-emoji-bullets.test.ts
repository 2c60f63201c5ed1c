/**
 * A plan typed on a phone uses emoji as bullets, and the phone adds an
 * invisible emoji selector (U+FE0F) after the glyph: "➡️ Mum will …",
 * "✔️ Gran to …". The selector is part of the marker, so the lines are still
 * list items.
 */
import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';

const SEL = '\ufe0f';

const PHONE = [
  'Plan for Ollie 💙',
  '',
  'WHAT WE AGREED',
  '',
  `➡${SEL} Mum will take your tablet`,
  'downstairs at 9pm every night.',
  '',
  `➡${SEL} I (Sasha) will see you at school`,
  'every other Tuesday.',
  '',
  `➡${SEL} Gran to pick you up from`,
  'football on Saturdays.',
  '',
  'Text me any time x',
].join('\n');

const TICKS = [
  'Safety plan – Lily',
  '',
  `✔${SEL} Dad will not drink when Lily stays over, from this weekend`,
  `✔${SEL} Aunt Mo to be at handover every Sunday at 5pm`,
  `✔${SEL} School to ring me if Lily is upset on a Monday`,
].join('\n');

describe('emoji bullets with a selector after the glyph', () => {
  it('"➡️" items that wrap onto the next line are actions', () => {
    const acts = actionsOf(PHONE);
    expect(acts.map((a) => a.text.slice(0, 12))).toEqual(['Mum will tak', 'I (Sasha) wi', 'Gran to pick']);
    expect(acts[0]?.when).toContain('9pm every night');
  });

  it('"✔️" items, in other words', () => {
    const acts = actionsOf(TICKS);
    expect(acts.map((a) => a.text.slice(0, 8))).toEqual(['Dad will', 'Aunt Mo ', 'School t']);
  });
});
