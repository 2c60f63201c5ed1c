import { describe, expect, it } from 'vitest';
import { actionWith, actionsOf } from './helpers.js';

describe('a young person’s own plan with contractions, under topic headings after background', () => {
  const plan = [
    'MY SAFETY PLAN – Callum, 15',
    '',
    'PART A – MY PLAN (I wrote this with my worker Dee)',
    '',
    'What went wrong',
    'Some older lads asked me to carry stuff for them and I went missing twice.',
    '',
    'Me',
    'I’m going to be home by 9pm on school nights.',
    'I won’t get in cars with people I don’t know.',
    'If the lads message me, I’ll block them and tell Dee the same day.',
    '',
    'My dad',
    'Dad is going to pick me up from football every Saturday.',
    'Dad will ring Dee if I’m not home by 9pm.',
    '',
    'PART B – WHAT PROFESSIONALS WILL DO',
    '1. SW to visit Callum at home every 2 weeks.',
  ].join('\n');

  it('finds the lines under the topic headings as actions', () => {
    expect(actionsOf(plan)).toHaveLength(6);
  });

  it('reads the doer inside "I’m going to" and "I’ll"', () => {
    expect(actionWith(plan, 'home by 9pm on school').who).toBe('I');
    expect(actionWith(plan, 'block them').who).toBe('I');
    expect(actionWith(plan, 'get in cars').who).toBe('I');
  });

  it('leaves a background paragraph out', () => {
    expect(actionsOf(plan).some((a) => a.text.includes('older lads'))).toBe(false);
  });

  it('reads "You’ll" as the doer in a message', () => {
    const msg = ['Plan as agreed:', '1) You’ll take the bins out every Sunday night.', '2) I’ll ring the landlord about the boiler by Monday.'].join('\n');
    expect(actionWith(msg, 'bins').who).toBe('You');
    expect(actionWith(msg, 'landlord').who).toBe('I');
  });
});

describe('a numbered section heading straight over roman items', () => {
  const plan = [
    '1. Background',
    'Mia has been to hospital many times this year.',
    '',
    '2. The plan',
    '(i) Dr Shah will see Mia every month.',
    '(ii) No medicines, scans or referrals to other clinics are to be started unless Dr Shah agrees.',
    '(iii) Mum will take Mia to school every day.',
    '',
    '3. Contingency',
    'If Mia misses school again, the social worker will call a meeting within a week.',
  ].join('\n');

  it('reads the items under it as the plan, and the contingency as not', () => {
    const texts = actionsOf(plan).map((a) => a.text);
    expect(texts).toHaveLength(3);
    expect(texts[1]).toContain('No medicines');
  });
});

describe('fields written as questions', () => {
  const plan = [
    'Our plan for Noor',
    '',
    '1. What will happen? Noor will go to speech therapy at Elm Clinic.',
    'Who? Her grandad will take her.',
    'When? Every Tuesday at 10am.',
    '',
    '2. What will happen? Someone will look at getting a bigger flat.',
    'Who?',
    'When? To be agreed.',
  ].join('\n');

  it('reads "Who?" and "When?" lines as the owner and the timescale', () => {
    const a = actionWith(plan, 'speech therapy');
    expect(a.who).toBe('Her grandad');
    expect(a.when).toBe('Every Tuesday at 10am.');
    expect(a.what).toBe('Noor will go to speech therapy at Elm Clinic.');
  });

  it('reads a bare "Who?" as a blank owner', () => {
    expect(actionWith(plan, 'bigger flat').problems).toContain('missing-owner');
  });

  it('keeps "What needs to happen?" on its own line a heading', () => {
    const other = ['What needs to happen?', '- Dad to mend the stair gate by Sunday.'].join('\n');
    expect(actionsOf(other)).toHaveLength(1);
  });
});
