/** Shared test helpers: spy streams, a real .docx, a temp folder, the built CLI. */
import { spawn } from 'node:child_process';
import { zipSync, strToU8 } from 'fflate';
import { run, type Io } from '../../src/cli/run.js';

export class Spy {
  chunks: string[] = [];
  isTTY = false;
  columns = 80;
  write(chunk: string): boolean {
    this.chunks.push(chunk);
    return true;
  }
  get text(): string {
    return this.chunks.join('');
  }
}

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process (plans checked in this thread unless workerUrl is given). */
export async function runCli(argv: string[], cwd: string, extra: Partial<Io> = {}): Promise<Ran> {
  const stdout = new Spy();
  const stderr = new Spy();
  const code = await run(argv, {
    stdout,
    stderr,
    readStdin: async () => new Uint8Array(),
    version: '0.0.0-test',
    cwd,
    env: {},
    cpus: 1,
    ...extra,
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** Runs a built CLI bundle in a child process. */
export function spawnCli(
  bin: string,
  argv: string[],
  cwd: string,
  options: { uid?: number; gid?: number; input?: string; env?: Record<string, string>; nodeArgs?: string[] } = {},
): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), bin, ...argv], {
      cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { PATH: process.env['PATH'] ?? '', ...options.env },
      ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A minimal valid Word document: one paragraph per line. */
export function makeDocx(text: string): Uint8Array {
  const paragraphs = text
    .split('\n')
    .map((line) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(line)}</w:t></w:r></w:p>`)
    .join('');
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    _rels: {
      '.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
    },
    word: {
      'document.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`,
      ),
    },
  });
}
