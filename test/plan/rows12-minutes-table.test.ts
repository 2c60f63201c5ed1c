/** Meeting minutes set out as a tab table whose last named column holds the action: "No | Notes | Actions". */
import { describe, expect, it } from 'vitest';
import { actionsOf, actionWith } from './helpers.js';

const plan = [
  'Review meeting notes',
  '',
  'Item\tNotes\tActions',
  '1. School\tLily has missed six mornings since half term. Her teacher says she is tired.\tMr Grant to phone Gran about the mornings by Friday 12/2',
  '2. Home\tThe boiler has been fixed. Dad is working late shifts.\tPriya (SW) to visit after school on Mon 15/2 at 4pm',
  '3. Health\tLily saw the GP last week.\tGP letter to be sent to school',
  '',
].join('\n');

describe('minutes rows with the action in a named later column', () => {
  it('does not read the header row as an action', () => {
    expect(actionsOf(plan).some((a) => a.text.includes('Notes\tActions'))).toBe(false);
  });

  it('reads the owner from the action cell, not the item or notes cells', () => {
    const a = actionWith(plan, 'phone Gran');
    expect(a.what).toContain('Mr Grant to phone Gran');
    expect(a.problems).not.toContain('missing-owner');
    expect(actionWith(plan, 'after school').problems).not.toContain('missing-owner');
  });

  it('still flags a passive action cell with no owner', () => {
    expect(actionWith(plan, 'GP letter').problems).toContain('missing-owner');
  });
});
