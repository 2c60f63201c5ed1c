/** @jsxImportSource #jsx */
/**
 * The results of a check: score and reading age in plain words, the plan
 * with each finding marked and numbered, the findings with explanations and
 * "use this suggestion" buttons, and the actions table.
 *
 * Rendered on the server for the no-JavaScript form post, and in the browser
 * (the same component, bundled into app.js) when the page checks locally.
 * Every string goes through the JSX runtime's escaping (web/jsx): plan text is never markup.
 */
import type { Action, Message, Report } from '../../src/engine/types.js';
import { segments } from './highlight.js';
import { applyToken, isReplaceable } from './suggest.js';
import { actionsSentence, CATEGORY_LABEL, plural, PROBLEM_LABEL, readingAgeSentence, scoreBand } from './words.js';

export interface ResultsProps {
  text: string;
  report: Report;
  /** Where the check ran, said on the page. */
  checkedOn: 'device' | 'server';
  /** Start with focus on the results heading (a page the server rendered after a post). */
  focus?: boolean;
}

function Tag(props: { category: Message['category'] }) {
  return <strong class={`cp-tag cp-tag--${props.category}`}>{CATEGORY_LABEL[props.category]}</strong>;
}

function HighlightedText(props: { text: string; messages: readonly Message[] }) {
  return (
    <div class="cp-text" id="marked-text">
      {segments(props.text, props.messages).map((s) => {
        let body: unknown = s.text;
        if (s.term) body = <mark class="cp-mark">{body}</mark>;
        if (s.hard) body = <span class="cp-hard">{body}</span>;
        if (s.plan) body = <span class="cp-plan">{body}</span>;
        return (
          <>
            {body}
            {s.ends.map((n) => (
              <a class="cp-ref" href={`#finding-${n}`} id={`ref-${n}`}>
                <span class="cp-visually-hidden">finding </span>
                {n}
              </a>
            ))}
          </>
        );
      })}
    </div>
  );
}

function Finding(props: { message: Message; n: number }) {
  const m = props.message;
  const replaceable = isReplaceable(m);
  const url = m.url !== undefined && /^https:\/\//.test(m.url) ? m.url : undefined;
  return (
    <li class="cp-finding" id={`finding-${props.n}`} tabindex={-1}>
      <p class="cp-finding__head">
        <span class="cp-finding__number">{props.n}.</span> <Tag category={m.category} /> <span class="cp-finding__reason">{m.reason}</span>
      </p>
      {m.note !== '' && (
        <p class="cp-finding__note">
          <span class="cp-finding__label">Why it matters: </span>
          {m.note}
        </p>
      )}
      {m.expected.length > 0 && !replaceable && (
        <p class="cp-finding__note">
          <span class="cp-finding__label">What to do: </span>
          {m.expected.map((e) => `“${e}”`).join(', ')}
        </p>
      )}
      {replaceable && (
        <div class="cp-finding__actions">
          {m.expected.map((e, i) => (
            <button type="submit" form="plan-form" name="apply" value={applyToken(m, i)} class="cp-button cp-button--secondary cp-apply" data-apply={applyToken(m, i)}>
              Use “{e}”<span class="cp-visually-hidden"> instead of “{m.actual}”</span>
            </button>
          ))}
        </div>
      )}
      <p class="cp-finding__links">
        <a href={`#ref-${props.n}`}>
          Show in the plan<span class="cp-visually-hidden"> (finding {props.n})</span>
        </a>
        {url !== undefined && (
          <>
            {' · '}
            <a href={url} rel="noreferrer noopener">
              Guidance<span class="cp-visually-hidden"> about finding {props.n} (another website)</span>
            </a>
          </>
        )}
      </p>
    </li>
  );
}

function Missing() {
  return <span class="cp-missing">Not said</span>;
}

