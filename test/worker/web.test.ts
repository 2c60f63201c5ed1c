/** The web form through `app.request`: the page, the no-JavaScript post, suggestions, errors and CSRF. */
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS } from '../../src/worker/limits.js';
import { app, expectProblem, ORIGIN, post, postForm } from './helpers.js';

const PLAN = ['Child protection plan', '', 'Mum to engage with CAMHS.', 'Contact will be supervised.', 'The social worker will visit every week until the review conference.'].join('\n');

describe('GET /', () => {
  it('shows the form, labelled, with where the text goes', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toMatch(/^<!doctype html><html lang="en-GB">/);
    expect(html).toContain('<form id="plan-form" method="post" action="/check"');
    expect(html).toContain('<label class="cp-label cp-label--m" for="plan-text">Plan text</label>');
    expect(html).toContain('Where your text goes');
    expect(html).toContain('<link rel="stylesheet" href="/style.css"/>');
    expect(html).not.toMatch(/https?:\/\/(?!localhost)[^"]*\.(js|css|woff2?)/);
    expect(html).not.toContain('id="results"');
  });

  it('answers HEAD too', async () => {
    expect((await app.request('/', { method: 'HEAD' })).status).toBe(200);
  });

  it('405 for other methods on /, as HTML for a browser and problem+json otherwise', async () => {
    const res = await app.request('/', { method: 'DELETE' });
    await expectProblem(res, 405, 'method-not-allowed');
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    const page = await app.request('/', { method: 'PUT', headers: { Accept: 'text/html' } });
    expect(page.status).toBe(405);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  });
});

describe('POST /check (JavaScript off)', () => {
  it('shows the results: score, reading age, marked text, findings and actions', async () => {
    const res = await postForm({ text: PLAN, targetReadingAge: '11' });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('<title>Results: Check a child protection plan – clearplan</title>');
    expect(html).toMatch(/<span class="cp-panel__number" id="score">\d+<\/span> out of 100/);
    expect(html).toMatch(/reading age of about \d+ years?/);
    expect(html).toMatch(/<mark class="cp-mark">CAMHS<\/mark>(<\/span>)*<a class="cp-ref" href="#finding-\d+" id="ref-\d+"><span class="cp-visually-hidden">finding <\/span>\d+<\/a>/);
    expect(html).toMatch(/<li class="cp-finding" id="finding-1" tabindex="-1">/);
    expect(html).toMatch(/<button type="submit" form="plan-form" name="apply" value="\d+:\d+:0"/);
    expect(html).toContain('Checked by the clearplan service. Your text was not saved.');
    // Focus starts on the results, so keyboard and screen reader users land there after the post.
    expect(html).toContain('<h2 class="cp-heading-l" id="results-heading" tabindex="-1" autofocus="">Results</h2>');
    // The text goes back into the textarea for editing (after the newline the parser drops).
    expect(html).toContain(`maxlength="${MAX_TEXT_CHARS}"`);
    expect(html).toContain('\nChild protection plan\n\nMum to engage with CAMHS.');
    expect(html).toMatch(/id="actions-table"|id="no-actions"/);
  });

  it('uses a suggestion: replaces the term and checks again', async () => {
    const first = await (await postForm({ text: PLAN })).text();
    const token = /name="apply" value="(\d+:\d+:\d+)"[^>]*>Use “([^”]+)”<span class="cp-visually-hidden"> instead of “CAMHS”/.exec(first);
    expect(token).not.toBeNull();
    const res = await postForm({ text: PLAN, apply: token![1]! });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`Changed “CAMHS” to “${token![2]}”`);
    expect(html).toContain(`Mum to engage with ${token![2]}.`);
  });

  it('says so when a suggestion no longer fits the text', async () => {
    const res = await postForm({ text: 'Dad will ring Mum.', apply: '0:3:0' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('That suggestion could not be used');
    expect((await postForm({ text: 'Dad will ring Mum.', apply: 'junk' })).status).toBe(200);
    // A token that points at a finding with advice rather than replacements (an action with no timescale) changes nothing.
    const plan = 'Contact will be supervised.';
    const first = await (await postForm({ text: plan })).text();
    expect(first).toContain('Nobody named to do it');
    const whole = `0:${plan.length}:0`;
    const unchanged = await (await postForm({ text: plan, apply: whole })).text();
    expect(unchanged).toContain('That suggestion could not be used');
    expect(unchanged).toContain(`\n${plan}</textarea>`);
  });

  it('re-shows the form with an error summary for empty text or a bad reading age', async () => {
    const empty = await postForm({ text: '   ' });
    expect(empty.status).toBe(400);
    const html = await empty.text();
    expect(html).toContain('<title>Error: Check a child protection plan – clearplan</title>');
    expect(html).toContain('<a href="#plan-text">Enter or paste the plan text</a>');
    const age = await postForm({ text: PLAN, targetReadingAge: '40' });
    expect(age.status).toBe(400);
    const ageHtml = await age.text();
    expect(ageHtml).toContain('<a href="#target-age">Target reading age must be a number from 5 to 21, like 11</a>');
    expect(ageHtml).toContain('<details class="cp-details" open="">');
    expect(ageHtml).toContain('Mum to engage with CAMHS.');
  });

  it('413 with the form again for a text over the limit', async () => {
    const res = await postForm({ text: 'a'.repeat(MAX_TEXT_CHARS + 1) });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('Your plan is too long to check here');
  });

  it('refuses cross-site posts (CSRF): other origins, cross-site fetch metadata, or neither header', async () => {
    const body = new URLSearchParams({ text: PLAN }).toString();
    const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
    await expectProblem(await post('/check', body, { ...form, Origin: 'https://evil.example' }), 403, 'forbidden-origin');
    await expectProblem(await post('/check', body, { ...form, 'Sec-Fetch-Site': 'cross-site' }), 403, 'forbidden-origin');
    await expectProblem(await post('/check', body, form), 403, 'forbidden-origin');
    await expectProblem(await post('/check', body, { 'Content-Type': 'text/plain', Origin: 'https://evil.example' }), 403, 'forbidden-origin');
    const page = await post('/check', body, { ...form, Origin: 'null', Accept: 'text/html' });
    expect(page.status).toBe(403);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect((await post('/check', body, { ...form, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
  });

  it('415 for a body that is not a URL-encoded form, 400 for invalid UTF-8', async () => {
    await expectProblem(await post('/check', JSON.stringify({ text: PLAN }), { 'Content-Type': 'application/json', Origin: ORIGIN }), 415, 'unsupported-media-type');
    await expectProblem(await post('/check', '--x--', { 'Content-Type': 'multipart/form-data; boundary=x', Origin: ORIGIN }), 415, 'unsupported-media-type');
    const bad = new Uint8Array([0x74, 0x65, 0x78, 0x74, 0x3d, 0xff, 0xfe]);
    await expectProblem(await post('/check', bad, { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN }), 400, 'invalid-utf8');
  });

  it('GET /check goes back to the form', async () => {
    const res = await app.request('/check');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
  });
});

describe('problem type pages', () => {
  it('explains each problem type, and 404s for unknown ones', async () => {
    const res = await app.request('/problems/body-too-large');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('The request body is too large');
    await expectProblem(await app.request('/problems/nope'), 404, 'not-found');
    const page = await app.request('/nope', { headers: { Accept: 'text/html,application/xhtml+xml' } });
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('There is nothing at this address');
  });
});
