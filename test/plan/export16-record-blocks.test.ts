/**
 * Case-system exports that set out each action as a block of "Field: value"
 * lines: a number or reference line first, then the action under a name made
 * of two words ("Action Description:", "Task Details:"), then its owner, its
 * time and a status, with rules or blank lines between the blocks.
 */
import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';

const block = (keys: readonly string[], vals: readonly string[]): string[] => keys.map((k, i) => `${k}: ${vals[i] ?? ''}`.trimEnd());

const plan = (keys: readonly string[], sep: string): string =>
  [
    'SafeCase Export – Plan Review',
    'Printed by: tmorris on 04/03/2027',
    'Child: OKAFOR, Ezra',
    sep,
    'Section: Worries',
    'Value: Ezra has been left alone at night and the flat has no heating.',
    sep,
    'Section: Actions',
    ...block(keys, ['1', 'Dad to get the boiler mended and send the receipt to the social worker.', 'Father (Tunde Okafor)', '20/03/2027', 'In progress']),
    sep,
    ...block(keys, ['2', 'Nursery to tell the social worker the same day if Ezra is not collected by 6pm.', 'Nursery manager', 'Ongoing', 'In progress']),
    sep,
    ...block(keys, ['3', 'A parenting assessment to be completed.', '', 'TBC', 'Not started']),
    sep,
    ...block(keys, ['4', 'Mum to find a babysitter she trusts.', 'Mother', '', 'Overdue']),
    sep,
    'Section: Contingency',
    'Value: If Ezra is left alone again a strategy meeting will be held.',
    '[End of export]',
  ].join('\n');

const shapes: [string, string[], string][] = [
  ['Action No / Action Description / Responsible', ['Action No', 'Action Description', 'Responsible', 'Target Date', 'Status'], '-'.repeat(30)],
  ['Ref / Task / Assigned To', ['Ref', 'Task', 'Assigned To', 'Due', 'Progress'], '='.repeat(20)],
  ['Task ID / Task Details / Lead', ['Task ID', 'Task Details', 'Lead', 'Deadline', 'Status'], ''],
  ['Action Ref / Action Details / Responsible Officer', ['Action Ref', 'Action Details', 'Responsible Officer', 'Target Date', 'Progress'], '_'.repeat(25)],
  ['Item No / Action Required / Assigned To', ['Item No', 'Action Required', 'Assigned To', 'Timescale', 'RAG'], '*'.repeat(12)],
];

describe('case-system record blocks', () => {
  for (const [name, keys, sep] of shapes) {
    it(`finds every block with its owner and time: ${name}`, () => {
      const acts = actionsOf(plan(keys, sep));
      expect(acts.map((a) => [a.what, a.who, a.when])).toEqual([
        ['Dad to get the boiler mended and send the receipt to the social worker.', 'Father (Tunde Okafor)', '20/03/2027'],
        ['Nursery to tell the social worker the same day if Ezra is not collected by 6pm.', 'Nursery manager', 'Ongoing'],
        ['A parenting assessment to be completed.', null, 'TBC'],
        ['Mum to find a babysitter she trusts.', 'Mother', null],
      ]);
    });
  }

  it('the same blocks with CRLF line ends', () => {
    const t = plan(shapes[0]![1], '-'.repeat(30));
    expect(actionsOf(t.replace(/\n/g, '\r\n'))).toHaveLength(4);
  });
});
