/** @jsxImportSource #jsx */
/**
 * The web form. `GET /` shows it; `POST /check` (a same-origin form post,
 * checked by ./same-origin.ts, as Hono's CSRF middleware would) checks the text on the server and shows
 * the results, for browsers with JavaScript off. "Use this suggestion"
 * buttons post back with `apply=<start>:<end>:<n>`.
 */
import { Hono } from 'hono/tiny';
import { check, RULES, type Report } from '../engine/index.js';
import { FormPage, type FieldError } from '../../web/views/FormPage.js';
import { MessagePage } from '../../web/views/MessagePage.js';
import { applySuggestion, isReplaceable, parseApplyToken } from '../../web/views/suggest.js';
import { readForm } from './body.js';
import type { AppEnv } from './env.js';
import { familiarWords } from './familiar-words.js';
import { MAX_FORM_BYTES, MAX_TEXT_CHARS } from './limits.js';
import { PROBLEM_TYPES, type ProblemSlug } from './problem.js';
import { sameOriginForms } from './same-origin.js';
import { validateForm } from './validate.js';

const pageDefaults = { maxChars: MAX_TEXT_CHARS, defaultTarget: RULES.settings.targetReadingAge };

export function createWeb() {
  const web = new Hono<AppEnv>();

  web.get('/', (c) => c.html(String(<FormPage {...pageDefaults} />)));

  // Refreshing or bookmarking the results page leads back to the form.
  web.get('/check', (c) => c.redirect('/', 303));

  web.post('/check', sameOriginForms, familiarWords, async (c) => {
    const form = await readForm(c.req.raw, MAX_FORM_BYTES);
    const raw = {
      text: form.get('text') ?? '',
      targetReadingAge: form.get('targetReadingAge') ?? undefined,
      apply: form.get('apply') ?? undefined,
    };
    const parsed = validateForm(raw);
    const shown = { text: raw.text.slice(0, MAX_TEXT_CHARS), targetReadingAge: raw.targetReadingAge ?? '' };
    if (!parsed.success) {
      const errors: FieldError[] = parsed.issues.map((i) => ({
        field: i.path[0] === 'targetReadingAge' ? 'targetReadingAge' : 'text',
        message: i.message,
      }));
      const tooLong = parsed.issues.some((i) => i.path[0] === 'text' && i.code === 'too_big');
      return c.html(String(<FormPage {...pageDefaults} {...shown} errors={errors} />), tooLong ? 413 : 400);
    }
    const { targetReadingAge, apply } = parsed.data;
    let text = parsed.data.text;
    if (text.trim() === '') {
      return c.html(String(<FormPage {...pageDefaults} {...shown} errors={[{ field: 'text', message: 'Enter or paste the plan text' }]} />), 400);
    }
    const options = targetReadingAge === undefined ? undefined : { targetReadingAge };
    let report: Report = check(text, options);
    let notice: string | undefined;
    if (apply !== undefined) {
      const token = parseApplyToken(apply);
      const message = token && report.messages.find((m) => isReplaceable(m) && m.position.start.offset === token.start && m.position.end.offset === token.end && m.expected.length > token.index);
      const applied = message && token ? applySuggestion(text, message, token.index) : null;
      if (message && applied && applied.text.length <= MAX_TEXT_CHARS) {
        text = applied.text;
        report = check(text, options);
        notice = `Changed “${message.actual}” to “${applied.replacement}”. The plan has been checked again.`;
      } else {
        notice = 'That suggestion could not be used because the plan text has changed. The plan has been checked again as it is now.';
      }
    }
    return c.html(String(<FormPage {...pageDefaults} text={text} targetReadingAge={shown.targetReadingAge} report={report} {...(notice === undefined ? {} : { notice })} />));
  });

  web.get('/problems/:slug', (c) => {
    const slug = c.req.param('slug');
    if (!Object.hasOwn(PROBLEM_TYPES, slug)) return c.notFound();
    const t = PROBLEM_TYPES[slug as ProblemSlug];
    return c.html(
      String(
        <MessagePage title={t.title} heading={t.title}>
          <p class="cp-body">
            HTTP status {t.status}. {t.help}
          </p>
        </MessagePage>,
      ),
      200,
      { 'Cache-Control': 'public, max-age=3600' },
    );
  });

  return web;
}
