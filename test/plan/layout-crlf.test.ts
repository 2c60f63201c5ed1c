/**
 * Line endings: every dev and fixture plan, read with LF and with CRLF line
 * ends, gives the same actions (text, what, who, when) and the same problems.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionsOf, type Shown } from './helpers.js';

const root = join(import.meta.dirname, '..', '..');
const dirs = [join(root, '..', 'shared', 'dev-plans'), ...readdirSync(join(root, 'test', 'fixtures')).map((d) => join(root, 'test', 'fixtures', d))];
const plans: Array<[string, string]> = [];
for (const d of dirs) {
  if (!existsSync(d) || !d.match(/dev-plans|heldout|plans$/)) continue;
  for (const f of readdirSync(d).filter((n) => n.endsWith('.txt')).sort()) plans.push([`${d.split(/[\\/]/).pop()}/${f}`, readFileSync(join(d, f), 'utf8')]);
}

const noCr = (s: string | null): string | null => (s === null ? null : s.replace(/\r/g, ''));
const flat = (acts: Shown[]): Shown[] => acts.map((a) => ({ text: noCr(a.text) as string, what: noCr(a.what), who: noCr(a.who), when: noCr(a.when), problems: a.problems }));

describe('CRLF reads like LF', () => {
  it('finds the plans', () => expect(plans.length).toBeGreaterThanOrEqual(30));
  for (const [name, raw] of plans) {
    it(name, () => {
      const lf = raw.replace(/\r\n?/g, '\n');
      const crlf = lf.replace(/\n/g, '\r\n');
      expect(flat(actionsOf(crlf))).toEqual(flat(actionsOf(lf)));
    });
  }
});
