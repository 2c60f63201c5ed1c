/** Lists under a person heading, or under a place heading between two parts of the plan, are all items. */
import { describe, expect, it } from 'vitest';
import { actionsOf, actionWith } from './helpers.js';

const letter = [
  'Your plan, Tyler',
  '',
  'What is going to happen',
  '',
  'You',
  '• Get back in by 8pm on weekdays and 11pm on Saturdays.',
  '• Text your dad when you get to training.',
  '',
  'Youth offending team',
  '• Do a catch-up chat with you within two days of any night away.',
  '• Keep in touch with your dad each week.',
  '',
].join('\n');

const stages = [
  'Pre-birth plan for baby Hughes',
  '',
  'What we are worried about',
  'Kerry has missed two scans and Liam has been violent before.',
  '',
  'Before baby is born',
  '• Pre-birth assessment to be finished (SW, by 20/05/2027)',
  '• Kerry to go to every antenatal check (Kerry, ongoing)',
  '',
  'At the hospital',
  '• Liam may visit in the day but must not stay the night (Liam)',
  '• Discharge meeting on the unit before baby leaves (SW to book, within 3 working days of the birth)',
  '',
  'When baby comes home',
  '• Health visitor to visit at home (HV, within 10 days of the birth)',
  '',
].join('\n');

describe('lists under headings inside the plan', () => {
  it('reads every item under a person heading, with that person as owner', () => {
    const acts = actionsOf(letter);
    expect(acts.some((a) => a.text.startsWith('Get back in by 8pm'))).toBe(true);
    expect(actionWith(letter, 'catch-up chat').problems).not.toContain('missing-owner');
    expect(acts.some((a) => a.text.startsWith('Do a catch-up chat'))).toBe(true);
  });

  it('reads the items under a place heading between two parts of the plan', () => {
    expect(actionsOf(stages).some((a) => a.text.includes('must not stay the night'))).toBe(true);
    expect(actionsOf(stages).some((a) => a.text.includes('Discharge meeting'))).toBe(true);
  });

  it('"SW to book" in the closing bracket names SW as the owner', () => {
    const a = actionWith(stages, 'Discharge meeting');
    expect(a.who).toBe('SW');
    expect(a.problems).not.toContain('missing-owner');
  });
});
