/** Headings that name the people and end "will:" own the bare instructions under them, wherever the plan's sections stand. */
import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';

describe('"<people> WILL:" headings after background', () => {
  it('reads the list under a heading whose names run past the colon of a field', () => {
    const text = [
      'Core group review – Leo Marsh (9)',
      '',
      'How things have gone:  Mum has been to one of the two asthma sessions.',
      '',
      'LEO NEEDS:  his asthma to be kept under control',
      'MUM AND NAN (Kerry and Jean Marsh) WILL:',
      '1) Give Leo his brown inhaler morning and night.',
      '2) Take him to the asthma nurse on Thursday 11 March.',
      'PROFESSIONALS WILL:',
      '1) School nurse to check his inhaler is in date by 19 March.',
    ].join('\n');
    const acts = actionsOf(text);
    expect(acts.map((a) => a.text)).toEqual(['Give Leo his brown inhaler morning and night.', 'Take him to the asthma nurse on Thursday 11 March.', 'School nurse to check his inhaler is in date by 19 March.']);
    expect(acts[0]?.who).toBe('MUM AND NAN (Kerry and Jean Marsh)');
    expect(acts[0]?.problems).not.toContain('missing-owner');
  });
});
