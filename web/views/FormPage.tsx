/** @jsxImportSource #jsx */
/**
 * The page at `/`: the form, and below it the results when there are some.
 * Works with JavaScript off (the form posts to /check); with JavaScript on,
 * app.js checks in the browser and says so in "Where your text goes".
 * After a post, focus starts on the error summary, the notice or the results
 * (autofocus), as GOV.UK pages do, so nobody has to find them.
 */
import type { Report } from '../../src/engine/types.js';
import { Layout } from './Layout.js';
import { Results } from './Results.js';
import { years } from './words.js';

export interface FieldError {
  field: 'text' | 'targetReadingAge';
  message: string;
}

export interface FormPageProps {
  text?: string;
  targetReadingAge?: string;
  report?: Report;
  errors?: FieldError[];
  /** A message shown above the results, e.g. after a suggestion was used. */
  notice?: string;
  maxChars: number;
  defaultTarget: number;
}

const fieldId = { text: 'plan-text', targetReadingAge: 'target-age' } as const;

export function FormPage(props: FormPageProps) {
  const errors = props.errors ?? [];
  const textError = errors.find((e) => e.field === 'text');
  const ageError = errors.find((e) => e.field === 'targetReadingAge');
  const title = `${errors.length > 0 ? 'Error: ' : ''}${props.report ? 'Results: ' : ''}Check a child protection plan – clearplan`;
  const approxWords = Math.floor(props.maxChars / 6 / 1000) * 1000;
  return (
    <Layout title={title}>
      {errors.length > 0 && (
        <div class="cp-error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1} id="error-summary" autofocus>
          <h2 class="cp-error-summary__title" id="error-summary-title">
            There is a problem
          </h2>
          <ul class="cp-list cp-error-summary__list">
            {errors.map((e) => (
              <li>
                <a href={`#${fieldId[e.field]}`}>{e.message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <h1 class="cp-heading-xl">Check a child protection plan</h1>
      <p class="cp-body-l">Find words a parent may not know, sentences that are hard to read, and actions that do not say what will happen, who will do it and by when.</p>

      <div class="cp-inset" id="where-text-goes">
        <h2 class="cp-heading-s">Where your text goes</h2>
        <p class="cp-body" id="where-text-goes-now" data-mode="server">
          When you press “Check plan”, your text is sent to the clearplan service over a secure connection, checked, and sent back to you. It is not saved, logged or shared.
        </p>
        <p class="cp-body">Do not paste anything you would not put in the plan itself.</p>
      </div>

      <form id="plan-form" method="post" action="/check" class="cp-form" novalidate>
        <div class={`cp-form-group${textError ? ' cp-form-group--error' : ''}`}>
          <label class="cp-label cp-label--m" for="plan-text">
            Plan text
          </label>
          <div class="cp-hint" id="plan-text-hint">
            Paste the draft plan, or type it here. Up to about {approxWords.toLocaleString('en-GB')} words.
          </div>
          {textError && (
            <p class="cp-error-message" id="plan-text-error">
              <span class="cp-visually-hidden">Error:</span> {textError.message}
            </p>
          )}
          <textarea
            class={`cp-textarea${textError ? ' cp-textarea--error' : ''}`}
            id="plan-text"
            name="text"
            rows={props.report ? 10 : 14}
            spellcheck={false}
            autocomplete="off"
            maxlength={props.maxChars}
            aria-describedby={`plan-text-hint where-text-goes-now${textError ? ' plan-text-error' : ''}`}
          >
            {/* The HTML parser drops one newline straight after <textarea>, so a text that starts with a blank line keeps it. */}
            {`\n${props.text ?? ''}`}
          </textarea>
        </div>

        <details class="cp-details" open={ageError !== undefined}>
          <summary class="cp-details__summary">
            <span class="cp-details__summary-text">Change the target reading age</span>
          </summary>
          <div class="cp-details__text">
            <div class={`cp-form-group${ageError ? ' cp-form-group--error' : ''}`}>
              <label class="cp-label" for="target-age">
                Target reading age, in years
              </label>
              <div class="cp-hint" id="target-age-hint">
                The default is {years(props.defaultTarget)}: most parents can follow writing at that level. Use a lower number for a parent who finds reading hard. Enter a number from 5 to 21.
              </div>
              {ageError && (
                <p class="cp-error-message" id="target-age-error">
                  <span class="cp-visually-hidden">Error:</span> {ageError.message}
                </p>
              )}
              <input
                class={`cp-input cp-input--width-3${ageError ? ' cp-input--error' : ''}`}
                id="target-age"
                name="targetReadingAge"
                type="text"
                inputmode="numeric"
                autocomplete="off"
                value={props.targetReadingAge ?? String(props.defaultTarget)}
                aria-describedby={`target-age-hint${ageError ? ' target-age-error' : ''}`}
              />
            </div>
          </div>
        </details>

        <div class="cp-button-group">
          <button type="submit" class="cp-button" id="check-button">
            Check plan
          </button>
          <div class="cp-checkboxes cp-js-only" id="live-option" hidden>
            <div class="cp-checkboxes__item">
              <input class="cp-checkboxes__input" id="live-check" type="checkbox" checked />
              <label class="cp-label cp-checkboxes__label" for="live-check">
                Check as I type
              </label>
            </div>
          </div>
        </div>
        <p class="cp-visually-hidden" id="status" role="status" aria-live="polite"></p>
      </form>

      {props.notice !== undefined && (
        <div class="cp-notice" role="status" id="notice" tabindex={-1} autofocus>
          <p class="cp-body">{props.notice}</p>
        </div>
      )}
      <div id="results-slot">{props.report && <Results text={props.text ?? ''} report={props.report} checkedOn="server" focus={props.notice === undefined} />}</div>
    </Layout>
  );
}
