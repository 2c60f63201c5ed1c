/**
 * The flag table: one list drives both argument parsing and `--help`.
 * Pure: no process, no fs.
 */

export interface Flag {
  name: string;
  short?: string;
  /** Placeholder for the value; absent for a boolean switch. */
  value?: string;
  description: string;
  choices?: readonly string[];
  repeatable?: boolean;
}

export const FLAGS: readonly Flag[] = [
  { name: 'format', short: 'f', value: 'FORMAT', choices: ['text', 'json'], description: 'output format (default: text)' },
  { name: 'target-age', value: 'YEARS', description: 'target UK reading age (default: 11)' },
  { name: 'ignore', value: 'TERM', repeatable: true, description: 'a term or rule id never to flag (repeatable)' },
  { name: 'why', description: 'with text output, show why each finding matters to a family' },
  { name: 'help', short: 'h', description: 'show this help' },
  { name: 'version', short: 'v', description: 'show the version' },
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
  const rows = FLAGS.map((f) => {
    const left = `${f.short ? `-${f.short}, ` : '    '}--${f.name}${f.value ? ` ${f.value}` : ''}`;
    return `  ${left.padEnd(28)}${f.description}${f.choices ? ` [${f.choices.join('|')}]` : ''}`;
  });
  return [
    `clearplan ${version}: a plain-language checker for child protection plans`,
    '',
    'Usage:',
    '  clearplan check <file|->... [options]',
    '',
    'Checks each plan for jargon, wording, reading age and the what, who and when',
    'of every action. "-" reads the plan from standard input. Nothing is sent',
    'anywhere: the check runs on this computer.',
    '',
    'Options:',
    ...rows,
    '',
    'Exit codes: 0 checked (findings do not fail the run), 2 usage error or unreadable file.',
    '',
  ].join('\n');
}
