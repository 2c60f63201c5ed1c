/// <reference lib="dom" />
/**
 * The page script. With it, the plan is checked in this browser tab by the
 * same engine the Worker runs (bundled into this file), so the text never
 * leaves the device: the form is never posted, and the page's CSP has
 * `connect-src 'none'`. Without it, the form posts to /check as normal.
 */
import { check } from '../../src/engine/index.js';
import type { CheckOptions, Message, Report } from '../../src/engine/types.js';
import { Results } from '../views/Results.js';
import { applySuggestion, isReplaceable, parseApplyToken } from '../views/suggest.js';
import { plural } from '../views/words.js';

interface TrustedTypePolicyLike {
  createHTML(input: string): unknown;
}
interface TrustedTypesLike {
  createPolicy(name: string, rules: { createHTML: (input: string) => string }): TrustedTypePolicyLike;
}

/** Longest text checked as you type; longer plans are checked when "Check plan" is pressed. */
const LIVE_LIMIT = 60_000;
const LIVE_DELAY_MS = 600;

// The only way this page inserts HTML. The HTML comes from the views' JSX
// renderer (web/jsx), which escapes every string, so plan text is never markup.
const tt = (window as unknown as { trustedTypes?: TrustedTypesLike }).trustedTypes;
const policy = tt?.createPolicy('clearplan', { createHTML: (html) => html });

function setHtml(element: Element, html: string): void {
  (element as unknown as { innerHTML: unknown }).innerHTML = policy ? policy.createHTML(html) : html;
}

function byId<T extends HTMLElement>(id: string): T | null {
  return document.getElementById(id) as T | null;
}

function start(): void {
  const form = byId<HTMLFormElement>('plan-form');
  const textarea = byId<HTMLTextAreaElement>('plan-text');
  const slot = byId<HTMLDivElement>('results-slot');
  const status = byId<HTMLParagraphElement>('status');
  const ageInput = byId<HTMLInputElement>('target-age');
  const live = byId<HTMLInputElement>('live-check');
  if (!form || !textarea || !slot || !status || !ageInput || !live) return;

  const where = byId('where-text-goes-now');
  if (where) {
    where.textContent = 'Your text is checked on this device, in this browser tab. It is not sent to clearplan or anywhere else, and it is not saved.';
    where.dataset['mode'] = 'device';
  }
  byId('live-option')?.removeAttribute('hidden');

  let report: Report | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function options(): CheckOptions | null {
    const raw = ageInput!.value.trim();
    clearAgeError();
    if (raw === '') return {};
    const n = Number(raw);
    if (!/^\d{1,2}(\.\d)?$/.test(raw) || n < 5 || n > 21) {
      showAgeError('Target reading age must be a number from 5 to 21, like 11');
      return null;
    }
    return { targetReadingAge: n };
  }

  function showAgeError(message: string): void {
    const details = ageInput!.closest('details');
    if (details) details.open = true;
    ageInput!.setAttribute('aria-invalid', 'true');
    ageInput!.classList.add('cp-input--error');
    let el = byId('target-age-error');
    if (!el) {
      el = document.createElement('p');
      el.id = 'target-age-error';
      el.className = 'cp-error-message';
      ageInput!.before(el);
      ageInput!.setAttribute('aria-describedby', 'target-age-hint target-age-error');
    }
    el.textContent = `Error: ${message}`;
  }

  function clearAgeError(): void {
    byId('target-age-error')?.remove();
    ageInput!.removeAttribute('aria-invalid');
    ageInput!.classList.remove('cp-input--error');
    ageInput!.setAttribute('aria-describedby', 'target-age-hint');
  }

  function render(): Report | null {
    const text = textarea!.value;
    const opts = options();
    if (opts === null) return null;
    if (text.trim() === '') {
      report = null;
      setHtml(slot!, '');
      return null;
    }
    report = check(text, opts);
    // Errors from an earlier post no longer apply once the text checks.
    byId('error-summary')?.remove();
    byId('plan-text-error')?.remove();
    document.querySelector('.cp-form-group--error .cp-textarea')?.closest('.cp-form-group')?.classList.remove('cp-form-group--error');
    const html = Results({ text, report, checkedOn: 'device' }).toString();
    if (typeof html !== 'string') throw new Error('results must render synchronously');
    setHtml(slot!, html);
    slot!.querySelector('[data-print]')?.removeAttribute('hidden');
    return report;
  }

  function announce(message: string): void {
    status!.textContent = message;
  }

  function summaryLine(r: Report): string {
    return `Checked. Score ${r.summary.score} out of 100. ${plural(r.messages.length, 'thing')} to look at.`;
  }

  function focusResults(): void {
    byId('results-heading')?.focus();
  }

  function applyFrom(token: string): void {
    const parsed = parseApplyToken(token);
    const current = report ?? render();
    const message: Message | undefined =
      parsed && current
        ? current.messages.find((m) => isReplaceable(m) && m.position.start.offset === parsed.start && m.position.end.offset === parsed.end && m.expected.length > parsed.index)
        : undefined;
    const index = message && current ? current.messages.indexOf(message) : -1;
    const applied = message && parsed ? applySuggestion(textarea!.value, message, parsed.index) : null;
    if (!message || !applied) {
      const r = render();
      announce('That suggestion could not be used because the text has changed. The plan has been checked again.');
      if (r) focusResults();
      return;
    }
    textarea!.value = applied.text;
    const r = render();
    announce(`Changed “${message.actual}” to “${applied.replacement}”. ${r ? summaryLine(r) : ''}`);
    // Keep the keyboard user's place: the finding now at the same number, or the results heading.
    const next = byId(`finding-${index + 1}`) ?? byId('results-heading');
    next?.focus();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    const submitter = (event as SubmitEvent).submitter;
    const token = submitter?.getAttribute('data-apply');
    if (token) {
      applyFrom(token);
      return;
    }
    if (textarea.value.trim() === '') {
      announce('Enter or paste the plan text first.');
      textarea.focus();
      return;
    }
    const r = render();
    if (r) {
      announce(summaryLine(r));
      focusResults();
    } else if (byId('target-age-error')) {
      ageInput.focus();
    }
  });

  textarea.addEventListener('input', () => {
    clearTimeout(timer);
    if (!live.checked) return;
    if (textarea.value.length > LIVE_LIMIT) {
      announce('This plan is long: press Check plan to check it.');
      return;
    }
    timer = setTimeout(() => {
      const r = render();
      if (r) announce(summaryLine(r));
    }, LIVE_DELAY_MS);
  });

  document.addEventListener('click', (event) => {
    const target = event.target as Element | null;
    if (target?.closest('[data-print]')) window.print();
  });

  // A results page rendered by the server (from a post made with JavaScript
  // off) is re-checked here, so offsets match the text as this browser holds it.
  if (slot.childElementCount > 0 && textarea.value.trim() !== '') render();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
