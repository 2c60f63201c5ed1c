/** The `clearplan` bin entry: the only CLI file that touches `process`. */
import { availableParallelism } from 'node:os';
import { run } from './run.js';

declare const CLEARPLAN_VERSION: string | undefined;

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// A closed pipe (`clearplan check … | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin,
  version: typeof CLEARPLAN_VERSION === 'string' ? CLEARPLAN_VERSION : '0.0.0',
  cwd: process.cwd(),
  env: process.env,
  cpus: availableParallelism(),
  workerUrl: new URL('./worker.js', import.meta.url),
});
