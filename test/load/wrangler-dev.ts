/**
 * Starts `wrangler dev` as a child process on loopback and keeps everything
 * it and workerd print (stdout and stderr), so tests can check what the
 * Worker logs, and reads the memory of the workerd processes it started.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export interface WranglerDev {
  base: string;
  /** Everything wrangler and workerd printed so far. */
  output(): string;
  /** Resident memory of each workerd process this wrangler started, in MiB. */
  workerdRssMiB(): number[];
  stop(): Promise<void>;
}

export interface StartOptions {
  /** A Worker script to run instead of the one wrangler.toml names. */
  script?: string;
  /** Static files to serve (built by scripts/build-web.mjs); wrangler.toml's folder otherwise. */
  assets?: string;
  vars?: Record<string, string>;
  timeoutMs?: number;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function parentOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

function descendantsNamed(root: number, name: string): number[] {
  let pids: number[];
  try {
    pids = execFileSync('pgrep', ['-x', name], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
  return pids.filter((pid) => {
    try {
      for (let p = pid; p > 1; p = parentOf(p)) if (p === root) return true;
    } catch {
      // the process ended while we looked
    }
    return false;
  });
}

export async function startWranglerDev(options: StartOptions = {}): Promise<WranglerDev> {
  const port = await freePort();
  const args = ['node_modules/wrangler/bin/wrangler.js', 'dev'];
  if (options.script) args.push(options.script, '--name', 'clearplan-fixture', '--compatibility-date', '2026-05-01');
  else args.push('--config', 'wrangler.toml');
  if (options.assets) args.push('--assets', options.assets);
  for (const [k, v] of Object.entries(options.vars ?? {})) args.push('--var', `${k}:${v}`);
  args.push('--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(await freePort()), '--log-level', 'log', '--show-interactive-dev-session=false');
  const child: ChildProcess = spawn(process.execPath, args, {
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', CI: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString('utf8')));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited (${child.exitCode}):\n${out.slice(-2000)}`);
    if (/Ready on /.test(out)) {
      try {
        await (await fetch(`${base}/healthz`)).arrayBuffer();
        break;
      } catch {
        // not listening yet
      }
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`wrangler dev did not start:\n${out.slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const pid = child.pid!;
  return {
    base,
    output: () => out,
    workerdRssMiB: () =>
      descendantsNamed(pid, 'workerd').map((p) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0) / 1024),
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const killed = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(killed);
      }
    },
  };
}
