/**
 * Reads one plan file into text: .txt/.md (and any other file named on the
 * command line) are decoded as UTF-8 or UTF-16, .docx goes through mammoth.
 * Every failure is a `PlanFailure` with a reason a person can act on.
 */
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

export async function loadPlanFile(path: string, type: Exclude<FileType, 'csv'>): Promise<string> {
  let bytes: Uint8Array;
  const limit = type === 'docx' ? MAX_DOCX_BYTES : MAX_FILE_BYTES;
  try {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      if (size > limit) throw new PlanFailure('too-large', `it is larger than ${mb(limit)}, too big to be one plan`);
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw describeFsError(error);
  }
  return type === 'docx' ? textFromDocx(bytes) : textFromBytes(bytes);
}
