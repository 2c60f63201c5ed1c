/**
 * The web form's cross-site check (src/worker/same-origin.ts) must let through
 * and refuse exactly the requests Hono's csrf() with default options did.
 */
import { describe, expect, it } from 'vitest';
import { Hono } from 'hono/tiny';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { sameOriginForms } from '../../src/worker/same-origin.js';

function app(guard: typeof sameOriginForms) {
  const a = new Hono();
  a.on(['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH'], '/form', guard, (c) => c.text('ok'));
  a.onError((e, c) => (e instanceof HTTPException ? c.text(`refused ${e.status} ${e.getResponse().status}`, e.status) : c.text('other', 500)));
  return a;
}

const ours = app(sameOriginForms);
const hono = app(csrf());

const methods = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH'];
const types = [undefined, 'application/x-www-form-urlencoded', 'Application/X-WWW-Form-Urlencoded; charset=utf-8', 'multipart/form-data; boundary=x', 'text/plain', 'text/ping', 'text/plainish', 'application/json', 'text/html', ' text/plain'];
const sites = [undefined, 'same-origin', 'same-site', 'cross-site', 'none', 'SAME-ORIGIN', 'bogus'];
const origins = [undefined, 'http://form.example', 'https://form.example', 'http://form.example:80', 'http://evil.example', 'null', ''];

describe('the cross-site form check', () => {
  it('answers as Hono csrf() did for every mix of method, content type, Sec-Fetch-Site and Origin', async () => {
    let cases = 0;
    for (const method of methods) for (const type of types) for (const site of sites) for (const origin of origins) {
      const headers: Record<string, string> = {};
      if (type !== undefined) headers['content-type'] = type;
      if (site !== undefined) headers['sec-fetch-site'] = site;
      if (origin !== undefined) headers.origin = origin;
      const init = { method, headers, ...(method === 'GET' || method === 'HEAD' ? {} : { body: 'text=x' }) };
      const a = await ours.request('http://form.example/form', init);
      const b = await hono.request('http://form.example/form', init);
      expect([a.status, await a.text()], `${method} ${type} ${site} ${origin}`).toEqual([b.status, await b.text()]);
      cases++;
    }
    expect(cases).toBe(methods.length * types.length * sites.length * origins.length);
  }, 60_000); // 3,430 request pairs: seconds on a quiet machine, more under load

  it('refuses a cross-site form post and lets a same-origin one through', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    expect((await ours.request('http://form.example/form', { method: 'POST', headers: { ...form, origin: 'http://evil.example' }, body: 'a=1' })).status).toBe(403);
    expect((await ours.request('http://form.example/form', { method: 'POST', headers: { ...form, origin: 'http://form.example' }, body: 'a=1' })).status).toBe(200);
  });
});
