/** A panel or board that meets on a case is a body that acts: "The exploitation panel will look at Tia's case on 3 June." */
import { describe, expect, it } from 'vitest';
import { actionWith } from './helpers.js';

const plan = [
  'What we will do',
  'Priya will see Tia at college every Thursday. The exploitation panel will look at Tia’s case again on 3 June 2027. The resource board is to decide on the taxi funding by 20 May.',
].join('\n');

describe('a panel or board as the owner of a step in a paragraph', () => {
  it.each([
    ['exploitation panel', 'The exploitation panel', 'on 3 June'],
    ['resource board', 'The resource board', 'by 20 May'],
  ])('%s', (needle, who, when) => {
    const a = actionWith(plan, needle);
    expect([a.who, a.problems]).toEqual([who, []]);
    expect(a.when?.startsWith(when)).toBe(true);
  });
});
