/**
 * Lettered items that wrap with a hanging indent, each closed by an indented
 * dash line holding only the doer and the time ("— Dad, starting 8th Feb").
 * That line belongs to the item above; it is not an item of its own.
 */
import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';

const PLAN = [
  'CHILD PROTECTION PLAN – Tyler Bright (9)',
  '',
  '1. Tyler is not hit or hurt at home',
  '',
  '   (a) Dad will go on the Steps to Change course and',
  '       go to every session.',
  '       — Dad, starting 8th Feb 2027',
  '   (b) Mum and Dad will write a plan for what they do',
  '       when Tyler will not listen, and show it to Sam.',
  '       — Mum and Dad, by 22/2/27',
  '   (c) A safety talk with Tyler about who he can tell.',
  '       — Sam (SW), within 2 weeks',
  '',
  '2. Tyler goes to school every day',
  '',
  '   (a) Mum will walk Tyler to school.',
  '       — Mum, every school day',
  '   (b) School will let Sam know on the day if Tyler is',
  '       absent.',
  '       — Mrs Patel (DSL), same day',
  "   (c) Tyler's attendance to be looked at again.",
  '       — by the review',
  '',
  'Review conference: 28 April 2027, 10am.',
].join('\n');

const PLAN2 = [
  'Safety plan for Mason (3)',
  '',
  'A. Mason is fed and warm',
  '  i. Shannon will buy a fireguard for the front room',
  '     – Shannon, by 1 March',
  '  ii. The health visitor will weigh Mason at home.',
  '     – Health visitor (Ruth), every fortnight',
  '  iii. Money advice appointment at the hub for Shannon.',
  '     – Citizens Advice, 12/3/27',
  '',
  'B. Mason sees a dentist',
  '  i. Shannon to register Mason with Bridge Street Dental.',
  '     - within 4 weeks',
].join('\n');

describe('a dash line of who and when under an item', () => {
  it('joins the item above and gives its owner and time', () => {
    const acts = actionsOf(PLAN);
    expect(acts).toHaveLength(6);
    expect(acts.map((a) => a.when)).toEqual(['8th Feb', 'by 22/2/27', 'within 2 weeks', 'every school day', expect.any(String), 'by the review']);
    expect(acts[2]?.text.startsWith('A safety talk')).toBe(true);
    expect(acts[2]?.who).toContain('SW');
    expect(acts[3]?.problems).not.toContain('missing-timescale');
  });

  it('en dash and hyphen lines under roman items, in other words', () => {
    const acts = actionsOf(PLAN2);
    expect(acts.map((a) => a.text.slice(0, 14))).toEqual(['Shannon will b', 'The health vis', 'Money advice a', 'Shannon to reg']);
    expect(acts.map((a) => a.when)).toEqual(['by 1 March', 'every fortnight', '12/3/27', 'within 4 weeks']);
    expect(acts[2]?.who).toBe('Citizens Advice');
  });
});
