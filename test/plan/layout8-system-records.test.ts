/** System printouts: "Plan Outcome N:" over records, "Plan Objective:" lines, and a block pasted twice across a page break. */
import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';

const record = (action: string, who: string, when: string, status: string): string[] => [`Action: ${action}`, `Responsible: ${who}`, `Target Date: ${when}`, `Status: ${status}`, ''];

describe('system records', () => {
  const text = [
    'KESTON BOROUGH - CHILD PROTECTION PLAN',
    'Person ID: 88120    Name: Mason REED',
    '',
    "Child's Views:",
    'Mason likes swimming and wants his dad to stop shouting.',
    '',
    'Plan Outcome 1: Mason is safe at home',
    ...record('Dad to move out to his sister’s house.', 'Lee Reed (Father)', '12/03/2027', 'Completed'),
    'Plan Outcome 2: Mum knows how to keep Mason safe',
    ...record('Mum to go to the Safe Parents course on Tuesdays.', 'Gina Reed (Mother)', 'Start 16/03/2027', 'Not Started'),
    ...record('Family worker to visit at teatime every week.', 'Jo Bell', 'Weekly', 'In Progress'),
    'Printed: 11/03/2027 09:12                  Page 2 of 2',
    '',
    ...record('Mum to go to the Safe Parents course on Tuesdays.', 'Gina Reed (Mother)', 'Start 16/03/2027', 'Not Started'),
    ...record('Family worker to visit at teatime every week.', 'Jo Bell', 'Weekly', 'In Progress'),
    'Contingency Plan:',
    'If Dad comes back to the house, a strategy discussion will be held that day.',
  ].join('\n');

  it('reads each record once, without the outcome line, the repeat or the contingency', () => {
    const acts = actionsOf(text);
    expect(acts.map((a) => a.text.split('\n')[0])).toEqual(['Action: Dad to move out to his sister’s house.', 'Action: Mum to go to the Safe Parents course on Tuesdays.', 'Action: Family worker to visit at teatime every week.']);
  });

  it('a "Plan Objective:" line in the header is not an action', () => {
    const acts = actionsOf(['Printed from CareFile 3.1      11/03/2027', '', 'CHILD PROTECTION PLAN', 'Child: Mason REED    DOB: 01/02/2015', 'Plan Objective: Mason is safe and goes to school every day.', '', ...record('Dad to move out.', 'Lee Reed', '12/03/2027', 'Completed')].join('\n'));
    expect(acts.map((a) => a.text.split('\n')[0])).toEqual(['Action: Dad to move out.']);
  });

  it('one short line said twice under different people is kept twice', () => {
    const acts = actionsOf(['THE PLAN', '', 'Mum will:', '- Go to every appointment with Mason.', '- Ring the school by 9am if he is ill.', '', 'Dad will:', '- Go to every appointment with Mason.', '- Pay for the bus pass by 1 April.'].join('\n'));
    expect(acts).toHaveLength(4);
  });
});
