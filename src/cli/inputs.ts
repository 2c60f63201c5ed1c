/**
 * Turns the command line's inputs (files, folders, globs, "-") into a list of
 * sources, in a stable order. Only names are kept, never contents, so the
 * list stays small for 10,000+ plans. Anything that cannot become a plan
 * (a folder that cannot be opened, a symlink loop, a glob matching nothing,
 * a file type clearplan does not read, the same file reached under two
 * names) becomes an error source, so it is still listed in the output.
 */
import type { Dirent, Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { PlanFailure, type PlanError } from './derive.js';
import { describeFsError, type FileType } from './load.js';

export type Source =
  | { kind: 'file'; name: string; path: string; type: FileType; size: number }
  | { kind: 'stdin'; name: string }
  | { kind: 'error'; name: string; error: PlanError };

const TYPES: Record<string, FileType> = { '.txt': 'text', '.text': 'text', '.md': 'text', '.markdown': 'text', '.docx': 'docx', '.csv': 'csv' };

export function fileType(name: string): FileType | undefined {
  return TYPES[extname(name).toLowerCase()];
}

const UNSUPPORTED_HINT: Record<string, string> = {
  '.doc': 'it is an old Word (.doc) file: save it as .docx',
  '.rtf': 'it is a rich text (.rtf) file: save it as .docx or .txt',
  '.pdf': 'it is a PDF: export the plan as .docx or .txt',
  '.odt': 'it is an OpenDocument (.odt) file: save it as .docx',
};

function unsupported(name: string): PlanError {
  const ext = extname(name).toLowerCase();
  return {
    code: 'unsupported-type',
    message: UNSUPPORTED_HINT[ext] ?? `clearplan reads .txt, .md, .docx and .csv plans, not ${ext ? `${ext} files` : 'files without an extension'}`,
  };
}

const isHidden = (name: string): boolean => name.startsWith('.') || name.startsWith('~$');

interface Walk {
  cwd: string;
  out: Source[];
  /** dev:ino of every file taken, with the name it was taken under. */
  seen: Map<string, string>;
}

function addFile(walk: Walk, name: string, path: string, st: Stats, named: boolean): void {
  const key = `${st.dev}:${st.ino}`;
  const first = walk.seen.get(key);
  if (first !== undefined) {
    // The same name twice (a folder and a glob that overlap) is one input.
    if (first === name) return;
    walk.out.push({ kind: 'error', name, error: { code: 'duplicate', message: `it is the same file as ${first}, which is checked once under that name` } });
    return;
  }
  const type = fileType(name);
  if (type === undefined && !named) {
    walk.out.push({ kind: 'error', name, error: unsupported(name) });
    return;
  }
  walk.seen.set(key, name);
  walk.out.push({ kind: 'file', name, path, type: type ?? 'text', size: st.size });
}

function errorSource(name: string, error: unknown): Source {
  return { kind: 'error', name, error: describeFsError(error).toJSON() };
}

/**
 * Walks a folder depth first in name order. `ancestors` holds the real paths
 * of the folders above, to catch symlinks that lead back up.
 */
async function walkFolder(walk: Walk, name: string, path: string, ancestors: Set<string>, match?: (rel: string) => boolean, root?: string): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(path, { withFileTypes: true });
  } catch (error) {
    const f = describeFsError(error);
    walk.out.push({ kind: 'error', name, error: { code: 'folder-unreadable', message: `cannot open this folder: ${f.message}` } });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (isHidden(entry.name)) continue;
    const childName = join(name, entry.name);
    const childPath = join(path, entry.name);
    let st: Stats;
    try {
      st = await stat(childPath);
    } catch (error) {
      if (!match || match(relative(root ?? path, childPath))) walk.out.push(errorSource(childName, error));
      continue;
    }
    if (st.isDirectory()) {
      let real: string;
      try {
        real = await realpath(childPath);
      } catch (error) {
        walk.out.push(errorSource(childName, error));
        continue;
      }
      if (ancestors.has(real)) {
        walk.out.push({ kind: 'error', name: childName, error: { code: 'symlink-loop', message: 'it is a link back to a folder above it, so it was not searched again' } });
        continue;
      }
      await walkFolder(walk, childName, childPath, new Set([...ancestors, real]), match, root);
    } else if (st.isFile()) {
      if (match && !match(relative(root ?? path, childPath))) continue;
      addFile(walk, childName, childPath, st, false);
    }
  }
}

const GLOB_MAGIC = /[*?[\]{}()!]/;

async function expandGlob(walk: Walk, pattern: string): Promise<void> {
  const scan = picomatch.scan(pattern);
  const base = scan.base === '' ? '.' : scan.base;
  const matcher = picomatch(scan.glob, { dot: false });
  const before = walk.out.length;
  const root = resolve(walk.cwd, base);
  let real: string;
  try {
    real = await realpath(root);
  } catch {
    walk.out.push({ kind: 'error', name: pattern, error: { code: 'no-match', message: 'no files match this pattern' } });
    return;
  }
  await walkFolder(walk, base, root, new Set([real]), (rel) => matcher(rel.split(sep).join('/')), root);
  if (walk.out.length === before)
    walk.out.push({ kind: 'error', name: pattern, error: { code: 'no-match', message: 'no files match this pattern' } });
}

export async function expandInputs(inputs: readonly string[], cwd: string): Promise<Source[]> {
  const walk: Walk = { cwd, out: [], seen: new Map() };
  let stdin = false;
  for (const input of inputs) {
    if (input === '-') {
      if (stdin) walk.out.push({ kind: 'error', name: '<stdin>', error: { code: 'duplicate', message: 'standard input can only be read once' } });
      else walk.out.push({ kind: 'stdin', name: '<stdin>' });
      stdin = true;
      continue;
    }
    const path = resolve(cwd, input);
    let st: Stats;
    try {
      st = await stat(path);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'ENOENT' && GLOB_MAGIC.test(input)) await expandGlob(walk, input);
      else walk.out.push(errorSource(input, error));
      continue;
    }
    if (st.isDirectory()) {
      await walkFolder(walk, input, path, new Set([await realpath(path)]));
    } else if (st.isFile()) {
      addFile(walk, input, path, st, true);
    } else {
      walk.out.push({ kind: 'error', name: input, error: new PlanFailure('unsupported-type', 'it is not a regular file').toJSON() });
    }
  }
  return walk.out;
}
