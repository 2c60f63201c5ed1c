/**
 * The JSX runtime for the page's views (web/views, src/worker): each element
 * renders straight to a string of HTML, wrapped in `Html` so that markup is
 * never escaped twice and text is always escaped once. Each .tsx file opts in
 * with a leading `@jsxImportSource #jsx` pragma comment (package.json "imports"
 * maps `#jsx/jsx-runtime` here); tsconfig's default stays Hono's, so the
 * engine's declaration build does not pull this file in.
 *
 * It replaces Hono's JSX runtime (about 5 KB gzip of the Worker bundle) and
 * writes the same bytes Hono's did for everything the views use: `<tag/>` for
 * empty void elements, `name=""` for a true boolean attribute and nothing for a
 * false one, other values as `name="value"` escaped; `&<>'"` escaped in text
 * and attribute values; null, undefined and booleans as children render
 * nothing. test/worker/jsx.test.ts holds it to that.
 */

/** Markup that is already safe to write out as it is. */
export class Html {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

export type Child = Html | string | number | boolean | null | undefined | readonly Child[];
type Props = Record<string, unknown> & { children?: Child };
type Component = (props: never) => Child;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** `text` with `& < > ' "` written as character references. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>'"]/g, (c) => ESCAPES[c]!);
}

const VOID = /^(?:area|base|br|col|embed|hr|img|input|keygen|link|meta|param|source|track|wbr)$/;
const BOOLEAN =
  /^(?:allowfullscreen|async|autofocus|autoplay|checked|controls|default|defer|disabled|download|formnovalidate|hidden|inert|ismap|itemscope|loop|multiple|muted|nomodule|novalidate|open|playsinline|readonly|required|reversed|selected)$/;

function childrenHtml(child: Child): string {
  if (child instanceof Html) return child.html;
  if (typeof child === 'string') return escapeHtml(child);
  if (typeof child === 'number') return String(child);
  if (Array.isArray(child)) return child.map(childrenHtml).join('');
  return '';
}

export function jsx(tag: string | Component, props: Props): Html {
  if (typeof tag === 'function') return new Html(childrenHtml((tag as (p: Props) => Child)(props)));
  let out = `<${tag}`;
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || value === null || value === undefined) continue;
    if (typeof value === 'boolean' && BOOLEAN.test(name)) {
      if (value) out += ` ${name}=""`;
    } else {
      out += ` ${name}="${escapeHtml(String(value))}"`;
    }
  }
  const children = childrenHtml(props.children);
  return new Html(VOID.test(tag) && props.children === undefined ? `${out}/>` : `${out}>${children}</${tag}>`);
}

export { jsx as jsxs, jsx as jsxDEV };

export function Fragment(props: { children?: Child }): Html {
  return new Html(childrenHtml(props.children));
}

// eslint-disable-next-line @typescript-eslint/no-namespace
export namespace JSX {
  export type Element = Html;
  export interface IntrinsicElements {
    [tag: string]: Record<string, unknown>;
  }
  export interface ElementChildrenAttribute {
    children: unknown;
  }
}
