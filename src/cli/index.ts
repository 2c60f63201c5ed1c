/** The `clearplan` bin entry: the only CLI file that touches `process`. */
import { readFile } from 'node:fs/promises';
import { run } from './run.js';

declare const CLEARPLAN_VERSION: string | undefined;

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readFile: (path) => readFile(path),
  readStdin,
  version: typeof CLEARPLAN_VERSION === 'string' ? CLEARPLAN_VERSION : '0.0.0',
});