function ActionsTable(props: { actions: readonly Action[] }) {
  return (
    <div class="cp-table-wrap" role="region" aria-labelledby="actions-heading" tabindex={0}>
      <table class="cp-table" id="actions-table">
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">Who</th>
            <th scope="col">When</th>
            <th scope="col">Problems</th>
          </tr>
        </thead>
        <tbody>
          {props.actions.map((a) => (
            <tr>
              <td>
                {a.what ?? (
                  <>
                    <Missing />
                    <span class="cp-action-text">In the plan: “{a.text}”</span>
                  </>
                )}
              </td>
              <td>{a.who ?? <Missing />}</td>
              <td>{a.when ?? <Missing />}</td>
              <td>
                {a.problems.length === 0 ? (
                  <span class="cp-ok">None</span>
                ) : (
                  <ul class="cp-problems">
                    {a.problems.map((p) => (
                      <li>{PROBLEM_LABEL[p]}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Results(props: ResultsProps) {
  const { report, text } = props;
  const s = report.summary;
  const band = scoreBand(s.score);
  const messages = report.messages;
  const actionsLine = actionsSentence(s);
  return (
    <section class="cp-results" id="results" aria-labelledby="results-heading">
      <h2 class="cp-heading-l" id="results-heading" tabindex={-1} autofocus={props.focus === true}>
        Results
      </h2>
      <p class="cp-checked-on">
        {props.checkedOn === 'device' ? 'Checked on this device. Your text was not sent anywhere.' : 'Checked by the clearplan service. Your text was not saved.'}
      </p>
      <div class={`cp-panel cp-panel--${band.tone}`} id="summary">
        <p class="cp-panel__score">
          <span class="cp-panel__number" id="score">
            {s.score}
          </span>{' '}
          out of 100
        </p>
        <p class="cp-panel__band">This plan is {band.label}.</p>
      </div>
      <p class="cp-body" id="reading-age">
        {readingAgeSentence(s)}
      </p>
      <ul class="cp-list cp-list--bullet" id="counts">
        <li>{plural(s.words, 'word')} in {plural(s.sentences, 'sentence')}</li>
        <li>{plural(s.counts.jargon, 'word or abbreviation', 'words or abbreviations')} a parent may not know</li>
        <li>{plural(s.counts.wording, 'wording problem')}</li>
        <li>{plural(s.counts.readability, 'sentence')} that may be hard to read</li>
        {actionsLine !== null && <li>{actionsLine}</li>}
      </ul>

      <h3 class="cp-heading-m" id="text-heading">
        Your plan, marked up
      </h3>
      {messages.length === 0 ? (
        <p class="cp-body">Nothing to mark up: no jargon, wording or hard sentences found.</p>
      ) : (
        <p class="cp-hint" id="legend">
          <mark class="cp-mark">Highlighted</mark> words may not be clear to a parent. <span class="cp-hard">Underlined with dashes</span> sentences are hard to read.{' '}
          <span class="cp-plan">Shaded green</span> actions do not clearly say what, who or when. Each number links to what was found and how to fix it.
        </p>
      )}
      <HighlightedText text={text} messages={messages} />

      {messages.length > 0 && (
        <>
          <h3 class="cp-heading-m" id="findings-heading">
            What to look at ({messages.length})
          </h3>
          <ol class="cp-findings" id="findings" aria-labelledby="findings-heading">
            {messages.map((m, i) => (
              <Finding message={m} n={i + 1} />
            ))}
          </ol>
        </>
      )}

      <h3 class="cp-heading-m" id="actions-heading">
        Actions: what, who and when
      </h3>
      {report.actions.length === 0 ? (
        <p class="cp-body" id="no-actions">
          No actions were found. A plan should list what will happen, who will do it and by when.
        </p>
      ) : (
        <ActionsTable actions={report.actions} />
      )}
      <p class="cp-body cp-print-hide">
        <button type="button" class="cp-button cp-button--secondary" data-print hidden>
          Print these results
        </button>{' '}
        <a href="#plan-text">Back to your plan text</a>
      </p>
      <p class="cp-small">Rules version {report.rulesVersion}.</p>
    </section>
  );
}
