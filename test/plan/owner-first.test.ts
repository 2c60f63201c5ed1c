import { describe, expect, it } from 'vitest';
import { actionWith, actionsOf } from './helpers.js';

describe('owners written first on unbulleted lines', () => {
  const plan = [
    'Plan for Tia and Jack Moss',
    '',
    'What is going well',
    'Dad has stopped drinking and Tia is back at nursery.',
    '',
    'The plan',
    'Dad will go to his Recovery Steps group every Wednesday.',
    'Priya (FSW): call in twice a week until the end of March.',
    'Nursery (Mr Hale, DSL): phone the SW the same day if Tia is not collected.',
    'SW – see Jack on his own at school every 3 weeks.',
    'Housing team – check the damp in the back bedroom – by 20 February.',
    'Everyone – keep in touch.',
  ].join('\n');

  it('finds every line as its own action', () => {
    expect(actionsOf(plan)).toHaveLength(6);
  });

  it('reads the owner before a colon or a spaced dash', () => {
    expect(actionWith(plan, 'twice a week').who).toBe('Priya (FSW)');
    expect(actionWith(plan, 'not collected').who).toBe('Nursery (Mr Hale, DSL)');
    expect(actionWith(plan, 'on his own').who).toBe('SW');
    expect(actionWith(plan, 'on his own').what).toBe('see Jack on his own at school every 3 weeks.');
  });

  it('reads owner – action – timescale', () => {
    const a = actionWith(plan, 'damp');
    expect(a.who).toBe('Housing team');
    expect(a.what).toBe('check the damp in the back bedroom');
    expect(a.when).toBe('by 20 February.');
  });
});

describe('a bold owner before a colon, with a dash later in the line', () => {
  const plan = ['## Who will do what', '', '* **Kelly:** keep the front door locked at night – *starting tonight*.', '* School: a place in the breakfast club to be offered by half term.'].join('\n');

  it('keeps the name as the owner', () => {
    expect(actionWith(plan, 'front door').who).toBe('Kelly');
    expect(actionWith(plan, 'breakfast club').who).toBe('School');
  });
});

describe('the owner in round brackets at the end', () => {
  const plan = [
    'What needs to happen',
    'a) Mend the stair gate before the baby crawls (Dad / housing officer).',
    'b) Speech therapy referral to be made (Early years team).',
    'c) Move Ellie’s bus stop nearer home (School Travel Service) – by Easter.',
    'd) Go to the clinic on 4 May (if needed).',
  ].join('\n');

  it('reads a role or a capitalised name as the owner', () => {
    expect(actionWith(plan, 'stair gate').who).toBe('Dad / housing officer');
    expect(actionWith(plan, 'Speech therapy').who).toBe('Early years team');
    expect(actionWith(plan, 'bus stop').who).toBe('School Travel Service');
  });

  it('does not read a condition in brackets as an owner', () => {
    expect(actionWith(plan, 'clinic').who).toBeNull();
  });
});

describe('"X is not to …": a ban is still the named person’s action', () => {
  const plan = ['Plan', 'a) Mr Bell is not to smack Ava, from today.', 'b) The twins are not to be left with Uncle Dan at any time.'].join('\n');

  it('reads the subject as the owner; a passive ban has none', () => {
    expect(actionWith(plan, 'smack').who).toBe('Mr Bell');
    expect(actionWith(plan, 'twins').who).toBeNull();
  });
});

describe('PDF line breaks inside a lettered item', () => {
  const plan = [
    'PLAN',
    '',
    '1. Ava will be safe at home',
    'a) Mr Cole is not to shout at Ava, with',
    'immediate effect.',
    'b) Mr Cole to complete the parenting course at Elm Road',
    'Family Hub, starting Monday 7 December 2026.',
    '',
    '2. Meetings',
    'a) Core group to meet every 4 weeks, first meeting 30/11/2026 at Elm Road',
    'Family Hub.',
  ].join('\n');

  it('keeps a wrapped "X to do" line as one item, not a heading', () => {
    expect(actionsOf(plan)).toHaveLength(3);
    expect(actionWith(plan, 'parenting course').who).toBe('Mr Cole');
    expect(actionWith(plan, 'Core group').text).toContain('Family Hub.');
  });
});

describe('waiting on someone else or on a need is not a timescale', () => {
  const plan = ['Plan', '- Grandad will give Leah a lift to college when she needs it.', '- Dad will join the fathers group when a space comes up.'].join('\n');

  it('flags the timescale as vague', () => {
    expect(actionWith(plan, 'lift').problems).toContain('vague-timescale');
    expect(actionWith(plan, 'fathers group').problems).toContain('vague-timescale');
  });
});

describe('the "by" agent stops before the timescale', () => {
  const plan = ['Plan', '- Contact to be supervised by Grandma every Sunday.', '- Visits to be done by Mum and the HV this week.'].join('\n');

  it('reads the name, not the name and "every"', () => {
    expect(actionWith(plan, 'supervised').who).toBe('Grandma');
    expect(actionWith(plan, 'Visits').who).toBe('Mum and the HV');
  });
});

describe('keeping watch or in touch is not a step', () => {
  const plan = ['Plan', '- Aunt Jo will keep a close eye on Ava.', '- Dad will keep me updated.', '- The HV will keep working with you.'].join('\n');

  it('flags each action as vague', () => {
    for (const a of actionsOf(plan)) expect(a.problems).toContain('vague-action');
  });
});
