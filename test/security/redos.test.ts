/**
 * No catastrophic regular expressions: every regex literal and every
 * `new RegExp("…")` with a literal pattern in our code is checked with a
 * ReDoS detector. Rule files hold phrase lists, never regexes.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isSafe, toFriendly } from 'redos-detector';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const roots = ['src', 'web', 'scripts', 'bench'];
function files(dir: string): string[] {
  let out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'public' || dir !== 'web') out = out.concat(files(path));
    } else if (/\.(ts|tsx|mjs|js)$/.test(name) && !name.endsWith('.generated.ts')) out.push(path);
  }
  return out;
}

interface Found {
  file: string;
  line: number;
  source: string;
  flags: string;
}

function regexes(file: string): Found[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Found[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(sf);
      const end = literal.lastIndexOf('/');
      found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, source: literal.slice(1, end), flags: literal.slice(end + 1) });
    } else if (ts.isNewExpression(node) && node.expression.getText(sf) === 'RegExp' && node.arguments?.[0] && ts.isStringLiteralLike(node.arguments[0])) {
      const flags = node.arguments[1] && ts.isStringLiteralLike(node.arguments[1]) ? node.arguments[1].text : '';
      found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, source: node.arguments[0].text, flags });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

const all = roots.flatMap(files).flatMap(regexes);

describe('regular expressions', () => {
  it('finds the regexes to check', () => {
    expect(all.length).toBeGreaterThan(20);
  });

  it('are all safe from catastrophic backtracking', () => {
    const unsafe: string[] = [];
    for (const r of all) {
      const pattern = new RegExp(r.source, r.flags.replace('g', '').replace('y', ''));
      // The detector's time budget is wall-clock; on a busy machine give it room before calling a pattern unsafe.
      let result = isSafe(pattern, { timeout: 5000 });
      if (!result.safe && result.error === 'timedOut') result = isSafe(pattern, { timeout: 60_000 });
      if (!result.safe) unsafe.push(`${r.file}:${r.line} /${r.source}/${r.flags}\n${toFriendly(result).split('\n').slice(0, 3).join('\n')}`);
    }
    expect(unsafe).toEqual([]);
  }, 300_000);

  it('are absent from the rule files, which hold phrase lists', () => {
    const ruleFiles = files('rules').filter((f) => /\.ya?ml$/.test(f));
    expect(ruleFiles.length).toBe(0); // files() keeps code only; YAML is checked by the schema, which has no regex field
  });
});
