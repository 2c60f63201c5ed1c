/**
 * The CLI as a function: argv, streams and a few facts about the machine
 * in, exit code out. `index.ts` is the only file that touches `process`.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { RULES, type CheckOptions } from '../engine/index.js';
import { carriedColumns, csvHeaders, runBatch, type BatchSettings } from './batch.js';
import { CONFIG_NAME, ConfigError, mergeOptions, parseConfig } from './config.js';
import { InlineExecutor, PoolExecutor, type Executor } from './executor.js';
import { UsageError, helpText, parseArgv, type Format, type ParsedArgs } from './flags.js';
import { expandInputs } from './inputs.js';
import { createSink, writer, type Row, type WritableLike } from './output.js';
import { Progress, type TtyLike } from './progress.js';
import { checkEndpoint, RemoteExecutor } from './remote.js';
import type { Job } from './task.js';
import type { Outcome } from './derive.js';

export interface Io {
  stdout: WritableLike;
  stderr: TtyLike;
  readStdin(): Promise<Uint8Array>;
  version: string;
  /** Folder that relative inputs, --out and the config file are resolved against. */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Cores to use by default. */
  cpus: number;
  /** The built worker-thread entry; without it plans are checked in this thread. */
  workerUrl?: URL;
  fetch?: typeof fetch;
}

export interface RunSettings {
  format: Format;
  out: string | undefined;
  why: boolean;
  quiet: boolean;
  jobs: number;
  minScore: number | undefined;
  textColumn: string;
  idColumn: string | undefined;
  groupBy: string;
  endpoint: URL | undefined;
  apiKey: string | undefined;
  config: string | undefined;
  flagOptions: { targetReadingAge?: number; maxSentenceWords?: number; ignore?: string[] };
}

function number(args: ParsedArgs, name: string, min: number, max: number, integer: boolean): number | undefined {
  const raw = args.flags.get(name)?.[0];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n)))
    throw new UsageError(`--${name} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, not "${raw}"`);
  return n;
}

/** Validates the flags into settings; every problem is a UsageError. Pure. */
export function settingsFrom(args: ParsedArgs, env: Io['env'], cpus: number): RunSettings {
  const one = (name: string): string | undefined => args.flags.get(name)?.[0];
  const format = (one('format') ?? 'text') as Format;
  const endpointRaw = one('endpoint');
  let endpoint: URL | undefined;
  if (endpointRaw !== undefined) {
    try {
      endpoint = checkEndpoint(endpointRaw);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  const apiKey = one('api-key') ?? env['CLEARPLAN_API_KEY'];
  if (one('api-key') !== undefined && !endpoint) throw new UsageError('--api-key is only used with --endpoint');
  if (one('endpoint') !== undefined && one('jobs') !== undefined) throw new UsageError('--jobs cannot be used with --endpoint (the service does the checking)');
  if (one('group-by') !== undefined && format !== 'html') throw new UsageError('--group-by is only used with --format html');
  const flagOptions: RunSettings['flagOptions'] = {};
  const age = number(args, 'target-age', 5, 21, false);
  if (age !== undefined) flagOptions.targetReadingAge = age;
  const max = number(args, 'max-sentence-words', 5, 200, true);
  if (max !== undefined) flagOptions.maxSentenceWords = max;
  const ignore = args.flags.get('ignore');
  if (ignore) flagOptions.ignore = ignore;
  return {
    format,
    out: one('out'),
    why: args.switches.has('why'),
    quiet: args.switches.has('quiet'),
    jobs: number(args, 'jobs', 1, 256, true) ?? Math.max(1, cpus),
    minScore: number(args, 'min-score', 0, 100, false),
    textColumn: one('text-column') ?? 'text',
    idColumn: one('id-column'),
    groupBy: one('group-by') ?? 'folder',
    endpoint,
    apiKey,
    config: one('config'),
    flagOptions,
  };
}

async function loadConfig(settings: RunSettings, cwd: string): Promise<CheckOptions> {
  const explicit = settings.config !== undefined;
  const path = resolve(cwd, settings.config ?? CONFIG_NAME);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (!explicit && code === 'ENOENT') return {};
    throw new ConfigError(`cannot read the config file ${settings.config ?? CONFIG_NAME}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message}`);
  }
  return parseConfig(text, settings.config ?? CONFIG_NAME);
}

function openOut(path: string): Promise<WriteStream> {
  return new Promise((resolvePromise, reject) => {
    const stream = createWriteStream(path, { mode: 0o600 });
    stream.once('open', () => resolvePromise(stream));
    stream.once('error', reject);
  });
}

function closeOut(stream: WriteStream): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    stream.once('error', reject);
    stream.end(() => resolvePromise());
  });
}

