/** A "Complete by" column is the time column, in a plain tab table and in one whose cells wrap. */
import { describe, expect, it } from 'vitest';
import { actionWith } from './helpers.js';

describe('"Complete by" heads the time column', () => {
  it('plain rows', () => {
    const t = 'Task\tLead\tComplete by\nBook Milo’s hearing test\tDad\t12/05/2027\nFind a nursery place for Milo\tHealth visitor\tTBC\n';
    expect(actionWith(t, 'hearing test').when).toBe('12/05/2027');
    expect(actionWith(t, 'nursery place').problems).toContain('vague-timescale');
  });

  it('rows whose cells wrap onto more lines', () => {
    const t = [
      'Task\tLead\tComplete by\tNotes',
      'Dad to take Milo to every',
      'speech therapy session at',
      'Parkside Clinic.\tDad\tEach session\t',
      'Nursery to write down any',
      'marks they see on Milo.\tNursery\tBy the end of',
      'each day\t',
      'Parenting assessment to be',
      'finished with both parents.\tJo Amis',
      '(SW)\tOngoing\tStarted',
      '',
    ].join('\n');
    expect(actionWith(t, 'speech therapy').when).toBe('Each session');
    expect(actionWith(t, 'speech therapy').problems).not.toContain('missing-timescale');
    expect(actionWith(t, 'Parenting assessment').problems).toContain('vague-timescale');
  });
});
