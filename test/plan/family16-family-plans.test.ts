/** Plans written for the family (letters, a child's own plan, text messages): family-language shapes (session 16). */
import { describe, expect, it } from 'vitest';
import { actionWith, actionsOf } from './helpers.js';

const list = (heading: string, ...items: string[]): string => ['Plan for Ruby and Sol', '', heading, ...items.map((i) => `- ${i}`), '', 'Next meeting: Monday 7 June 2027 at 2pm.'].join('\n');

describe('family-language vague steps', () => {
  it('calls keeping checking or keeping watch monitoring, unless checking is timed', () => {
    const t = list('Who will do what', 'The adults will keep checking Sol is happy.', 'Nan will keep watch over the girls every evening.', 'Gary will keep checking the locks every night at 10pm.');
    expect(actionWith(t, 'Sol is happy').problems).toContain('vague-action');
    expect(actionWith(t, 'keep watch').problems).toContain('vague-action');
    expect(actionWith(t, 'the locks').problems).not.toContain('vague-action');
  });

  it('takes the grown-ups and the adults as a group that owns a step, but not "someone" under their heading', () => {
    const t = list('What grown-ups will do', 'The grown-ups will take me swimming every Sunday.', 'The adults in the house will lock the back gate at 8pm.', 'Somebody will fix my bike by Friday 4 June.');
    expect(actionWith(t, 'swimming').problems).not.toContain('missing-owner');
    expect(actionWith(t, 'back gate').problems).not.toContain('missing-owner');
    expect(actionWith(t, 'my bike').problems).toContain('missing-owner');
  });

  it('calls help with nothing to do, or help with a topic, vague; help to do a named thing is a step', () => {
    const t = list(
      'Who will do what',
      'Aunt Jo will help Kelly with the bedtimes.',
      'A nurse from the Oak Clinic will help Ruby soon.',
      'Priya will help you fill in the housing form by Friday 4 June.',
      'Nan will help Kelly buy a new cooker by 30 June.',
    );
    expect(actionWith(t, 'bedtimes').problems).toContain('vague-action');
    expect(actionWith(t, 'Oak Clinic').problems).toContain('vague-action');
    expect(actionWith(t, 'housing form').problems).not.toContain('vague-action');
    expect(actionWith(t, 'new cooker').problems).not.toContain('vague-action');
  });

  it('calls having a think about something consideration', () => {
    const t = list('What we agreed', 'Lee will have a think about going back to college.');
    expect(actionWith(t, 'college').problems).toContain('vague-action');
  });

  it('calls carrying out disruption vague', () => {
    const t = list('Police', 'Officers will carry out disruption around the Mill Lane garages – ongoing.');
    expect(actionWith(t, 'Mill Lane').problems).toContain('vague-action');
  });
});

describe('conditions that say when a rule holds', () => {
  it('takes "when he is minding the kids" and "when they leave the ward" as when', () => {
    const t = list('Our rules', 'Steve will not smoke cannabis when he is minding the kids.', 'Kim will take the baby home when they leave the ward.');
    expect(actionWith(t, 'cannabis').when).toBe('when he is minding the kids');
    expect(actionWith(t, 'the ward').when).toBe('when they leave the ward');
  });

  it('leaves a condition in a sentence that says what the step means', () => {
    const t = ['Our plan', '', '1. The housing officer will fit a door alarm. This means it rings if someone opens the door.', '', 'Signed'].join('\n');
    const a = actionsOf(t).find((x) => x.text.includes('door alarm'));
    expect(a?.problems).toContain('missing-timescale');
  });
});
