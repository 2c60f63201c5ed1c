import { describe, expect, it } from 'vitest';
import { actionWith } from './helpers.js';

describe('sharing with no one named', () => {
  const plan = [
    'What will happen',
    '• The nursery key person will share any concerns by the end of each week.',
    '• The nursery key person will share the daily diary with Mum every Friday.',
    '• Tell the school nurse about Zac’s new inhaler by 9 May.',
    '• Share any new worries by 2 May.',
    '• SW to share the core group notes by 2 May.',
  ].join('\n');

  it('calls "share" vague when no one is named to share with', () => {
    expect(actionWith(plan, 'any concerns').problems).toContain('vague-action');
    expect(actionWith(plan, 'new worries').problems).toContain('vague-action');
  });

  it('keeps "share … with Mum", sharing a named thing and other verbs clear', () => {
    expect(actionWith(plan, 'daily diary').problems).not.toContain('vague-action');
    expect(actionWith(plan, 'inhaler').problems).not.toContain('vague-action');
    expect(actionWith(plan, 'core group notes').problems).not.toContain('vague-action');
  });
});
