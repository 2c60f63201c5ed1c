/** Lists under stage headings ("BEFORE THE BIRTH" / "ON THE WARD" / "ONCE BABY IS HOME") before any action heading. */
import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';

const text = [
  'PLAN FOR BABY OF JODIE MARR',
  'Due date 14/05/2027',
  '',
  'Why we are worried',
  'Jodie used cannabis every day until February. Her partner Leon has hit her twice.',
  '',
  'Leon',
  'Leon lives with his brother in Hexby and works nights.',
  '',
  'BEFORE THE BIRTH',
  '- Jodie will go to the Pathway drug service every Thursday at 10am.',
  '- Priya (SW) will finish the parenting assessment by 20 April.',
  '- Community midwife to send the birth plan to the ward by 36 weeks.',
  '- Leon to start the Choices programme by 1 April.',
  '',
  'ON THE MATERNITY WARD',
  '- Ward to ring Priya when Jodie is admitted.',
  '- Jodie and baby to stay in for 3 nights so baby can be watched.',
  '- Leon can visit in the afternoons if a nurse is there.',
  '- Discharge meeting on the ward before baby goes home.',
  '',
  'ONCE BABY IS HOME',
  '- Health visitor will visit every week for 6 weeks.',
  '- Core group every 3 weeks.',
  '',
  'IF THINGS GO WRONG',
  'If Jodie uses again, Priya will speak to her manager that day.',
].join('\n');

describe('stage headings', () => {
  it('a list of nothing but actions under the first stage starts the plan; the stages after it are the plan too', () => {
    const acts = actionsOf(text).map((a) => a.text);
    expect(acts).toContain('Jodie and baby to stay in for 3 nights so baby can be watched.');
    expect(acts).toContain('Leon can visit in the afternoons if a nurse is there.');
    expect(acts).toContain('Discharge meeting on the ward before baby goes home.');
    expect(acts).toContain('Core group every 3 weeks.');
    expect(acts).toHaveLength(10);
    expect(acts.some((a) => a.startsWith('Leon lives'))).toBe(false);
  });

  it('a stage heading names no owner', () => {
    const meeting = actionsOf(text).find((a) => a.text.startsWith('Discharge meeting'));
    expect(meeting?.who).toBeNull();
  });
});
