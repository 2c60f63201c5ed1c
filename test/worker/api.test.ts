/** The JSON API through `app.request`: every route and every error status. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/engine/index.js';
import { MAX_BATCH_BODY_BYTES, MAX_BATCH_DOCUMENTS, MAX_BODY_BYTES, MAX_TEXT_CHARS } from '../../src/worker/limits.js';
import { app, ASSETS, expectMatchesOpenApi, expectProblem, openApiValidator, post, postJson, streamOf } from './helpers.js';

const PLAN = 'Mum to engage with CAMHS. Contact will be supervised by the social worker. The core group will meet every 4 weeks.';

describe('GET /healthz', () => {
  it('answers ok with the rules version', async () => {
    const res = await app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', rulesVersion: RULES.version });
  });
});

describe('POST /api/v1/check', () => {
  it('returns the report for the text, matching the OpenAPI Report schema', async () => {
    const res = await postJson('/api/v1/check', { text: PLAN });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const report = (await res.json()) as { schemaVersion: number; messages: { actual: string; ruleId: string; position: { start: { offset: number }; end: { offset: number } } }[] };
    expect(report.schemaVersion).toBe(1);
    expect(report.messages.map((m) => m.actual)).toContain('CAMHS');
    for (const m of report.messages) expect(PLAN.slice(m.position.start.offset, m.position.end.offset)).toBe(m.actual);
    await expectMatchesOpenApi(report, 'Report');
  });

  it('passes options to the engine', async () => {
    const plain = (await (await postJson('/api/v1/check', { text: PLAN, options: { targetReadingAge: 14, ignore: ['CAMHS'] } })).json()) as {
      summary: { targetReadingAge: number };
      messages: { actual: string }[];
    };
    expect(plain.summary.targetReadingAge).toBe(14);
    expect(plain.messages.map((m) => m.actual)).not.toContain('CAMHS');
  });

  it('accepts a UTF-8 byte order mark and a charset parameter', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(JSON.stringify({ text: PLAN }))]);
    const res = await post('/api/v1/check', bytes, { 'Content-Type': 'application/json; charset=UTF-8' });
    expect(res.status).toBe(200);
  });

  it('400 for malformed, truncated and empty JSON', async () => {
    await expectProblem(await postJson('/api/v1/check', '{"text": "abc'), 400, 'invalid-json');
    await expectProblem(await postJson('/api/v1/check', '{text: 1}'), 400, 'invalid-json');
    await expectProblem(await postJson('/api/v1/check', ''), 400, 'invalid-json');
    await expectProblem(await post('/api/v1/check', null, { 'Content-Type': 'application/json' }), 400, 'invalid-json');
  });

  it('400 with a list of field errors for the wrong shape', async () => {
    const body = await expectProblem(await postJson('/api/v1/check', { text: 5, options: { targetReadingAge: 'eleven', colour: 'red' } }), 400, 'invalid-request');
    const paths = (body['errors'] as { path: string }[]).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['text', 'options.targetReadingAge', 'options']));
    await expectProblem(await postJson('/api/v1/check', []), 400, 'invalid-request');
    await expectProblem(await postJson('/api/v1/check', null), 400, 'invalid-request');
    await expectProblem(await postJson('/api/v1/check', { text: 'x', extra: 1 }), 400, 'invalid-request');
    await expectProblem(await postJson('/api/v1/check', { text: 'x', options: { targetReadingAge: 30 } }), 400, 'invalid-request');
  });

  it('400 invalid-options when the engine refuses the options', async () => {
    const body = await expectProblem(await postJson('/api/v1/check', { text: PLAN, options: { extraTerms: [{ term: '  ' }] } }), 400, 'invalid-options');
    expect(body['detail']).toMatch(/extraTerms\[0\]/);
  });

  it('400 for a body that is not valid UTF-8', async () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0x22, 0x7d]);
    await expectProblem(await post('/api/v1/check', bytes, { 'Content-Type': 'application/json' }), 400, 'invalid-utf8');
    // A lone surrogate encoded as UTF-8 (CESU) is not valid UTF-8 either.
    await expectProblem(await post('/api/v1/check', new Uint8Array([0x22, 0xed, 0xa0, 0x80, 0x22]), { 'Content-Type': 'application/json' }), 400, 'invalid-utf8');
  });

  it('accepts lone surrogates written as JSON escapes (valid JSON, odd text)', async () => {
    const res = await postJson('/api/v1/check', '{"text":"\\ud800 Mum \\udc00 to attend. \\u0000"}');
    expect(res.status).toBe(200);
  });

  it('413 for a body over the limit, with or without Content-Length', async () => {
    const big = JSON.stringify({ text: 'a '.repeat(MAX_BODY_BYTES / 2 + 10) });
    const withLength = await post('/api/v1/check', big, { 'Content-Type': 'application/json', 'Content-Length': String(big.length) });
    const body = await expectProblem(withLength, 413, 'body-too-large');
    expect(body).toMatchObject({ limit: MAX_BODY_BYTES, unit: 'bytes' });
    const streamed = await app.request('/api/v1/check', {
      method: 'POST',
      body: streamOf(64 * 1024, 40),
      headers: { 'Content-Type': 'application/json' },
      duplex: 'half',
    } as RequestInit);
    await expectProblem(streamed, 413, 'body-too-large');
  });

  it('413 for a text over the character limit even when the body is small enough', async () => {
    const body = await expectProblem(await postJson('/api/v1/check', { text: 'a'.repeat(MAX_TEXT_CHARS + 1) }), 413, 'body-too-large');
    expect(body).toMatchObject({ limit: MAX_TEXT_CHARS, unit: 'characters' });
    expect((await postJson('/api/v1/check', { text: 'Mum will ring. '.repeat(Math.floor(MAX_TEXT_CHARS / 15)) })).status).toBe(200);
    // The text at the limit is 13,000 one-line actions: about 1.5 s alone, several times that on a loaded machine.
  }, 30_000);

  it('415 for a missing or wrong content type', async () => {
    await expectProblem(await post('/api/v1/check', JSON.stringify({ text: PLAN }), { 'Content-Type': 'text/plain' }), 415, 'unsupported-media-type');
    await expectProblem(await post('/api/v1/check', JSON.stringify({ text: PLAN })), 415, 'unsupported-media-type');
    await expectProblem(await post('/api/v1/check', `text=${PLAN}`, { 'Content-Type': 'application/x-www-form-urlencoded' }), 415, 'unsupported-media-type');
    await expectProblem(await post('/api/v1/check', JSON.stringify({ text: PLAN }), { 'Content-Type': 'application/json; charset=iso-8859-1' }), 415, 'unsupported-media-type');
  });

  it('405 for other methods, with Allow', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
      const res = await app.request('/api/v1/check', { method });
      await expectProblem(res, 405, 'method-not-allowed');
      expect(res.headers.get('allow')).toBe('POST');
    }
  });
});

describe('POST /api/v1/check/batch', () => {
  it('checks each document and gives an error entry for each bad one', async () => {
    const res = await postJson('/api/v1/check/batch', {
      documents: [
        { id: 'good', text: PLAN },
        { id: 'not-text', text: 42 },
        'not an object',
        { text: 'no id' },
        { id: 'good', text: 'a duplicate id' },
        { id: 'bad-options', text: PLAN, options: { extraTerms: [{ term: ' ' }] } },
        { id: 'too-long', text: 'a'.repeat(MAX_TEXT_CHARS + 1) },
        { id: 'own-options', text: PLAN, options: { targetReadingAge: 9 } },
      ],
      options: { targetReadingAge: 12 },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as { results: { index: number; id: string | null; ok: boolean; error?: { type: string }; report?: { summary: { targetReadingAge: number } } }[]; summary: unknown };
    await expectMatchesOpenApi(body, 'BatchResponse');
    expect(body.summary).toEqual({ documents: 8, ok: 2, failed: 6 });
    expect(body.results.map((r) => [r.index, r.id, r.ok, r.error?.type ?? r.report?.summary.targetReadingAge])).toEqual([
      [0, 'good', true, 12],
      [1, 'not-text', false, '/problems/invalid-request'],
      [2, null, false, '/problems/invalid-request'],
      [3, null, false, '/problems/invalid-request'],
      [4, 'good', false, '/problems/invalid-request'],
      [5, 'bad-options', false, '/problems/invalid-options'],
      [6, 'too-long', false, '/problems/body-too-large'],
      [7, 'own-options', true, 9],
    ]);
  });

  it(`400 for an empty batch or more than ${MAX_BATCH_DOCUMENTS} documents`, async () => {
    await expectProblem(await postJson('/api/v1/check/batch', { documents: [] }), 400, 'invalid-request');
    await expectProblem(await postJson('/api/v1/check/batch', { documents: 'x' }), 400, 'invalid-request');
    await expectProblem(await postJson('/api/v1/check/batch', {}), 400, 'invalid-request');
    const docs = Array.from({ length: MAX_BATCH_DOCUMENTS + 1 }, (_, i) => ({ id: String(i), text: 'Mum will ring.' }));
    await expectProblem(await postJson('/api/v1/check/batch', { documents: docs }), 400, 'invalid-request');
    expect((await postJson('/api/v1/check/batch', { documents: docs.slice(1) })).status).toBe(200);
  });

  it('400, 413 and 415 like the single check', async () => {
    await expectProblem(await postJson('/api/v1/check/batch', '{"documents": ['), 400, 'invalid-json');
    const big = JSON.stringify({ documents: [{ id: 'a', text: 'a'.repeat(MAX_BATCH_BODY_BYTES) }] });
    await expectProblem(await postJson('/api/v1/check/batch', big), 413, 'body-too-large');
    await expectProblem(await post('/api/v1/check/batch', '{}', { 'Content-Type': 'text/csv' }), 415, 'unsupported-media-type');
  });
});

describe('GET /api/v1/rules', () => {
  it('lists every term with its explanation and the rules version', async () => {
    const res = await app.request('/api/v1/rules');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { version: string; terms: { id: string; plain: string[]; note: string }[] };
    expect(body.version).toBe(RULES.version);
    expect(body.terms.map((t) => t.id)).toEqual(RULES.terms.map((t) => t.id));
    await expectMatchesOpenApi(body, 'Rules');
  });
});

describe('GET /api/v1/openapi.json', () => {
  it('is an OpenAPI 3.1 document for every API route, generated from the validating schemas', async () => {
    const res = await app.request('/api/v1/openapi.json', {}, { ASSETS });
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, { properties?: Record<string, { maxLength?: number }>; required?: string[] }> } };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(['/api/v1/check', '/api/v1/check/batch', '/api/v1/rules']);
    expect(Object.keys(doc.paths['/api/v1/check']!)).toEqual(['post']);
    expect(doc.components.schemas['CheckRequest']?.properties?.['text']?.maxLength).toBe(MAX_TEXT_CHARS);
    expect(doc.components.schemas['CheckRequest']?.required).toEqual(['text']);
    expect(JSON.stringify(doc.paths['/api/v1/check/batch'])).toContain(`${MAX_BATCH_DOCUMENTS} documents`);
  });
});

describe('the served OpenAPI request schemas and the validation agree', () => {
  /** True when the Worker accepted the body's shape (it answered anything but a schema problem). */
  async function workerAccepts(path: string, body: unknown): Promise<boolean> {
    const res = await post(path, JSON.stringify(body), { 'Content-Type': 'application/json' });
    if (res.status === 200) return true;
    const problem = (await res.json()) as { type: string; unit?: string };
    if (problem.type === '/problems/invalid-options') return true; // the schema passed; the engine refused
    expect(['/problems/invalid-request', '/problems/body-too-large'], JSON.stringify(problem)).toContain(problem.type);
    if (problem.type === '/problems/body-too-large') expect(problem.unit).toBe('characters');
    return false;
  }

  const word = fc.string({ unit: fc.constantFrom('a', 'B', ' ', '-', 'é'), maxLength: 90 });
  const value = fc.oneof(fc.constant(null), fc.boolean(), fc.integer({ min: -5, max: 300 }), fc.double({ min: 0, max: 30, noNaN: true }), word, fc.array(word, { maxLength: 3 }));
  /** Usually a value of the right kind (which may still be out of range), sometimes anything. */
  const mostly = <T,>(good: fc.Arbitrary<T>) => fc.oneof({ arbitrary: good, weight: 5 }, { arbitrary: value, weight: 1 });
  /** Usually absent, sometimes anything (an unknown key). */
  const rarely = fc.oneof({ arbitrary: fc.constant(undefined), weight: 12 }, { arbitrary: value, weight: 1 });
  const extraTerm = fc.record(
    { term: mostly(word), plain: mostly(fc.array(word, { maxLength: 22 })), note: mostly(word), caseSensitive: mostly(fc.boolean()), colour: rarely },
    { requiredKeys: ['term'] },
  );
  const options = mostly(
    fc.record(
      {
        targetReadingAge: mostly(fc.double({ min: 3, max: 23, noNaN: true })),
        maxSentenceWords: mostly(fc.oneof(fc.integer({ min: 3, max: 210 }), fc.double({ min: 5, max: 200, noNaN: true }))),
        categories: mostly(fc.record({ jargon: mostly(fc.boolean()), plan: mostly(fc.boolean()), colour: rarely }, { requiredKeys: [] })),
        ignore: mostly(fc.array(word, { maxLength: 3 })),
        extraTerms: mostly(fc.array(extraTerm, { maxLength: 2 })),
        colour: rarely,
      },
      { requiredKeys: [] },
    ),
  );
  const drop = (v: Record<string, unknown>) => Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined));

  it('CheckRequest: the document accepts exactly the real requests the Worker accepts', async () => {
    const validate = await openApiValidator('CheckRequest');
    const request = fc.oneof(
      value,
      fc.record({ text: mostly(fc.constant('Mum will ring the school on Monday.')), options, extra: rarely }, { requiredKeys: ['text'] }).map(drop),
    );
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(request, async (body) => {
        const json = JSON.parse(JSON.stringify(body ?? null)) as unknown;
        const ok = await workerAccepts('/api/v1/check', json);
        expect(validate(json), JSON.stringify(json)).toBe(ok);
        if (ok) accepted++;
      }),
      { numRuns: 300, seed: 7 },
    );
    // Both kinds of request were tried.
    expect(accepted).toBeGreaterThan(10);
    expect(accepted).toBeLessThan(290);
    // Edges of the limits, by hand.
    for (const body of [{ text: 'a'.repeat(MAX_TEXT_CHARS) }, { text: 'a'.repeat(MAX_TEXT_CHARS + 1) }, { text: 'x', options: { targetReadingAge: 21 } }, { text: 'x', options: { targetReadingAge: 21.5 } }, { text: 'x', options: { maxSentenceWords: 5.5 } }]) {
      expect(validate(body), JSON.stringify(body).slice(0, 80)).toBe(await workerAccepts('/api/v1/check', body));
    }
  });

  it('BatchRequest: the envelope the document accepts is the envelope the Worker accepts', async () => {
    const validate = await openApiValidator('BatchRequest');
    let accepted = 0;
    const document = mostly(fc.record({ id: mostly(word), text: mostly(word), options }, { requiredKeys: ['id', 'text'] }).map(drop));
    const documents = mostly(fc.array(document, { maxLength: 22 }));
    const request = mostly(fc.record({ documents, options, extra: rarely }, { requiredKeys: ['documents'] }).map(drop));
    await fc.assert(
      fc.asyncProperty(request, async (body) => {
        const json = JSON.parse(JSON.stringify(body ?? null)) as unknown;
        const ok = await workerAccepts('/api/v1/check/batch', json);
        expect(validate(json), JSON.stringify(json)).toBe(ok);
        if (ok) accepted++;
      }),
      { numRuns: 150, seed: 11 },
    );
    expect(accepted).toBeGreaterThan(10);
    expect(accepted).toBeLessThan(140);
  });
});

describe('404', () => {
  it('is a problem for unknown API routes and other paths', async () => {
    await expectProblem(await app.request('/api/v1/nothing'), 404, 'not-found');
    await expectProblem(await app.request('/api/v2/check', { method: 'POST' }), 404, 'not-found');
    await expectProblem(await app.request('/%2e%2e/etc/passwd'), 404, 'not-found');
  });
});

describe('content type parsing', () => {
  it('reads the charset parameter however it is written', async () => {
    const { charset, mediaType } = await import('../../src/worker/body.js');
    expect(mediaType(' Application/JSON ; charset=utf-8')).toBe('application/json');
    expect(charset('application/json; charset="UTF-8"')).toBe('utf-8');
    expect(charset('application/json;foo=bar; Charset = latin1')).toBe('latin1');
    expect(charset('application/json')).toBeUndefined();
    expect(charset('application/json; charset')).toBeUndefined();
  });
});
