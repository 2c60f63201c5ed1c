/**
 * Turns file bytes into text: UTF-8 with or without a byte order mark, and
 * UTF-16 (Word's "Unicode text") with one. Anything else is an error for
 * that file, never a guess.
 */
export class DecodeError extends Error {
  override name = 'DecodeError';
}

export function decodeText(bytes: Uint8Array): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  try {
    if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    if (text.includes('\u0000')) throw new DecodeError('it looks like a binary file, not text');
    return text;
  } catch (error) {
    if (error instanceof DecodeError) throw error;
    throw new DecodeError('it is not UTF-8 or UTF-16 text (save it as UTF-8 and try again)');
  }
}
