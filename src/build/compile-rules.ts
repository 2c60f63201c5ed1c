/**
 * Reads every YAML file in `rules/`, validates it, refuses bad data, and
 * writes `src/engine/rules.generated.ts` (the compiled rules the engine
 * imports), `src/engine/familiar-words.generated.ts` (the packed Dale–Chall
 * and Spache lists) and `rules/RULES.md` (the generated table of rules).
 *
 * Node-only, build time. Usage:
 *   tsx src/build/compile-rules.ts          write both outputs
 *   tsx src/build/compile-rules.ts --check  fail if RULES.md is out of date
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { daleChall } from 'dale-chall';
import { spache } from 'spache';
import { parse as parseYaml } from 'yaml';
import { compileRuleFiles, type SourceFile } from './compile.js';
import { renderRulesTable } from './rules-table.js';
import { isDeepStrictEqual } from 'node:util';
import { decodeRules, familiarWordsDigest, fromColumns, joinPacked, packFamiliarWords, packRules, toColumns, unpackFamiliarWords, type StoredRules } from '../engine/rules-codec.js';

/** `value` as a JavaScript string literal (for JSON text: few quotes of the chosen kind, no line breaks). */
function stringLiteral(value: string): string {
  const single = value.split("'").length;
  const double = value.split('"').length;
  const q = single <= double ? "'" : '"';
  let out = q;
  for (const c of value) {
    if (c === '\\' || c === q) out += `\\${c}`;
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\u2028') out += '\\u2028';
    else if (c === '\u2029') out += '\\u2029';
    else out += c;
  }
  return out + q;
}

/**
 * The packed rules' JSON text as JavaScript string literals of about `size`
 * characters each, for the engine to join and parse on first use. A literal
 * that holds both kinds of quote is written by a minifier as a template
 * literal, which V8 scans several times slower than a string, so every
 * apostrophe is stored as a backtick (the JSON has none; the engine turns
 * them back before parsing). V8 also scans a few mid-sized literals faster
 * than one of ~180,000 characters.
 */
function packedParts(json: string, size = 32768): string[] {
  if (json.includes('`')) throw new Error('compile-rules: a rule has a backtick, which the packed rules use to stand for an apostrophe');
  const text = json.replaceAll("'", '`');
  const out: string[] = [];
  for (let at = 0; at < text.length; at += size) out.push(text.slice(at, at + size));
  if (joinPacked(out) !== json) throw new Error('compile-rules: the packed parts do not join back to the packed rules');
  return out;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dirFlag = process.argv.indexOf('--rules');
const rulesDir = dirFlag > 0 && process.argv[dirFlag + 1] ? process.argv[dirFlag + 1] ?? '' : join(root, 'rules');

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...yamlFiles(path));
    else if (/\.ya?ml$/.test(entry.name)) out.push(path);
  }
  return out.sort();
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const files: SourceFile[] = [];
  for (const path of yamlFiles(rulesDir)) {
    const rel = relative(rulesDir, path).replaceAll('\\', '/');
    let data: unknown;
    try {
      data = parseYaml(readFileSync(path, 'utf8'), { uniqueKeys: true });
    } catch (error) {
      throw new Error(`rules/${rel}: not valid YAML: ${(error as Error).message}`, { cause: error });
    }
    files.push({ path: rel, data });
  }

  const simplifyPath = join(root, 'node_modules', 'retext-simplify', 'lib', 'patterns.js');
  const simplify = existsSync(simplifyPath)
    ? ((await import(pathToFileURL(simplifyPath).href)) as {
        patterns: Record<string, { replace: readonly string[]; omit?: boolean }>;
      }).patterns
    : {};

  const { rules, warnings } = compileRuleFiles(files, simplify);
  for (const w of warnings) process.stderr.write(`compile-rules: ${w}\n`);

  const table = renderRulesTable(rules);
  const tablePath = join(rulesDir, 'RULES.md');
  if (check) {
    const current = existsSync(tablePath) ? readFileSync(tablePath, 'utf8') : '';
    if (current !== table) {
      process.stderr.write('rules/RULES.md is out of date: run `npm run rules` and commit it.\n');
      process.exitCode = 1;
      return;
    }
  } else {
    writeFileSync(tablePath, table);
  }

  // Examples run as tests but never ship: they go to a file of their own.
  const examples: Record<string, { bad: string[]; good: string[] }> = {};
  for (const term of rules.terms) {
    if (term.examples) examples[term.id] = term.examples;
    delete term.examples;
  }
  mkdirSync(join(root, 'test', 'generated'), { recursive: true });
  writeFileSync(join(root, 'test', 'generated', 'rule-examples.json'), `${JSON.stringify(examples, null, 1)}\n`);
  // The engine decodes the packed rules on first use: they must come back exactly.
  const packed = JSON.stringify(toColumns(packRules(rules)));
  if (!isDeepStrictEqual(decodeRules(fromColumns(JSON.parse(packed) as StoredRules, rules)), rules))
    throw new Error('compile-rules: the packed rules do not decode to the compiled rules (src/engine/rules-codec.ts)');
  // The familiar-word lists too.
  const familiar = packFamiliarWords(daleChall, spache);
  const [daleChallSet, spacheSet] = unpackFamiliarWords(familiar);
  if (!isDeepStrictEqual(daleChallSet, new Set(daleChall)) || !isDeepStrictEqual(spacheSet, new Set(spache)))
    throw new Error('compile-rules: the packed familiar-word lists do not unpack to the dale-chall and spache lists (src/engine/rules-codec.ts)');
  const module =
    '// Generated by src/build/compile-rules.ts from rules/. Do not edit.\n' +
    "import type { CompiledRules } from './compiled.js';\n" +
    "import { lazyRules } from './rules-codec.js';\n\n" +
    '// The packed rules as JSON text in parts, joined and decoded on first use (see rules-codec.ts).\n' +
    `export const RULES: CompiledRules = lazyRules(${JSON.stringify({ name: rules.name, version: rules.version, settings: rules.settings })}, [\n${packedParts(packed).map(stringLiteral).join(',\n')},\n]);\n\n` +
    '// The fingerprint of the packed Dale–Chall and Spache lists (familiar-words.generated.ts), so a list\n' +
    '// read at run time (the Worker reads it from its static assets) can be checked (familiarWordsDigest).\n' +
    `export const FAMILIAR_WORDS_DIGEST = ${JSON.stringify(familiarWordsDigest(familiar))};\n` +
    '// Where the lists lived before (the benches build older revisions of src/ with these files).\n' +
    "export { FAMILIAR_WORDS } from './familiar-words.generated.js';\n";
  writeFileSync(join(root, 'src', 'engine', 'rules.generated.ts'), module);
  writeFileSync(
    join(root, 'src', 'engine', 'familiar-words.generated.ts'),
    '// Generated by src/build/compile-rules.ts from the dale-chall and spache packages. Do not edit.\n' +
      '// The two familiar-word lists packed together in one string (see packFamiliarWords in\n' +
      '// rules-codec.ts). The Worker bundle replaces this module (wrangler.toml [alias]) and reads the\n' +
      '// same string from its static assets instead: see familiar-words.ts.\n' +
      `export const FAMILIAR_WORDS: string | undefined = ${JSON.stringify(familiar)};\n`,
  );
  process.stderr.write(
    `compile-rules: ${rules.terms.length} terms, ${Object.keys(rules.lexicons).length} lexicons, rules ${rules.version}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
});