/** At most this many "cannot check" notes on stderr; the rest are in the output. */
const MAX_ERROR_NOTES = 20;

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const usage = (message: string): number => {
    io.stderr.write(`clearplan: ${message}\nRun "clearplan --help" for usage.\n`);
    return 2;
  };
  let args: ParsedArgs;
  let settings: RunSettings;
  try {
    args = parseArgv(argv);
    if (args.switches.has('help') || args.command === 'help') {
      io.stdout.write(helpText(io.version));
      return 0;
    }
    if (args.switches.has('version')) {
      io.stdout.write(`${io.version}\n`);
      return 0;
    }
    if (args.command !== 'check')
      throw new UsageError(`${args.command === undefined ? 'missing command' : `unknown command "${args.command}"`}: use "clearplan check <file|folder>..."`);
    if (args.inputs.length === 0) throw new UsageError('give at least one file or folder to check, or "-" to read standard input');
    settings = settingsFrom(args, io.env, io.cpus);
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message);
    throw error;
  }

  let options: CheckOptions;
  try {
    options = mergeOptions(await loadConfig(settings, io.cwd), settings.flagOptions);
    parseConfig(JSON.stringify(options), 'the options');
  } catch (error) {
    if (error instanceof ConfigError) return usage(error.message);
    throw error;
  }

  const outPath = settings.out === undefined ? undefined : resolve(io.cwd, settings.out);
  const found = await expandInputs(args.inputs, io.cwd);
  // Never read last month's report as a plan.
  const sources = found.filter((s) => !(s.kind === 'file' && outPath !== undefined && s.path === outPath));
  const batch: BatchSettings = { textColumn: settings.textColumn, idColumn: settings.idColumn, groupBy: settings.groupBy, minScore: settings.minScore };
  const headers = await csvHeaders(sources);
  const first = sources[0];
  // One named file (or "-") with --format json prints one bare report: the contract scripts rely on.
  const single =
    settings.format === 'json' &&
    args.inputs.length === 1 &&
    sources.length === 1 &&
    first !== undefined &&
    first.name === (args.inputs[0] === '-' ? '<stdin>' : args.inputs[0]) &&
    !(first.kind === 'file' && first.type === 'csv');

  let outStream: WriteStream | undefined;
  if (outPath !== undefined) {
    try {
      outStream = await openOut(outPath);
    } catch (error) {
      return usage(`cannot write ${settings.out}: ${(error as { code?: string }).code ?? (error as Error).message}`);
    }
  }
  const out = writer(outStream ?? io.stdout);
  const sink = createSink(out, {
    format: settings.format,
    single,
    carried: carriedColumns(headers, batch),
    withRow: [...headers.values()].some((h) => Array.isArray(h)),
    withId: settings.idColumn !== undefined,
    groupLabel: settings.groupBy,
    targetReadingAge: options.targetReadingAge ?? RULES.settings.targetReadingAge,
    version: io.version,
    rulesVersion: RULES.version,
  });
  const job: Job = { format: settings.format, options, why: settings.why };
  const progress = new Progress(io.stderr, io.stderr.isTTY === true && !settings.quiet);
  let notes = 0;
  const onError = (row: Row): void => {
    if (row.outcome.ok) return;
    notes++;
    if (notes <= MAX_ERROR_NOTES) io.stderr.write(`clearplan: cannot check ${row.name}: ${row.outcome.error.message}\n`);
    else if (notes === MAX_ERROR_NOTES + 1) io.stderr.write('clearplan: more plans could not be checked; each is listed in the output with the reason\n');
  };
  const makeExecutor = (onOutcome: (seq: number, outcome: Outcome) => void): Executor => {
    if (settings.endpoint) {
      const fetchFn = io.fetch ?? globalThis.fetch;
      return new RemoteExecutor({ endpoint: settings.endpoint, apiKey: settings.apiKey, fetch: fetchFn }, job, onOutcome);
    }
    const plans = sources.some((s) => s.kind === 'file' && s.type === 'csv') ? Infinity : sources.length;
    const jobs = Math.min(settings.jobs, Math.max(1, plans));
    if (io.workerUrl && jobs > 1) return new PoolExecutor(io.workerUrl, jobs, job, onOutcome);
    return new InlineExecutor(job, onOutcome);
  };

  let totals;
  try {
    totals = await runBatch(sources, headers, batch, makeExecutor, sink, progress, { readStdin: io.readStdin, onError });
  } finally {
    await out.flush();
    if (outStream) await closeOut(outStream);
  }
  if (totals.failed > 0) return 2;
  if (totals.belowMinScore > 0) return 1;
  return 0;
}
