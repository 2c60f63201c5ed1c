/**
 * The CLI as a function: argv and streams in, exit code out. `index.ts` is
 * the only file that touches `process`.
 */
import { check, type CheckOptions, type Report } from '../engine/index.js';
import { decodeText } from './decode.js';
import { formatText } from './format-text.js';
import { UsageError, helpText, parseArgv } from './flags.js';

export interface Io {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  readFile(path: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
  version: string;
}

/** Largest plan file read, in bytes. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

function describeReadError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  return (error as Error).message ?? String(error);
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  let args;
  try {
    args = parseArgv(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`clearplan: ${error.message}\nRun "clearplan --help" for usage.\n`);
      return 2;
    }
    throw error;
  }
  if (args.switches.has('help') || args.command === 'help') {
    io.stdout.write(helpText(io.version));
    return 0;
  }
  if (args.switches.has('version')) {
    io.stdout.write(`${io.version}\n`);
    return 0;
  }
  if (args.command !== 'check') {
    io.stderr.write(
      `clearplan: ${args.command === undefined ? 'missing command' : `unknown command "${args.command}"`}: use "clearplan check <file>..."\n`,
    );
    return 2;
  }
  if (args.inputs.length === 0) {
    io.stderr.write('clearplan: give at least one file to check, or "-" to read standard input\n');
    return 2;
  }
  const options: CheckOptions = {};
  const age = args.flags.get('target-age')?.[0];
  if (age !== undefined) {
    const n = Number(age);
    if (!Number.isFinite(n) || n < 5 || n > 21) {
      io.stderr.write('clearplan: --target-age must be a number of years from 5 to 21\n');
      return 2;
    }
    options.targetReadingAge = n;
  }
  const ignore = args.flags.get('ignore');
  if (ignore) options.ignore = ignore;
  const format = args.flags.get('format')?.[0] ?? 'text';

  const results: Array<{ file: string; report: Report }> = [];
  let failed = false;
  for (const input of args.inputs) {
    const name = input === '-' ? '<stdin>' : input;
    let text: string;
    try {
      const bytes = input === '-' ? await io.readStdin() : await io.readFile(input);
      if (bytes.byteLength > MAX_FILE_BYTES) throw new Error(`it is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
      text = decodeText(bytes);
    } catch (error) {
      io.stderr.write(`clearplan: cannot read ${name}: ${describeReadError(error)}\n`);
      failed = true;
      continue;
    }
    results.push({ file: name, report: check(text, options) });
  }
  if (format === 'json') {
    if (args.inputs.length === 1 && results.length === 1) io.stdout.write(`${JSON.stringify(results[0]?.report)}\n`);
    else if (results.length > 0 || args.inputs.length > 1) io.stdout.write(`${JSON.stringify(results)}\n`);
  } else {
    for (const r of results) io.stdout.write(formatText(r.file, r.report, args.switches.has('why')));
  }
  return failed ? 2 : 0;
}
