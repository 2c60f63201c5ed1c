/**
 * Shared set-up for the end-to-end tests: the Worker as wrangler builds and
 * serves it (unstable_startWorker: the same bundle and workerd as `wrangler
 * dev`, no nodejs_compat), and Debian's chromium driven by playwright-core
 * with a fresh profile, recording every request and console message.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { unstable_startWorker } from 'wrangler';

process.env['WRANGLER_SEND_METRICS'] = 'false';
process.env['CLOUDFLARE_CF_FETCH_ENABLED'] = 'false';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export type Worker = Awaited<ReturnType<typeof unstable_startWorker>>;

/** The static files, built by scripts/build-web.mjs into a folder of the tests' own (a concurrent `npm run build` empties dist/). */
export const ASSETS = 'test-results/e2e-web';

let built = false;

/** The Worker with no API keys (the API open), or with `apiKeys` as its API_KEYS secret. */
export async function startWorker(apiKeys?: string): Promise<{ worker: Worker; base: string }> {
  if (!built) {
    execFileSync(process.execPath, ['scripts/build-web.mjs', '--out', ASSETS], { stdio: 'ignore' });
    if (!existsSync(`${ASSETS}/app.js`) || !existsSync(`${ASSETS}/api/v1/openapi.json`)) throw new Error('scripts/build-web.mjs did not build app.js and the OpenAPI document');
    built = true;
  }
  const worker = await unstable_startWorker({
    config: 'wrangler.toml',
    assets: ASSETS,
    ...(apiKeys === undefined ? {} : { envFiles: [], bindings: { API_KEYS: { type: 'secret_text' as const, value: apiKeys } } }),
    dev: { server: { hostname: '127.0.0.1', port: 0 }, inspector: false, watch: false, logLevel: 'none' },
  });
  await worker.ready;
  const base = (await worker.url).origin;
  return { worker, base };
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every URL the browser asked for. */
  requests: { method: string; url: string }[];
  /** Console errors, page errors and failed requests. */
  problems: string[];
  close(): Promise<void>;
}

export async function openBrowser(options: { javaScriptEnabled: boolean }): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'clearplan-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    javaScriptEnabled: options.javaScriptEnabled,
    viewport: { width: 1100, height: 900 },
  });
  const requests: Session['requests'] = [];
  const problems: string[] = [];
  context.on('request', (r) => requests.push({ method: r.method(), url: r.url() }));
  context.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return {
    context,
    page,
    requests,
    problems,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * Runs axe-core on the HTML a JavaScript-off page holds. axe needs JavaScript
 * (timers, promises), so the snapshot is served at the same origin, with the
 * same stylesheet, in a JavaScript-on page whose app.js is not loaded.
 */
export async function axeSnapshot(base: string, html: string): Promise<AxeViolation[]> {
  const audit = await openBrowser({ javaScriptEnabled: true });
  try {
    await audit.page.route(`${base}/__axe-snapshot`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await audit.page.route(`${base}/app.js`, (route) => route.abort());
    await audit.page.goto(`${base}/__axe-snapshot`);
    return await axe(audit.page);
  } finally {
    await audit.close();
  }
}

/** Runs axe-core (WCAG 2.0, 2.1 and 2.2 A and AA rules) on the page as it is now. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, so the page's CSP (which would
  // rightly block an injected inline script) does not stop the audit.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

/** A fictional plan with jargon, hard sentences and actions with and without who and when. */
export const PLAN = [
  'CHILD PROTECTION PLAN',
  '',
  'Why we are worried',
  'Following the ICPC it was agreed that Mia is at risk of significant harm due to neglect.',
  '',
  'What needs to happen',
  '1. Mum to engage with CAMHS and attend all appointments.',
  '2. Contact with Dad will be supervised by the LA.',
  '3. The social worker will visit Mia at home every week until the review conference on 8 April.',
  '4. Home conditions to be maintained to an acceptable standard.',
].join('\n');
