/**
 * The page in a real browser (Debian's chromium): with JavaScript off the
 * form posts and the server renders the results; with it on, the text is
 * checked in the browser and never posted. Both are accessible (axe-core,
 * WCAG 2.2 AA), work by keyboard alone, print cleanly, show hostile text as
 * text, and make no request to any other origin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, axeSnapshot, openBrowser, PLAN, startWorker, type Session, type Worker } from './harness.js';

let worker: Worker;
let base: string;

beforeAll(async () => {
  ({ worker, base } = await startWorker());
});

afterAll(async () => {
  await worker?.dispose();
});

function expectOnlyLocal(session: Session): void {
  const foreign = session.requests.filter((r) => new URL(r.url).origin !== base);
  expect(foreign, 'requests to other origins').toEqual([]);
  expect(session.problems, 'console errors, page errors, failed requests').toEqual([]);
}

const HOSTILE = `Mum to attend.<script>window.__pwned = 1</script> "><img src=/pwned onerror="window.__pwned = 2"> ' " </textarea><script>window.__pwned = 3</script>`;

describe('JavaScript off: the form posts and the server shows the results', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('has no accessibility violations on the empty form', async () => {
    await s.page.goto(`${base}/`);
    await expect(s.page.title()).resolves.toBe('Check a child protection plan – clearplan');
    expect(await s.page.locator('#where-text-goes-now').innerText()).toMatch(/sent to the clearplan service/);
    expect(await axeSnapshot(base, await s.page.content())).toEqual([]);
  });

  it('posts the plan and shows score, reading age, highlights and the actions table', async () => {
    await s.page.getByLabel('Plan text').fill(PLAN);
    await Promise.all([s.page.waitForURL(`${base}/check`), s.page.getByRole('button', { name: 'Check plan' }).click()]);
    expect(await s.page.title()).toMatch(/^Results: /);
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('results-heading');
    expect(Number(await s.page.locator('#score').innerText())).toBeGreaterThanOrEqual(0);
    expect(await s.page.locator('#reading-age').innerText()).toMatch(/reading age of about \d+ years?/);
    expect(await s.page.locator('#marked-text mark', { hasText: 'CAMHS' }).count()).toBe(1);
    const rows = s.page.locator('#actions-table tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    expect(await s.page.locator('#actions-table thead th').allInnerTexts()).toEqual(['What', 'Who', 'When', 'Problems']);
    expect(await s.page.locator('.cp-checked-on').innerText()).toMatch(/Checked by the clearplan service/);
    expect(await axeSnapshot(base, await s.page.content())).toEqual([]);
    expect(s.requests.filter((r) => r.method === 'POST').map((r) => new URL(r.url).pathname)).toEqual(['/check']);
  });

  it('uses a suggestion with one click, without JavaScript', async () => {
    const button = s.page.getByRole('button', { name: /instead of “CAMHS”/ }).first();
    const name = /Use “([^”]+)”/.exec(await button.innerText())![1]!;
    await Promise.all([s.page.waitForResponse((r) => r.request().method() === 'POST' && r.url() === `${base}/check`), button.click()]);
    await s.page.waitForSelector('#notice');
    expect(await s.page.locator('#notice').innerText()).toContain(`Changed “CAMHS” to “${name}”`);
    expect(await s.page.getByLabel('Plan text').inputValue()).toContain(`Mum to engage with ${name}`);
  });

  it('shows hostile text as text', async () => {
    await s.page.goto(`${base}/`);
    await s.page.getByLabel('Plan text').fill(HOSTILE);
    await Promise.all([s.page.waitForURL(`${base}/check`), s.page.getByRole('button', { name: 'Check plan' }).click()]);
    expect(await s.page.locator('#marked-text').innerText()).toContain('<script>window.__pwned = 1</script>');
    expect(await s.page.locator('#results script, #results img').count()).toBe(0);
    expect(await s.page.getByLabel('Plan text').inputValue()).toBe(HOSTILE);
    expect(s.requests.some((r) => r.url.includes('pwned'))).toBe(false);
  });

  it('asked nothing of any other origin and logged no errors', () => expectOnlyLocal(s));
});

describe('JavaScript on: checked in the browser, the text never leaves the device', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser({ javaScriptEnabled: true });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('says the text stays on the device', async () => {
    await s.page.goto(`${base}/`);
    await s.page.waitForSelector('#where-text-goes-now[data-mode="device"]');
    expect(await s.page.locator('#where-text-goes-now').innerText()).toMatch(/checked on this device.*not sent/);
    expect(await s.page.getByLabel('Check as I type').isVisible()).toBe(true);
    expect(await axe(s.page)).toEqual([]);
  });

  it('checks on "Check plan" without posting, and moves focus to the results', async () => {
    await s.page.getByLabel('Check as I type').uncheck();
    await s.page.getByLabel('Plan text').fill(PLAN);
    await s.page.getByRole('button', { name: 'Check plan' }).click();
    await s.page.waitForSelector('#results');
    expect(s.page.url()).toBe(`${base}/`);
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('results-heading');
    expect(await s.page.locator('.cp-checked-on').innerText()).toMatch(/Checked on this device/);
    expect(await s.page.locator('#marked-text mark', { hasText: 'CAMHS' }).count()).toBe(1);
    expect(await s.page.locator('#actions-table tbody tr').count()).toBeGreaterThanOrEqual(3);
    expect(await s.page.locator('#status').innerText()).toMatch(/^Checked\. Score \d+ out of 100\./);
    expect(await axe(s.page)).toEqual([]);
  });

  it('uses a suggestion in the draft with one click', async () => {
    const button = s.page.getByRole('button', { name: /instead of “CAMHS”/ }).first();
    const name = /Use “([^”]+)”/.exec(await button.innerText())![1]!;
    await button.click();
    expect(await s.page.getByLabel('Plan text').inputValue()).toContain(`Mum to engage with ${name} and attend`);
    expect(await s.page.locator('#status').innerText()).toContain(`Changed “CAMHS” to “${name}”`);
    expect(await s.page.locator('#marked-text mark', { hasText: 'CAMHS' }).count()).toBe(0);
    expect(await s.page.evaluate(() => document.activeElement?.closest('li')?.className ?? document.activeElement?.id)).toMatch(/cp-finding|results-heading/);
  });

  it('checks as the user types', async () => {
    await s.page.getByLabel('Check as I type').check();
    const textarea = s.page.getByLabel('Plan text');
    await textarea.fill('');
    await textarea.pressSequentially('Dad to engage with the ICPC.', { delay: 5 });
    // No button pressed: the results appear once typing pauses.
    await s.page.waitForFunction(() => {
      const marked = document.querySelector('#marked-text');
      return marked?.textContent?.startsWith('Dad to engage') && Array.from(marked.querySelectorAll('mark')).some((m) => m.textContent === 'ICPC');
    });
    expect(await s.page.locator('#status').innerText()).toMatch(/^Checked\. Score \d+ out of 100\./);
  });

  it('shows hostile text as text, both typed and after a suggestion', async () => {
    await s.page.getByLabel('Plan text').fill(HOSTILE);
    await s.page.getByRole('button', { name: 'Check plan' }).click();
    await s.page.waitForFunction(() => document.querySelector('#marked-text')?.textContent?.includes('__pwned = 3'));
    expect(await s.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await s.page.locator('#results script, #results img').count()).toBe(0);
  });

  it('is printable: the form and buttons hide, the results stay', async () => {
    await s.page.getByLabel('Plan text').fill(PLAN);
    await s.page.getByRole('button', { name: 'Check plan' }).click();
    await s.page.emulateMedia({ media: 'print' });
    expect(await s.page.getByLabel('Plan text').isVisible()).toBe(false);
    expect(await s.page.locator('.cp-apply').first().isVisible()).toBe(false);
    expect(await s.page.locator('#marked-text').isVisible()).toBe(true);
    expect(await s.page.locator('#actions-table').isVisible()).toBe(true);
    await s.page.emulateMedia({ media: 'screen' });
  });

  it('never posted the text and asked nothing of any other origin', () => {
    expect(s.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expectOnlyLocal(s);
  });
});

describe('keyboard only', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser({ javaScriptEnabled: true });
  });
  afterAll(async () => {
    await s?.close();
  });

  async function tabTo(predicate: string, limit = 80): Promise<void> {
    for (let i = 0; i < limit; i++) {
      await s.page.keyboard.press('Tab');
      if (await s.page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, predicate)) return;
    }
    throw new Error(`could not reach ${predicate} with Tab`);
  }

  it('pastes, checks, follows a finding and uses a suggestion without a mouse', async () => {
    await s.page.goto(`${base}/`);
    await s.page.waitForSelector('#where-text-goes-now[data-mode="device"]');
    await tabTo('#plan-text');
    await s.page.keyboard.insertText('Mum to engage with CAMHS. Dad will ring the school every Monday.');
    await tabTo('#check-button');
    await s.page.keyboard.press('Enter');
    await s.page.waitForSelector('#results');
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('results-heading');
    // The number after a highlighted word leads to its explanation.
    await tabTo('a.cp-ref');
    const href = await s.page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(href).toMatch(/^#finding-\d+$/);
    await s.page.keyboard.press('Enter');
    expect(new URL(s.page.url()).hash).toBe(href);
    // Then on to a "Use …" button, and Enter replaces the term in the draft.
    await tabTo('button.cp-apply');
    const label = await s.page.evaluate(() => document.activeElement?.textContent ?? '');
    await s.page.keyboard.press('Enter');
    const replacement = /Use “([^”]+)”/.exec(label)?.[1] ?? '';
    expect(replacement).not.toBe('');
    expect(await s.page.getByLabel('Plan text').inputValue()).toContain(replacement.slice(1));
    expect(s.problems).toEqual([]);
  });
});

describe('Content-Security-Policy in the browser', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser({ javaScriptEnabled: true });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('blocks inline script and script from another origin under the Worker’s own policy', async () => {
    const csp = (await fetch(`${base}/`)).headers.get('content-security-policy');
    expect(csp).toBeTruthy();
    // A page on the Worker's origin that tries both, served with the Worker's CSP header.
    await s.page.route(`${base}/csp-probe`, (route) =>
      route.fulfill({
        status: 200,
        headers: { 'Content-Type': 'text/html', 'Content-Security-Policy': csp! },
        body: '<!doctype html><title>probe</title><script>window.__inline = 1</script><script src="https://third-party.example/x.js"></script><img src="https://third-party.example/pixel.gif" alt="">',
      }),
    );
    let reachedNetwork = 0;
    await s.context.route('https://third-party.example/**', (route) => {
      reachedNetwork++;
      return route.abort();
    });
    const violations: string[] = [];
    s.page.on('console', (m) => {
      if (/Content Security Policy/.test(m.text())) violations.push(m.text());
    });
    await s.page.goto(`${base}/csp-probe`);
    expect(await s.page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).toBeUndefined();
    expect(violations.some((v) => /inline script/i.test(v))).toBe(true);
    expect(violations.some((v) => /third-party\.example\/x\.js/.test(v))).toBe(true);
    expect(reachedNetwork).toBe(0);
  });

  it('on the real page, script injected at run time cannot run', async () => {
    s.problems.length = 0;
    await s.page.goto(`${base}/`);
    await s.page.waitForSelector('#where-text-goes-now[data-mode="device"]');
    const outcome = await s.page.evaluate(() => {
      const errors: string[] = [];
      try {
        const el = document.createElement('script');
        el.textContent = 'window.__injected = 1';
        document.body.append(el);
      } catch (e) {
        errors.push(String(e));
      }
      try {
        document.body.insertAdjacentHTML('beforeend', '<img src=x onerror="window.__injected = 2">');
      } catch (e) {
        errors.push(String(e));
      }
      return { injected: (window as unknown as { __injected?: number }).__injected, errors };
    });
    await s.page.waitForTimeout(200);
    expect(outcome.injected).toBeUndefined();
    expect(await s.page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
    expect(outcome.errors.length).toBeGreaterThan(0);
  });
});
