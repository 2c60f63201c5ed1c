/**
 * The Worker's familiar-word lists. The Worker bundle leaves the packed
 * Dale–Chall and Spache lists out of its script (wrangler.toml `[alias]`,
 * ./familiar-words-absent.ts); the build writes them as a static file of the
 * assets (src/build/familiar-words-asset.ts), and this middleware reads that
 * file through the ASSETS binding once per isolate, before the first check,
 * and gives it to the engine, which refuses any list but its own. If the file
 * cannot be read the check fails (a 500), never with a different reading age.
 * Where the lists are built in (the Node tests run this code from src/), it
 * does nothing.
 */
import type { MiddlewareHandler } from 'hono';
import { hasFamiliarWords, useFamiliarWords } from '../engine/familiar-words.js';
import type { AppEnv } from './env.js';

/** The file's path in the assets (under /api/, so the assets router never serves it: wrangler.toml). */
export const FAMILIAR_WORDS_PATH = '/api/engine/familiar-words.txt';

let loading: Promise<void> | undefined;

async function load(assets: AppEnv['Bindings']['ASSETS'], url: string): Promise<void> {
  const file = await assets?.fetch(new URL(FAMILIAR_WORDS_PATH, url));
  if (!file?.ok) throw new Error(`clearplan: the familiar-word lists (${FAMILIAR_WORDS_PATH}) could not be read through the ASSETS binding`);
  useFamiliarWords(await file.text());
}

export const familiarWords: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!hasFamiliarWords()) {
    // One read per isolate; a failed read is tried again by the next request.
    await (loading ??= load(c.env?.ASSETS, c.req.url).catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  }
  await next();
};
