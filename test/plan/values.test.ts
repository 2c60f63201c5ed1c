import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analysePlan } from '../../src/engine/plan/index.js';
import { LEX, actionsOf } from './helpers.js';

/** One numbered action in a plan section. */
const one = (item: string) => {
  const acts = actionsOf(`The plan\n1. ${item}\n`);
  expect(acts).toHaveLength(1);
  return acts[0] as NonNullable<(typeof acts)[0]>;
};

describe('timescales', () => {
  it.each([
    ['Mum to book the dentist by 03/04/2026.', 'by 03/04/2026'],
    ['Dad to ring the school by 3rd April.', 'by 3rd April'],
    ['Gran to collect Ali on 12th Mar.', 'on 12th Mar'],
    ['SW to visit every Tuesday.', 'every Tuesday'],
    ['SW to visit fortnightly.', 'fortnightly'],
    ['Mum to go to the group twice a week.', 'twice a week'],
    ['SW to finish the assessment within 10 working days.', 'within 10 working days'],
    ['HV to see Mia in 2 weeks.', 'in 2 weeks'],
    ['Mum to move the tablets out of reach immediately.', 'immediately'],
    ['Dad to stop smoking in the house from today.', 'from today'],
  ])('%s → %s', (item, when) => {
    const a = one(item);
    expect(a.when).toBe(when);
    expect(a.problems).not.toContain('vague-timescale');
    expect(a.problems).not.toContain('missing-timescale');
  });

  it.each([
    ['SW to share the report before the review conference.', 'before the review conference'],
    ['SW to write to Mum by RCPC.', 'by RCPC'],
  ])('%s → %s, when the plan dates the review', (item, when) => {
    const acts = actionsOf(`Review conference: 12/06/2026\n\nThe plan\n1. ${item}\n`);
    expect(acts).toHaveLength(1);
    expect(acts[0]?.when).toBe(when);
    expect(acts[0]?.problems).toEqual([]);
  });

  it('reads 03/04/2026 as a date (day first)', () => {
    const a = one('Mum to take Jo to the clinic on Friday 03/04/2026.');
    expect(a.when).toBe('on Friday 03/04/2026');
  });

  it.each(['ongoing', 'asap', 'TBC', 'as and when', 'in due course', 'when offered', 'as soon as possible', 'throughout the plan'])(
    '“%s” is a vague timescale',
    (phrase) => {
      const a = one(`SW to refer Mum to the parenting group – ${phrase}.`);
      expect(a.problems).toContain('vague-timescale');
      expect(a.when).toBe(phrase);
    },
  );

  it('no time at all is missing', () => {
    expect(one('SW to refer Mum to the parenting group.').problems).toEqual(['missing-timescale']);
  });

  it('a judgement trigger is vague, a clear trigger is not', () => {
    expect(one('Should Mum fail to engage, the LA will seek legal advice.').problems).toContain('vague-timescale');
    expect(one('Grace to ring 999 if Jayden is not home by 10pm.').problems).not.toContain('vague-timescale');
  });
});

describe('owners', () => {
  it.each([
    ['Sarah (Mum) to take Lily to nursery daily.', 'Sarah (Mum)'],
    ['SW – Priya Shah to visit weekly.', 'SW – Priya Shah'],
    ['School / DSL to ring Mum the same day.', 'School / DSL'],
    ['Dr Khan, the GP, will review the medicine monthly.', 'Dr Khan, the GP'],
    ['The health visitor will weigh Ava every Monday.', 'The health visitor'],
    ['Maternal grandmother to have the children every Saturday.', 'Maternal grandmother'],
  ])('%s → %s', (item, who) => {
    const a = one(item);
    expect(a.who).toBe(who);
    expect(a.problems).toEqual([]);
  });

  it.each(['All professionals', 'Everyone', 'The family', 'Core group', 'Agencies'])('“%s” is a vague owner', (owner) => {
    const a = one(`${owner} to share information with the social worker weekly.`);
    expect(a.problems).toContain('vague-owner');
    expect(a.who).toBe(owner);
  });

  it('passive voice has no owner', () => {
    expect(one('A referral will be made to CAMHS by 1 May.').problems).toEqual(['missing-owner']);
    expect(one('Respite to be reinstated.').problems).toEqual(['missing-owner', 'missing-timescale']);
  });

  it('the "by" agent of a passive is the owner', () => {
    const a = one('A care coordinator to be allocated by CMHT within 2 weeks.');
    expect(a.who).toBe('CMHT');
    expect(a.problems).toEqual(['vague-owner']);
  });

  it('"Mum to be supported" names nobody', () => {
    expect(one('Mum to be supported with routines weekly.').problems).toEqual(['vague-action', 'missing-owner']);
  });
});

