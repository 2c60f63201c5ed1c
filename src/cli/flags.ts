/**
 * The flag table: one list drives both argument parsing and `--help`.
 * Pure: no process, no fs.
 */

export const FORMATS = ['text', 'json', 'jsonl', 'csv', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface Flag {
  name: string;
  short?: string;
  /** Placeholder for the value; absent for a boolean switch. */
  value?: string;
  description: string;
  choices?: readonly string[];
  repeatable?: boolean;
  /** Heading the flag is listed under in `--help`. */
  group: 'Output' | 'Checking' | 'Inputs' | 'Batch' | 'Remote' | 'General';
}

export const FLAGS: readonly Flag[] = [
  { group: 'Output', name: 'format', short: 'f', value: 'FORMAT', choices: FORMATS, description: 'output format (default: text)' },
  { group: 'Output', name: 'out', short: 'o', value: 'FILE', description: 'write the output to FILE (created readable by you only) instead of standard output' },
  { group: 'Output', name: 'group-by', value: 'COLUMN', description: 'html: break results down by this CSV column, or "folder" (default: folder)' },
  { group: 'Output', name: 'why', description: 'text: show why each finding matters to a family' },
  { group: 'Checking', name: 'config', short: 'c', value: 'FILE', description: 'options file (default: clearplan.config.json in the current folder, if there is one)' },
  { group: 'Checking', name: 'target-age', value: 'YEARS', description: 'target UK reading age (default: 11)' },
  { group: 'Checking', name: 'max-sentence-words', value: 'N', description: 'flag sentences longer than N words (default: 25)' },
  { group: 'Checking', name: 'ignore', value: 'TERM', repeatable: true, description: 'a term or rule id never to flag (repeatable; added to the config file\'s list)' },
  { group: 'Checking', name: 'min-score', value: 'N', description: 'exit with code 1 when any plan scores below N (0-100)' },
  { group: 'Inputs', name: 'text-column', value: 'NAME', description: 'csv input: the column holding the plan text (default: text)' },
  { group: 'Inputs', name: 'id-column', value: 'NAME', description: 'csv input: the column holding each plan\'s id (default: file and row number)' },
  { group: 'Batch', name: 'jobs', short: 'j', value: 'N', description: 'check N plans at a time on worker threads (default: one per core; 1 checks in this thread)' },
  { group: 'Batch', name: 'quiet', short: 'q', description: 'no progress bar (it is only ever shown on a terminal)' },
  { group: 'Remote', name: 'endpoint', value: 'URL', description: 'send the plans to your own clearplan Worker at URL instead of checking them here' },
  { group: 'Remote', name: 'api-key', value: 'KEY', description: 'API key for --endpoint (or set CLEARPLAN_API_KEY, which keeps it out of the process list)' },
  { group: 'General', name: 'help', short: 'h', description: 'show this help' },
  { group: 'General', name: 'version', short: 'v', description: 'show the version' },
];

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface ParsedArgs {
  command: string | undefined;
  inputs: string[];
  flags: Map<string, string[]>;
  switches: Set<string>;
}

export function parseArgv(argv: readonly string[]): ParsedArgs {
  const byName = new Map(FLAGS.map((f) => [f.name, f]));
  const byShort = new Map(FLAGS.filter((f) => f.short).map((f) => [f.short ?? '', f]));
  const flags = new Map<string, string[]>();
  const switches = new Set<string>();
  const positional: string[] = [];
  let onlyPositional = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (onlyPositional || arg === '-' || !arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositional = true;
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
      inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    } else {
      const f = byShort.get(arg.slice(1));
      if (!f) throw new UsageError(`unknown option ${arg}`);
      name = f.name;
    }
    const flag = byName.get(name);
    if (!flag) throw new UsageError(`unknown option --${name}`);
    if (!flag.value) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      switches.add(name);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined) throw new UsageError(`--${name} needs a value (${flag.value})`);
      value = next;
      i++;
    }
    if (flag.choices && !flag.choices.includes(value))
      throw new UsageError(`--${name} must be one of ${flag.choices.join(', ')}, not "${value}"`);
    const list = flags.get(name) ?? [];
    if (list.length > 0 && !flag.repeatable) throw new UsageError(`--${name} given twice`);
    list.push(value);
    flags.set(name, list);
  }
  return { command: positional[0], inputs: positional.slice(1), flags, switches };
}

export function helpText(version: string): string {
  const groups = [...new Set(FLAGS.map((f) => f.group))];
  const rows: string[] = [];
  for (const group of groups) {
    rows.push(`${group}:`);
    for (const f of FLAGS.filter((x) => x.group === group)) {
      const left = `${f.short ? `-${f.short}, ` : '    '}--${f.name}${f.value ? ` ${f.value}` : ''}`;
      rows.push(`  ${left.padEnd(28)}${f.description}${f.choices ? ` [${f.choices.join('|')}]` : ''}`);
    }
    rows.push('');
  }
  return [
    `clearplan ${version}: a plain-language checker for child protection plans`,
    '',
    'Usage:',
    '  clearplan check <file|folder|glob|->... [options]',
    '',
    'Checks each plan for jargon, wording, reading age and the what, who and when',
    'of every action. Give files, folders (searched with their subfolders), quoted',
    'globs such as "plans/**/*.docx", or "-" for standard input. Plans can be .txt',
    'or .md (UTF-8 or UTF-16), .docx, or .csv with one plan per row. Nothing is',
    'sent anywhere unless you give --endpoint: the check runs on this computer.',
    '',
    ...rows,
    'Exit codes: 0 checked (findings alone do not fail the run); 1 a plan scored',
    'below --min-score; 2 usage error, or an input could not be checked (it is',
    'still listed in the output, with the reason).',
    '',
  ].join('\n');
}
