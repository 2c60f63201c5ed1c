/**
 * Stand-in for vfile's `#minpath` and `#minurl` (its browser copies of Node's
 * `path` and `url` helpers), in the Worker bundle only (wrangler.toml [alias]).
 * The engine makes every VFile from a value and never gives one a path
 * (src/engine/checker.ts), so vfile only ever asks `isUrl` (in its
 * constructor), which is kept as vfile has it; the path helpers throw rather
 * than answer wrongly if that ever changes. About 0.9 KB gzip less.
 */
function noPaths(): never {
  throw new Error('vfile paths are not supported in the clearplan Worker');
}

export const minpath = { basename: noPaths, dirname: noPaths, extname: noPaths, join: noPaths, sep: '/' };

/** vfile's own test for a URL object (minurl.shared.js). */
export function isUrl(value: unknown): value is URL {
  return Boolean(
    value !== null &&
      typeof value === 'object' &&
      'href' in value &&
      value.href &&
      'protocol' in value &&
      value.protocol &&
      (value as { auth?: unknown }).auth === undefined,
  );
}

export function urlToPath(): never {
  return noPaths();
}
