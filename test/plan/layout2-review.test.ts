/** Review plans: old actions with their status, then the new actions. */
import { describe, expect, it } from 'vitest';
import { doneByStatus, openByStatus } from '../../src/engine/plan/review.js';
import { actionsOf, actionWith } from './helpers.js';

const all = (t: string) => ({ start: 0, end: t.length });

describe('doneByStatus / openByStatus', () => {
  it.each(['STATUS: Achieved.', 'STATUS – MET', 'Status: fully achieved; the course certificate was seen', 'Status: partially met. Replaced by action 4.'])('%s is done', (line) => {
    const t = `2. Aunt Jo to take Kyle to the optician.\n${line}`;
    expect(doneByStatus(t, all(t))).toBe(true);
    expect(openByStatus(t, all(t))).toBe(false);
  });

  it.each(['Status: not met – carried forward.', 'STATUS: NOT ACHIEVED', 'Status: ongoing', 'Status: achieved in part, continuing'])('%s is still open', (line) => {
    const t = `2. Aunt Jo to take Kyle to the optician.\n${line}`;
    expect(doneByStatus(t, all(t))).toBe(false);
    expect(openByStatus(t, all(t))).toBe(true);
  });

  it('a progress note is not a status: "Progress: done" on a standing task keeps it', () => {
    const t = '2. Aunt Jo to book Kyle’s eye tests a month ahead.\nProgress: Done. The optician now sends reminders.';
    expect([doneByStatus(t, all(t)), openByStatus(t, all(t))]).toEqual([false, false]);
  });

  it('a case system’s "Status: Completed" does not close an action it still lists', () => {
    const t = 'Task ref: 77\nDescription: Aunt Jo to book Kyle’s eye test.\nStatus: Completed';
    expect(doneByStatus(t, all(t))).toBe(false);
  });

  it('an item with no status line is neither', () => {
    const t = 'Aunt Jo to take Kyle to the optician. It is done when the glasses arrive.';
    expect([doneByStatus(t, all(t)), openByStatus(t, all(t))]).toEqual([false, false]);
  });
});

const review = [
  'Review meeting – updated plan for Kyle',
  '',
  'HOW THE LAST PLAN WENT',
  '',
  '1. Aunt Jo to take Kyle to the optician.',
  'Status: Achieved. Glasses collected on 2 March.',
  '',
  '2. Mr Price to find Kyle a place at breakfast club.',
  'Status: Not met – carried forward. No places until April.',
  'Lead: Mr Price (head of year)   Timescale: by 30/04/2027',
  '',
  '3. Dean to stop smoking cannabis in the flat.',
  'Status: Partly achieved. Replaced by revised action 2.',
  '',
  'THE PLAN FROM TODAY',
  '',
  'Revised action 1: Kyle’s mum, Gemma, to go to the drug and alcohol drop-in each Thursday at 11am.',
  'Lead: Gemma   Timescale: weekly from 8 April',
  '',
  'Revised action 2: Dean to keep all cannabis out of the flat and agree to drug tests.',
  'Lead: Dean   Timescale:',
  '',
].join('\n');

describe('a review plan with statuses and relabelled new actions', () => {
  it('keeps the carried-forward old action, drops the done ones, and finds every "Revised action N:" item', () => {
    const texts = actionsOf(review).map((a) => a.text.slice(0, 30));
    expect(texts).toEqual(['Mr Price to find Kyle a place ', 'Revised action 1: Kyle’s mum, ', 'Revised action 2: Dean to keep']);
  });

  it('reads the Lead and Timescale lines of the new actions', () => {
    const a = actionWith(review, 'drop-in');
    expect([a.who, a.when]).toEqual(['Gemma', 'weekly from 8 April']);
    expect(actionWith(review, 'out of the flat').problems).toContain('missing-timescale');
  });

  it('"New" before a word that is not a label does not make a list item', () => {
    const t = 'Plan\n\nNew school 2: Kyle starts at Hillside in May.\n';
    expect(actionsOf(t).some((a) => a.text.startsWith('New school 2'))).toBe(false);
  });
});
