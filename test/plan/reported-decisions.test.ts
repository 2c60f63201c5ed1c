import { describe, expect, it } from 'vitest';
import { actionWith, actionsOf } from './helpers.js';

// A chair's summary written as "we": the action and its doer sit inside the that-clause.
describe('actions reported by the conference in the first person plural', () => {
  const plan = [
    'Review Child Protection Conference – notes and plan',
    'Child: Arlo Penn (6)',
    '',
    'What we decided',
    '',
    'We asked that the family support worker arrange a home visit before Christmas.',
    '',
    'We recommended that an early help assessment be completed for Arlo’s brother.',
    '',
    'We would expect Mr Penn to attend every session of the Fresh Start group on Mondays.',
    '',
    'We requested that housing look at the mould in the back bedroom.',
    '',
    'It was recommended that a parenting course be offered to both parents.',
  ].join('\n');

  it('finds each reported decision as one action', () => {
    expect(actionsOf(plan)).toHaveLength(5);
  });

  it('reads a bare verb after "that" with its doer', () => {
    const a = actionWith(plan, 'home visit');
    expect(a.who).toBe('the family support worker');
    expect(a.problems).not.toContain('missing-owner');
    expect(actionWith(plan, 'mould').who).toBe('housing');
  });

  it('reads "… be done" after "that" as a passive with no doer', () => {
    expect(actionWith(plan, 'early help assessment').problems).toContain('missing-owner');
    expect(actionWith(plan, 'parenting course').problems).toContain('missing-owner');
  });

  it('reads "we would expect X to …" with X as the doer', () => {
    const a = actionWith(plan, 'Fresh Start');
    expect(a.who).toBe('Mr Penn');
  });

  it('keeps a modal after "that" as before', () => {
    const one = ['Plan', '', 'We agreed that the health visitor will weigh Ivy every Thursday.'].join('\n');
    expect(actionWith(one, 'weigh').who).toBe('the health visitor');
  });

  it('does not make a doer out of a noun before a later "to"', () => {
    const one = ['Plan', '', 'We asked that contact be supervised in order to keep Ivy safe.'].join('\n');
    expect(actionWith(one, 'contact').problems).toContain('missing-owner');
  });

  it('reads "continue to evidence" as vague', () => {
    const one = ['Plan', '', 'We would expect Dad to continue to evidence his commitment to the plan.'].join('\n');
    expect(actionWith(one, 'evidence').problems).toContain('vague-action');
  });
});
