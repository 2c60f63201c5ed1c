/** A passive task with a named doer on its own line under a next-steps list is an action, with or without a time. */
import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';

const text = [
  'Danger statement',
  'We are worried that the boys are not fed or washed when Leanne is low.',
  '',
  'NEXT STEPS (who – what – by when)',
  '• Leanne – go to the GP about her low mood – by 12 March',
  '• Craig (Dad) – pick the boys up from school on Mondays – weekly',
  '• Family support worker – start the routines work – w/c 15 March',
  '',
  'Life story work for Jayden to be done by Ruth with Leanne and Craig.',
  '',
  'Minutes to be typed up.',
].join('\n');

describe('a passive task line under the list', () => {
  it('is an action when it names who does it; a bare admin note is not', () => {
    const acts = actionsOf(text);
    const line = acts.find((a) => a.text.startsWith('Life story work'));
    expect(line?.who).toBe('Ruth');
    expect(acts).toHaveLength(4);
  });
});
