/** Plans that name their people once in a key and mark each action with the codes. */
import { describe, expect, it } from 'vitest';
import { codedOwner, findOwnerKey } from '../../src/engine/plan/owner-key.js';
import { actionWith } from './helpers.js';

const plan = [
  'Support plan for Ruby Kaur (aged 4)',
  '',
  'Who is who',
  'P = Priya (mum)   W = Wes Hall, family support worker   N = Dr Osei, GP   T = all professionals working with Ruby',
  '',
  'Actions',
  '1. (P) Take Ruby to the dentist on Monday 8 March.',
  '2. (W, P) Wes and Priya to draw up a bedtime chart by 12/03.',
  '3. (N) Review Ruby’s inhaler at the next clinic on 15 March.',
  '4. Ruby’s nursery place to be confirmed by Friday 5 March. (W)',
  '5. (Q) Call Priya every Tuesday evening.',
  '6. (T) Phone the duty line the same day if Ruby is seen out alone after dark.',
  '7. Bedroom to be cleared of broken toys by 19 March.',
].join('\n');

describe('owner key', () => {
  it('reads every code and the words it stands for', () => {
    const key = findOwnerKey(plan);
    expect(key && [...key.keys()]).toEqual(['P', 'W', 'N', 'T']);
    const w = key?.get('W');
    expect(w && plan.slice(w.start, w.end)).toBe('Wes Hall, family support worker');
  });

  it('reads a key written one code to a line', () => {
    const t = 'Key\nM = Mum\nS = Sam, social worker\n\n1. (S) Visit weekly.';
    expect([...(findOwnerKey(t)?.keys() ?? [])]).toEqual(['M', 'S']);
  });

  it('one "X = y" line is not a key, nor are sums inside prose', () => {
    expect(findOwnerKey('Score A = 3 out of 5.\n1. Mum to call the school by Friday.')).toBeNull();
    expect(findOwnerKey('EDD = 4 May\n1. Mum to call the school by Friday.')).toBeNull();
  });

  it('codes at the start of an action name its owner', () => {
    expect(actionWith(plan, 'dentist').who).toBe('P');
    expect(actionWith(plan, 'dentist').problems).not.toContain('missing-owner');
  });

  it('several codes name several owners, written as the plan writes them', () => {
    expect(actionWith(plan, 'bedtime chart').who).toBe('W, P');
  });

  it('a code at the end of the action counts too', () => {
    const a = actionWith(plan, 'nursery place');
    expect(a.who).toBe('W');
    expect(a.problems).not.toContain('missing-owner');
  });

  it('a code the key does not give names no one', () => {
    expect(actionWith(plan, 'every Tuesday').problems).toContain('missing-owner');
  });

  it('a code that stands for a group is a vague owner', () => {
    expect(actionWith(plan, 'duty line').problems).toContain('vague-owner');
  });

  it('an action with no code is read as before', () => {
    expect(actionWith(plan, 'Bedroom').problems).toContain('missing-owner');
  });

  it('without a key, bracketed capitals are left alone', () => {
    const t = 'Plan\n1. (A) Take Ruby to the dentist on Monday 8 March.';
    expect(findOwnerKey(t)).toBeNull();
    expect(codedOwner(t, [{ start: t.indexOf('(A)'), end: t.length }], new Map())).toBeNull();
  });
});