describe('what', () => {
  it.each([
    'Mum to engage with the drug service weekly.',
    'School to monitor attendance weekly.',
    'SW to continue to support the family weekly.',
    'Parents to work openly and honestly with professionals weekly.',
    'Nan to keep an eye on the baby daily.',
  ])('%s is vague', (item) => {
    expect(one(item).problems).toContain('vague-action');
  });

  it.each([
    'Mum to take Jo to the dentist by 3 May.',
    'Everyone to share information by completing the police form weekly.',
    'Mum and Dad to make sure Sam is at school by 8.45am every day.',
  ])('%s is concrete', (item) => {
    expect(one(item).problems).not.toContain('vague-action');
  });

  it('a row with no action is missing-action', () => {
    const acts = actionsOf('Action\tWho\tWhen\n\tSW\t01/05/2026\n');
    expect(acts[0]?.problems).toEqual(['missing-action']);
  });
});

describe('findings and spans', () => {
  const plan = 'The plan\r\n• Mum to engage with services – ongoing.\r\n• A referral will be made.\r\n• “All” to share worries\t\tASAP';

  it('one finding per problem, on the action or the vague words, with a suggestion', () => {
    const { actions, findings } = analysePlan(plan, LEX);
    const problems = actions.flatMap((a) => a.problems);
    expect(findings.map((f) => f.problem).sort()).toEqual([...problems].sort());
    for (const f of findings) {
      expect(f.reason.length).toBeGreaterThan(10);
      expect(f.reason).not.toContain('\n');
      expect(f.expected.length).toBeGreaterThan(0);
      expect(f.note.length).toBeGreaterThan(10);
      expect(f.ruleId).toBe(`plan/${f.problem}`);
    }
    const vague = findings.find((f) => f.problem === 'vague-timescale');
    expect(vague && plan.slice(vague.span.start, vague.span.end)).toBe('ongoing');
    const owner = findings.find((f) => f.problem === 'missing-owner');
    expect(owner?.expected).toEqual(['Say who will do this: a name or a role']);
  });

  it('every span is inside the text and in order, whatever the input', () => {
    const pieces = fc.constantFrom(
      'The plan', 'What needs to happen?', 'Worries', '\n', '\r\n', '\t', '• ', '1. ', 'a) ', '| ', 'Who: ', 'When: ', 'Lead:', 'By: ',
      'Mum will ring the GP by 3/4/2026. ', 'to be supported ', 'Dad to ', '(Who: SW. When: TBC.) ', 'asap', '“', '’', '½', '😀', ' ', 'Action 1.1: ',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const { actions, findings } = analysePlan(text, LEX);
        const inside = (s: { start: number; end: number } | null) => s === null || (s.start >= 0 && s.end <= text.length && s.start <= s.end);
        for (const a of actions) {
          expect(inside(a.span) && inside(a.what) && inside(a.who) && inside(a.when)).toBe(true);
          expect(a.span.end).toBeGreaterThan(a.span.start);
        }
        for (const f of findings) expect(inside(f.span)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('negatives and adverbs', () => {
  it('"Dad not to drive" is owned by Dad', () => {
    const acts = actionsOf('The plan\n1. Dad not to drive with the children in the car at any time.\n');
    expect(acts[0]?.who).toBe('Dad');
    expect(acts[0]?.problems).toEqual([]);
  });
});
