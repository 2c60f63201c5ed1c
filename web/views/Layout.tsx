/** @jsxImportSource #jsx */
/** The document shell: no third-party anything, one stylesheet, one module script. */
import { type Child, Html } from '../jsx/jsx-runtime.js';

export function Layout(props: { title: string; children?: Child; script?: boolean }) {
  return new Html(`<!doctype html>${(
    <html lang="en-GB">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/style.css" />
        {props.script !== false && <script type="module" src="/app.js"></script>}
      </head>
      <body class="cp-body-root">
        <a href="#main-content" class="cp-skip-link">
          Skip to main content
        </a>
        <header class="cp-header">
          <div class="cp-width-container cp-header__inner">
            <a href="/" class="cp-header__name">
              clearplan
            </a>
            <span class="cp-header__service">Check a child protection plan</span>
          </div>
        </header>
        <div class="cp-width-container">
          <main class="cp-main" id="main-content">
            {props.children}
          </main>
        </div>
        <footer class="cp-footer">
          <div class="cp-width-container">
            <p>clearplan does not store, log or share the text you check. There are no cookies, analytics or third-party scripts on this page.</p>
            <p>
              For developers: <a href="/api/v1/openapi.json">the API (OpenAPI 3.1)</a>.
            </p>
          </div>
        </footer>
      </body>
    </html>
  )}`);
}
