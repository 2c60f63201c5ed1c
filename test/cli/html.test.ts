/**
 * The managers' HTML report opens in the real browser (system chromium,
 * offline) with no console errors, no requests beyond the file itself, its
 * charts present with text alternatives, plan text escaped, and a table
 * that sorts.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED_NAMES, writeFixture, type Fixture } from './fixture.js';
import { runCli } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
let fx: Fixture;
let profile: string;
let context: BrowserContext;

beforeAll(async () => {
  fx = writeFixture();
  profile = mkdtempSync(join(tmpdir(), 'clearplan-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 60_000);

afterAll(async () => {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(fx.dir, { recursive: true, force: true });
});

describe.skipIf(!existsSync(CHROMIUM))('html report', () => {
  it('opens offline with charts, escaped text and a sortable table', async () => {
    // A file whose name is markup: it must show as text.
    writeFileSync(join(fx.dir, 'x<img src=x onerror=alert(1)>.txt'), 'Mum will ring the school every Monday. The LA will monitor.\n');
    const ran = await runCli(['check', 'plans', 'x<img src=x onerror=alert(1)>.txt', '--format', 'html', '--group-by', 'team', '--min-score', '50', '--out', 'report.html'], fx.dir);
    expect([1, 2]).toContain(ran.code);
    const file = join(fx.dir, 'report.html');
    const html = readFileSync(file, 'utf8');
    // Self-contained: no external references; a CSP; plan text escaped.
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    expect(html).not.toMatch(/\b(src|href)=["']?(https?:)?\/\//);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');

    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href);
    await page.waitForLoadState('load');

    expect(await page.title()).toBe('Plain-language check of child protection plans');
    expect(await page.locator('h1').count()).toBe(1);
    // Five charts, each an SVG image with a title, a description and a data table.
    const charts = page.locator('figure.chart');
    expect(await charts.count()).toBe(5);
    for (const id of ['chart-scores', 'chart-reading-age', 'chart-jargon', 'chart-actions', 'chart-groups']) {
      const svg = page.locator(`#${id} svg[role="img"]`);
      expect(await svg.count(), id).toBe(1);
      expect(await svg.locator('title').textContent(), id).not.toBe('');
      expect(await svg.getAttribute('aria-labelledby'), id).toMatch(/-t .*-d$/);
      expect(await page.locator(`#${id} details table`).count(), id).toBe(1);
    }
    // Bars were drawn: the score chart has one bar per band; at least one is non-empty.
    const widths = await page.locator('#chart-scores rect').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('width'))));
    expect(widths).toHaveLength(10);
    expect(widths.some((w) => w > 0)).toBe(true);
    // The breakdown by team comes from the CSV column.
    const groups = await page.locator('#groups tbody th').allTextContents();
    expect(groups).toEqual(expect.arrayContaining(['North', 'South', '(no team)']));
    // Every input is a row of the plan table.
    const rows = page.locator('#plans tbody tr');
    expect(await rows.count()).toBe(EXPECTED_NAMES.length + 1);
    expect(await page.locator('#plans tbody tr.failed').count()).toBe(5 + (process.getuid?.() === 0 ? 0 : 1));
    // Sorting by score puts the lowest first, and blanks (failed plans) last.
    await page.getByRole('button', { name: 'Score' }).click();
    expect(await page.locator('#plans thead th').nth(2).getAttribute('aria-sort')).toBe('ascending');
    const scores = await page.locator('#plans tbody tr td:nth-child(3)').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-v')));
    const numbers = scores.filter((v) => v !== null && v !== '').map(Number);
    expect(numbers.length).toBeGreaterThan(3);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    await page.getByRole('button', { name: 'Score' }).click();
    expect(await page.locator('#plans thead th').nth(2).getAttribute('aria-sort')).toBe('descending');
    // The hostile plan's markup is text, not elements.
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.getByText('<img src=x onerror=alert(1)>', { exact: false }).count()).toBeGreaterThan(0);

    expect(problems).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    await page.close();
  }, 60_000);
});
