/**
 * Request limits, chosen from the engine measured inside workerd
 * (`node test/worker/measure.mjs`; figures in docs/worker.md "Limits"):
 *
 * | plan size                  | workerd CPU per request | V8 heap needed |
 * |----------------------------|-------------------------|----------------|
 * | 1,500 words (8.6k chars)   | 18–22 ms                | under 16 MiB   |
 * | 10,000 words (56k chars)   | 62–74 ms                | under 32 MiB   |
 * | 33,000 words (186k chars)  | 156–199 ms              | under 24 MiB old space |
 *
 * CPU, not memory, is what grows: the limit on text length keeps the worst
 * single check to about a fifth of a second of CPU and far below the
 * isolate's 128 MB, while a real plan (500 to 5,000 words) is well inside it.
 */

/** Longest plan text accepted anywhere, in UTF-16 code units (about 35,000 words). */
export const MAX_TEXT_CHARS = 200_000;

/**
 * Largest request body for `POST /api/v1/check`, in bytes. JSON escaping and
 * UTF-8 can make the longest allowed text take several bytes per character,
 * so this is larger than MAX_TEXT_CHARS; parsing 1 MiB of JSON costs a few ms.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Most documents in one `POST /api/v1/check/batch`. */
export const MAX_BATCH_DOCUMENTS = 20;

/** Largest request body for `POST /api/v1/check/batch`, in bytes: at most about 1 s of CPU in all. */
export const MAX_BATCH_BODY_BYTES = 1024 * 1024;

/** Largest web form post, in bytes: URL-encoding can take up to 9 bytes per character. */
export const MAX_FORM_BYTES = 2 * 1024 * 1024;

/** Longest document id in a batch. */
export const MAX_ID_LENGTH = 200;
