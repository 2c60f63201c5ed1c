/**
 * Reads one plan file into text: .txt/.md (and any other file named on the
 * command line) are decoded as UTF-8 or UTF-16, .docx goes through mammoth.
 * Every failure is a `PlanFailure` with a reason a person can act on.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import mammoth from 'mammoth';
import { MAX_TEXT_LENGTH } from '../engine/index.js';
import { DecodeError, decodeText } from './decode.js';
import { PlanFailure } from './derive.js';

/** Largest text plan file read, in bytes. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Largest .docx read, in bytes (images make Word files much bigger than their text). */
export const MAX_DOCX_BYTES = 25 * 1024 * 1024;

export type FileType = 'text' | 'docx' | 'csv';

export function describeFsError(error: unknown): PlanFailure {
  if (error instanceof PlanFailure) return error;
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return new PlanFailure('not-found', 'no such file');
  if (code === 'EACCES' || code === 'EPERM') return new PlanFailure('permission-denied', 'permission denied: you cannot read this file');
  if (code === 'ELOOP') return new PlanFailure('symlink-loop', 'it is a symbolic link that leads round in a loop');
  if (code === 'EISDIR') return new PlanFailure('unsupported-type', 'it is a folder, not a file');
  return new PlanFailure('check-failed', `cannot read it (${code ?? (error as Error).message ?? String(error)})`);
}

const mb = (n: number): string => `${Math.round(n / 1024 / 1024)} MB`;

/** Checks the text is something worth checking; returns it. */
export function usableText(text: string): string {
  if (text.trim() === '') throw new PlanFailure('empty', 'it is empty: there is no text to check');
  if (text.length > MAX_TEXT_LENGTH)
    throw new PlanFailure('too-long', `it is too long to be one plan (${text.length.toLocaleString('en-GB')} characters; the limit is ${MAX_TEXT_LENGTH.toLocaleString('en-GB')})`);
  return text;
}

export function textFromBytes(bytes: Uint8Array): string {
  if (bytes.byteLength === 0) throw new PlanFailure('empty', 'it is empty: there is no text to check');
  if (bytes.byteLength > MAX_FILE_BYTES) throw new PlanFailure('too-large', `it is larger than ${mb(MAX_FILE_BYTES)}, too big to be one plan`);
  try {
    return usableText(decodeText(bytes));
  } catch (error) {
    if (error instanceof DecodeError) throw new PlanFailure('not-text', error.message);
    throw error;
  }
}

export async function textFromDocx(bytes: Uint8Array): Promise<string> {
  if (bytes.byteLength === 0) throw new PlanFailure('empty', 'it is empty: there is no text to check');
  if (bytes.byteLength > MAX_DOCX_BYTES) throw new PlanFailure('too-large', `it is larger than ${mb(MAX_DOCX_BYTES)}`);
  let raw: string;
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    raw = result.value;
  } catch (error) {
    const why = (error as Error).message?.split('\n')[0] ?? 'unknown reason';
    throw new PlanFailure('corrupt-docx', `it is not a readable Word document (.docx): ${why}`);
  }
  // mammoth ends every paragraph with a blank line; keep single paragraph breaks.
  return usableText(raw.replace(/\n\n/g, '\n').trimEnd());
}

/** The most bytes clearplan reads from a plan file of this type. */
export function byteLimit(type: Exclude<FileType, 'csv'>): number {
  return type === 'docx' ? MAX_DOCX_BYTES : MAX_FILE_BYTES;
}

export function tooLarge(type: Exclude<FileType, 'csv'>): PlanFailure {
  return new PlanFailure('too-large', `it is larger than ${mb(byteLimit(type))}, too big to be one plan`);
}

/**
 * Reads a plan file's bytes with blocking calls: for a worker thread (or
 * `--jobs 1`), which has nothing else to do meanwhile, this costs a fraction
 * of the promise-based calls, which queue on libuv's small thread pool that
 * all workers share. The size is checked before anything is read.
 */
export function readPlanBytesSync(path: string, type: Exclude<FileType, 'csv'>): Uint8Array {
  const limit = byteLimit(type);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const { size } = fstatSync(fd);
    if (size > limit) throw tooLarge(type);
    // Read until end of file, never more than limit + 1 bytes (a file may grow while it is read).
    let buffer = Buffer.allocUnsafe(Math.min(size, limit) + 1);
    let filled = 0;
    for (;;) {
      if (filled === buffer.length) {
        if (filled > limit) throw tooLarge(type);
        const bigger = Buffer.allocUnsafe(Math.min(limit + 1, buffer.length * 2));
        buffer.copy(bigger, 0, 0, filled);
        buffer = bigger;
      }
      const n = readSync(fd, buffer, filled, buffer.length - filled, null);
      if (n === 0) return buffer.subarray(0, filled);
      filled += n;
    }
  } catch (error) {
    throw describeFsError(error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** `loadPlanFile` for a thread that may block: see `readPlanBytesSync`. */
export async function loadPlanFileSync(path: string, type: Exclude<FileType, 'csv'>): Promise<string> {
  const bytes = readPlanBytesSync(path, type);
  return type === 'docx' ? textFromDocx(bytes) : textFromBytes(bytes);
}

export async function loadPlanFile(path: string, type: Exclude<FileType, 'csv'>): Promise<string> {
  let bytes: Uint8Array;
  try {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      if (size > byteLimit(type)) throw tooLarge(type);
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw describeFsError(error);
  }
  return type === 'docx' ? textFromDocx(bytes) : textFromBytes(bytes);
}
