/** "Ongoing: keep working with …": a time before the colon, the step after it; and help received with nothing named. */
import { describe, expect, it } from 'vitest';
import { actionWith } from './helpers.js';

const plan = [
  'What we will do',
  '• Every weekday: walk Kian to the school gate (Nan)',
  '• Ongoing: carry on working with the drug service (Dad)',
  '• Until the review: stay in touch with the family hub (Mum)',
  '• Next meeting: Friday 9 July 2027 at the family hub.',
  '• Shannon and Lee will get some support with the bills.',
].join('\n');

describe('a time first, then a colon and the step', () => {
  it('the step is read after the colon, so a vague step is still seen as vague', () => {
    expect(actionWith(plan, 'drug service')).toMatchObject({ what: 'carry on working with the drug service', who: 'Dad', when: 'Ongoing' });
    expect(actionWith(plan, 'drug service').problems).toContain('vague-action');
    expect(actionWith(plan, 'family hub (Mum)').problems).toContain('vague-action');
    expect(actionWith(plan, 'school gate')).toMatchObject({ what: 'walk Kian to the school gate', who: 'Nan', when: 'Every weekday' });
  });

  it('a meeting line whose text after the colon is a date is not cut', () => {
    expect(actionWith(plan, 'Next meeting').what).toBe('Next meeting: Friday 9 July 2027 at the family hub.');
  });

  it('"will get some support" names no step', () => {
    expect(actionWith(plan, 'the bills').problems).toContain('vague-action');
  });
});
