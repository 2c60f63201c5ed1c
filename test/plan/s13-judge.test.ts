import { describe, expect, it } from 'vitest';
import { actionWith } from './helpers.js';

describe('judging what (session 13)', () => {
  const plan = [
    'Child protection plan for Rio Adams (7)',
    'Conference: Monday 1 March 2027. Review conference: Monday 31 May 2027.',
    '',
    'Actions',
    '1. The school nurse will continue to visit Rio at home.',
    '2. Gran to carry on the weekly swimming with Rio every Saturday at 10am.',
    '3. Continue to fund after-school club (Early Help).',
    '4. PT - continue free school meals for Rio',
    '5. Uncle Joe will help Rio and his sister make sense of why Dad left.',
    '6. Mum and Stefan will put the children first.',
    '7. Mum and Stefan will talk more with each other.',
    '8. All workers to note Mr Kane’s bail conditions.',
    '9. Stefan to find a course. To be decided with the team manager.',
    '10. Speech therapy assessment needs review to be considered.',
    '11. Uncle Joe to raise Rio’s awareness of road safety.',
    '12. Mum to enrol at the college and engage with the study skills tutor by 30 April.',
    '13. Family court application to be progressed – council solicitor to file it by 14 April.',
    '14. Mum to get help for her low mood.',
    '15. Time with Dad will be increased when things are calmer.',
    '16. Time with Dad will be increased to two afternoons a week from 3 May.',
    '17. Staff to keep Rio’s wishes at the heart of every decision.',
    '18. Rio to have his own time away from looking after Mum.',
    '19. The learning mentor will do some work with Rio about feelings.',
    '20. Stefan to look for signs of Mum drinking again.',
  ].join('\n');

  it('calls carrying on what is done now vague, unless it says how often', () => {
    expect(actionWith(plan, 'continue to visit Rio').problems).toContain('vague-action');
    expect(actionWith(plan, 'Continue to fund').problems).toContain('vague-action');
    expect(actionWith(plan, 'continue free school meals').problems).toContain('vague-action');
  });

  it('calls an aim with no step vague', () => {
    expect(actionWith(plan, 'make sense of why').problems).toContain('vague-action');
    expect(actionWith(plan, 'children first').problems).toContain('vague-action');
    expect(actionWith(plan, 'talk more').problems).toContain('vague-action');
    expect(actionWith(plan, 'road safety').problems).toContain('vague-action');
    expect(actionWith(plan, 'low mood').problems).toContain('vague-action');
    expect(actionWith(plan, 'heart of every').problems).toContain('vague-action');
    expect(actionWith(plan, 'time away from').problems).toContain('vague-action');
    expect(actionWith(plan, 'some work with Rio').problems).toContain('vague-action');
  });

  it('does not take drinking for a method, and calls a note to all no step', () => {
    expect(actionWith(plan, 'bail conditions').problems).toContain('vague-action');
    expect(actionWith(plan, 'signs of Mum drinking').problems).toContain('vague-action');
  });

  it('calls a step left to be decided vague, and a passive "to be considered" the reading missed', () => {
    expect(actionWith(plan, 'find a course').problems).toContain('vague-action');
    expect(actionWith(plan, 'needs review').problems).toContain('vague-action');
  });

  it('keeps a concrete step with a vague second half, or a vague passive a named doer turns into a step', () => {
    expect(actionWith(plan, 'enrol at the college').problems).not.toContain('vague-action');
    expect(actionWith(plan, 'council solicitor').problems).not.toContain('vague-action');
  });

  it('calls an increase with no amount vague, and one with an amount clear', () => {
    expect(actionWith(plan, 'things are calmer').problems).toContain('vague-action');
    expect(actionWith(plan, 'two afternoons').problems).not.toContain('vague-action');
  });
});

describe('judging when (session 13)', () => {
  const plan = [
    'Safety plan for Kit Moss (4)',
    'Review conference: Monday 31 May 2027.',
    '',
    'Actions',
    '1. The nursery will let Aunt Jo know if Kit arrives hungry or unwashed.',
    '2. Dad will fit a door chain so the neighbours can help if he is away.',
    '3. If Nana is unwell, Uncle Bob will walk Kit to nursery instead.',
    '4. If Nana is unwell, Uncle Bob will think about it.',
    '5. The SW will visit Mum after the injunction is served.',
    '6. The nurse will see Kit every sleep at the ward and check his breathing.',
    '7. Dr Shah to check Kit’s ears – next clinic.',
    '8. Grandad will drive Kit to swimming when Nana asks.',
    '9. Mum will make sure Kit’s needs are met at all times.',
    '10. Mum will make sure Kit is at nursery by 9am every day.',
    '11. You will do your best for Kit.',
    '12. The flat to be improved.',
  ].join('\n');

  it('reads "let someone know if" as a report on a change, not "whether"', () => {
    expect(actionWith(plan, 'arrives hungry').when).toBe('if Kit arrives hungry or unwashed');
  });

  it('does not take a condition in a purpose clause for the time of the action', () => {
    expect(actionWith(plan, 'door chain').problems).toContain('missing-timescale');
  });

  it('takes a stand-in for when a plan fails as a clear trigger', () => {
    expect(actionWith(plan, 'walk Kit').problems).not.toContain('vague-timescale');
    expect(actionWith(plan, 'think about it').problems).toContain('vague-timescale');
  });

  it('calls a time that waits on another body’s step vague', () => {
    expect(actionWith(plan, 'injunction').problems).toContain('vague-timescale');
  });

  it('knows sleeps, clinics and being asked as times', () => {
    expect(actionWith(plan, 'every sleep').problems).toEqual([]);
    expect(actionWith(plan, 'next clinic').problems).toContain('vague-timescale');
    expect(actionWith(plan, 'Nana asks').problems).toEqual([]);
  });

  it('keeps "make sure" vague when what is made sure of is vague, however often', () => {
    expect(actionWith(plan, 'needs are met').problems).toContain('vague-action');
    expect(actionWith(plan, 'by 9am').problems).toEqual([]);
  });

  it('calls doing your best and a bare improvement vague', () => {
    expect(actionWith(plan, 'your best').problems).toContain('vague-action');
    expect(actionWith(plan, 'flat to be improved').problems).toContain('vague-action');
  });
});

describe('routine times, waits and undecided steps (session 13)', () => {
  const plan = [
    'Plan for Ivy Lord (3)',
    '',
    'Actions',
    '3. Ivy to get her bike back | | when the police release it',
    '4. A laptop for Ivy’s brother. To be discussed with the family hub manager.',
    '5. Mum to go to the swimming group on Tuesdays 10–11am, when a space is free.',
    '6. Mum to go to the swimming group on Tuesdays 10–11am from 4 May.',
    '7. Dad will see Ivy every other Sunday as agreed.',
  ].join('\n');


  it('calls a time that waits on the police vague', () => {
    expect(actionWith(plan, 'bike back').problems).toContain('vague-timescale');
  });

  it('reads "To be discussed with…" after a request as the undecided step, not a time', () => {
    const a = actionWith(plan, 'laptop');
    expect(a.problems).toContain('vague-action');
    expect(a.problems).toContain('missing-timescale');
  });

  it('calls a session time vague when its start waits on a place, but not when it has a start date', () => {
    expect(actionWith(plan, 'space is free').problems).toContain('vague-timescale');
    expect(actionWith(plan, 'from 4 May').problems).toEqual([]);
    expect(actionWith(plan, 'as agreed').problems).not.toContain('vague-timescale');
  });
});
