/**
 * After `npm run build` the engine is importable by its package name, with
 * types, exactly as a library user would import it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const built = existsSync(new URL('../../dist/engine/index.js', import.meta.url));

describe('the clearplan package', () => {
  it.skipIf(!built && !process.env['CI'])('is importable as `clearplan` after the build', () => {
    const out = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', "import { check, RULES } from 'clearplan'; const r = check('The ICPC is on Monday.'); console.log(JSON.stringify([r.schemaVersion, r.rulesVersion === RULES.version, r.messages.some((m) => m.ruleId === 'icpc')]));"],
      { cwd: new URL('../..', import.meta.url), encoding: 'utf8' },
    );
    expect(JSON.parse(out)).toEqual([1, true, true]);
    expect(existsSync(new URL('../../dist/engine/index.d.ts', import.meta.url))).toBe(true);
  });
});
