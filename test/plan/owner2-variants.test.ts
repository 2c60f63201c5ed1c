/**
 * Owner phrasings written fresh for session 14 round 2 (names with a role after
 * a comma, agencies by acronym, two owners joined by "&" or "/"), in two frames
 * that lost them: an owner and a time in the closing bracket of a lone line,
 * and a time that opens the line before "X to …" (a month "May" is no verb).
 */
import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';
import { OWNER_FRAMES, planWith } from './owner-frames.js';

const OWNERS = ['Jo Reed, school nurse', 'Mrs Khan, SENCo', 'Dr Bell, community paediatrician', 'the NSPCC', 'CGL', 'the YJS', 'Mum & Dad', 'Nan & Grandad', 'SW / HV', 'Lee & Tasha', 'Tom’s PA', 'Children’s Social Care', 'the family worker, Sadia', 'IDVA Kate Moss', 'HV Sue', 'Mum and Gran'];

const FRAMES = OWNER_FRAMES.slice(7);

describe('owner phrasings in frames that lost them', () => {
  for (const frame of FRAMES) {
    describe(frame.name, () => {
      for (const owner of OWNERS) {
        it(owner, () => {
          const line = frame.line(owner);
          const a = actionsOf(planWith(line)).find((x) => x.text.includes(line.slice(0, 12)));
          expect(a?.who?.toLowerCase()).toBe(owner.toLowerCase());
          expect(a?.problems).not.toContain('missing-owner');
        });
      }
    });
  }
});
