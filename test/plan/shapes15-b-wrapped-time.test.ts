/**
 * A time whose hour wraps onto the next line ("on Weds 3rd March" / "at 2pm") is one timescale with either line
 * ending: a CRLF break is one line break, as an LF break is.
 */
import { describe, expect, it } from 'vitest';
import { actionWith } from './helpers.js';

const PLANS = [
  ['Safety plan for Leo\n\n- Ms Patel will meet Leo in\nschool on Weds 3rd March\nat 2pm. Dad will be told.\n- Dad to go to the GP by Friday.\n', 'Ms Patel will meet', 'on Weds 3rd March\nat 2pm'],
  ['What happens next\n\n* The school nurse will check\nRuby\'s weight on 14 May\nat 9.30am with Mum there.\n* Mum will keep the food diary every day.\n', 'school nurse', 'on 14 May\nat 9.30am'],
] as const;

describe('a time of day on the line after its date', () => {
  for (const [lf, needle, when] of PLANS) {
    it(`LF: ${needle}`, () => expect(actionWith(lf, needle).when).toBe(when));
    it(`CRLF: ${needle}`, () => expect(actionWith(lf.replace(/\n/g, '\r\n'), needle).when).toBe(when.replace(/\n/g, '\r\n')));
  }
});
