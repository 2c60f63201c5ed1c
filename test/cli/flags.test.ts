/** Help text (golden, generated from the flag table), usage errors and the config file. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/engine/index.js';
import { FLAGS, helpText, parseArgv } from '../../src/cli/flags.js';
import { parseConfig } from '../../src/cli/config.js';
import { runCli } from './helpers.js';

const GOLDEN = join(import.meta.dirname, 'golden', 'help.txt');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clearplan-flags-'));
  writeFileSync(join(dir, 'plan.txt'), 'The SW will visit. Mum to engage with CAMHS. Hillside Family Hub will help.\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('help', () => {
  it('matches the golden file and lists every flag in the table', async () => {
    const ran = await runCli(['--help'], dir);
    expect(ran.code).toBe(0);
    if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(GOLDEN)) writeFileSync(GOLDEN, ran.stdout);
    expect(ran.stdout).toBe(readFileSync(GOLDEN, 'utf8'));
    for (const f of FLAGS) expect(ran.stdout).toContain(`--${f.name}`);
    expect(helpText('1.2.3')).toContain('clearplan 1.2.3');
  });
});

describe('usage errors exit 2', () => {
  it.each([
    [['check', 'plan.txt', '--format', 'xml'], '--format must be one of text, json, jsonl, csv, html'],
    [['check', 'plan.txt', '--min-score', 'high'], '--min-score must be a number from 0 to 100'],
    [['check', 'plan.txt', '--jobs', '0'], '--jobs must be a whole number'],
    [['check', 'plan.txt', '--api-key', 'k'], '--api-key is only used with --endpoint'],
    [['check', 'plan.txt', '--group-by', 'team'], '--group-by is only used with --format html'],
    [['check'], 'give at least one file'],
    [['frobnicate'], 'unknown command'],
    [['check', 'plan.txt', '--config', 'missing.json'], 'cannot read the config file missing.json'],
  ])('%j', async (argv, message) => {
    const ran = await runCli(argv, dir);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain(message);
    expect(ran.stdout).toBe('');
  });

  it('parses flags purely', () => {
    const a = parseArgv(['check', '-f', 'csv', 'a', '--ignore', 'x', '--ignore=y', '--', '-b']);
    expect(a.inputs).toEqual(['a', '-b']);
    expect(a.flags.get('ignore')).toEqual(['x', 'y']);
    expect(a.flags.get('format')).toEqual(['csv']);
  });
});

describe('clearplan.config.json', () => {
  it('is found in the current folder and gives the engine the same options', async () => {
    const config = { $schema: './config.schema.json', ignore: ['SW'], extraTerms: [{ term: 'Hillside Family Hub', plain: ['the family centre'] }], targetReadingAge: 9 };
    writeFileSync(join(dir, 'clearplan.config.json'), JSON.stringify(config));
    const ran = await runCli(['check', '--format', 'json', 'plan.txt'], dir);
    expect(ran.code).toBe(0);
    const { $schema: _s, ...options } = config;
    const text = readFileSync(join(dir, 'plan.txt'), 'utf8');
    expect(JSON.parse(ran.stdout)).toEqual(check(text, options));
    expect(JSON.parse(ran.stdout)).not.toEqual(check(text));
    // Flags win over the file; --ignore adds to its list.
    const flagged = await runCli(['check', '--format', 'json', '--target-age', '12', '--ignore', 'CAMHS', 'plan.txt'], dir);
    expect(JSON.parse(flagged.stdout)).toEqual(check(text, { ...options, targetReadingAge: 12, ignore: ['SW', 'CAMHS'] }));
    rmSync(join(dir, 'clearplan.config.json'));
  });

  it('is validated with messages that name the file and the field', async () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ targetReadingAge: 40 }));
    const ran = await runCli(['check', 'plan.txt', '--config', 'bad.json'], dir);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain('bad.json: targetReadingAge must be a number from 5 to 21');
    expect(() => parseConfig('{"colour": "red"}', 'c.json')).toThrow('c.json: unknown option "colour"');
    expect(() => parseConfig('[1]', 'c.json')).toThrow('must hold a JSON object');
    expect(() => parseConfig('{', 'c.json')).toThrow('c.json is not valid JSON');
  });
});

describe('progress bar', () => {
  it('shows on a terminal and stays silent when piped or --quiet', async () => {
    const { Spy } = await import('./helpers.js');
    const tty = new Spy();
    tty.isTTY = true;
    const shown = await runCli(['check', 'plan.txt', 'plan.txt', '--format', 'csv'], dir, { stderr: tty });
    expect(shown.code).toBe(0);
    expect(tty.text).toMatch(/\r\[#+\] 100% 1\/1 plans · [\d.]+\/s · .* left/);
    expect(tty.text.endsWith('\r\u001b[K')).toBe(true);
    const quiet = new Spy();
    quiet.isTTY = true;
    await runCli(['check', 'plan.txt', '--quiet'], dir, { stderr: quiet });
    expect(quiet.text).toBe('');
    const piped = await runCli(['check', 'plan.txt'], dir);
    expect(piped.stderr).toBe('');
  });
});

describe('--jobs', () => {
  it('defaults to every core the machine has, and takes a number', async () => {
    const { settingsFrom } = await import('../../src/cli/run.js');
    expect(settingsFrom(parseArgv(['check', 'plans']), {}, 6).jobs).toBe(6);
    expect(settingsFrom(parseArgv(['check', 'plans']), {}, 2).jobs).toBe(2);
    expect(settingsFrom(parseArgv(['check', 'plans', '--jobs', '1']), {}, 6).jobs).toBe(1);
  });
});
