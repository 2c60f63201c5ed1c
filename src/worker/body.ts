/**
 * Reading request bodies safely: a byte limit enforced while streaming (so a
 * body without Content-Length, or with a false one, cannot grow past it),
 * strict UTF-8 decoding, and media-type checks. Bodies are never logged.
 */
import { ProblemError } from './problem.js';

/** The media type of a Content-Type header, lower-cased, without parameters. */
export function mediaType(contentType: string | undefined | null): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** The `charset` parameter of a Content-Type header, lower-cased, or undefined. */
export function charset(contentType: string | undefined | null): string | undefined {
  for (const param of (contentType ?? '').split(';').slice(1)) {
    const eq = param.indexOf('=');
    if (eq < 0 || param.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    const value = param.slice(eq + 1).trim();
    return (value.startsWith('"') && value.endsWith('"') && value.length >= 2 ? value.slice(1, -1) : value).toLowerCase();
  }
  return undefined;
}

/** Throws 415 unless the request declares one of `types` (and UTF-8, if it names a charset). */
export function requireMediaType(req: Request, types: readonly string[]): void {
  const header = req.headers.get('content-type');
  const type = mediaType(header);
  const cs = charset(header);
  if (!types.includes(type) || (cs !== undefined && cs !== 'utf-8' && cs !== 'utf8')) {
    throw new ProblemError(
      'unsupported-media-type',
      header ? `Content-Type "${header.slice(0, 100)}" is not accepted here; use ${types.join(' or ')} (UTF-8).` : `Content-Type is missing; use ${types.join(' or ')}.`,
      { accept: types },
      { 'Accept-Post': types.join(', ') },
    );
  }
}

function tooLarge(limit: number): ProblemError {
  return new ProblemError('body-too-large', `The body is larger than ${limit} bytes.`, { limit, unit: 'bytes' });
}

/**
 * How much more of a body over the limit is read (and thrown away) before
 * answering 413. Cancelling the stream part-way leaves the client's upload
 * hanging on the connection, and under `wrangler dev` the next request on it
 * then failed with a 503; reading a bounded amount more lets an ordinary
 * client finish sending and read the 413. Bodies larger still are cancelled.
 */
export const DRAIN_BYTES = 8 * 1024 * 1024;

async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>, total: number, stopAt: number): Promise<void> {
  try {
    while (total <= stopAt) {
      const { done, value } = await reader.read();
      if (done) return;
      total += value.byteLength;
    }
    await reader.cancel();
  } catch {
    // The client went away: nothing more to read.
  }
}

/** Reads the whole body, refusing more than `limit` bytes. */
export async function readBodyBytes(req: Request, limit: number): Promise<Uint8Array> {
  const declared = req.headers.get('content-length');
  if (declared !== null && /^\s*\d+\s*$/.test(declared) && Number(declared) > limit) throw tooLarge(limit);
  if (req.body === null) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await discardRest(reader, total, limit + DRAIN_BYTES);
        throw tooLarge(limit);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof ProblemError) throw error;
    throw new ProblemError('unreadable-body', 'The body ended early or could not be read.');
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** Decodes UTF-8 strictly: a malformed byte sequence is a 400, never a silent U+FFFD. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ProblemError('invalid-utf8', 'The body contains bytes that are not valid UTF-8.');
  }
}

/** Reads, decodes and parses a JSON body. */
export async function readJson(req: Request, limit: number): Promise<{ text: string; value: unknown }> {
  requireMediaType(req, ['application/json']);
  const text = decodeUtf8(await readBodyBytes(req, limit));
  try {
    return { text, value: JSON.parse(text) as unknown };
  } catch (error) {
    // V8's message says where parsing stopped; it can quote the body, so it is used only when it does not.
    const why = error instanceof SyntaxError && !error.message.includes('"') ? error.message.slice(0, 120) : '';
    throw new ProblemError('invalid-json', why ? `The body is not valid JSON (${why}).` : 'The body is not valid JSON.');
  }
}

/** Reads and decodes an `application/x-www-form-urlencoded` body. */
export async function readForm(req: Request, limit: number): Promise<URLSearchParams> {
  requireMediaType(req, ['application/x-www-form-urlencoded']);
  return new URLSearchParams(decodeUtf8(await readBodyBytes(req, limit)));
}
