/**
 * The views' own JSX runtime (web/jsx) must write exactly the HTML Hono's JSX
 * runtime wrote for the same elements, since it replaced it byte for byte. Each
 * tree below is built twice, once through each runtime's `jsx` function.
 */
import { describe, expect, it } from 'vitest';
import { Fragment as HonoFragment, jsx as honoJsx } from 'hono/jsx/jsx-runtime';
import { escapeHtml, Fragment, Html, jsx } from '../../web/jsx/jsx-runtime.js';

type Jsx = (tag: unknown, props: Record<string, unknown>) => unknown;
type Tree = (h: Jsx, fragment: unknown) => unknown;

function both(tree: Tree): [string, string] {
  const ours = String(tree(jsx as Jsx, Fragment));
  const hono = String(tree(honoJsx as unknown as Jsx, HonoFragment));
  return [ours, hono];
}

const hostile = `</textarea><img src=x onerror="go('1')"> & &amp; <b>`;

const trees: Record<string, Tree> = {
  'text and attribute escaping': (h) => h('p', { title: hostile, 'data-x': `a"b'c`, children: [hostile, ' tail'] }),
  'void elements with and without children': (h) =>
    h('div', { children: [h('input', { name: 'age', value: '7', maxlength: 200000 }), h('meta', { charset: 'utf-8' }), h('br', {}), h('span', {})] }),
  'boolean attributes true, false and non-boolean ones': (h) =>
    h('details', {
      open: false,
      hidden: true,
      spellcheck: false,
      autofocus: true,
      draggable: true,
      tabindex: -1,
      checked: false,
      novalidate: true,
      children: h('summary', { children: 'More' }),
    }),
  'null, undefined and boolean children, numbers, nested arrays': (h) =>
    h('ul', { children: [null, undefined, false, true, 0, 42, [h('li', { children: ['a', ['b', [3]]] }), []], ''] }),
  'null and undefined attributes are left out': (h) => h('a', { href: undefined, id: null, class: 'x', children: 'link' }),
  'function components, with children and returning text': (h, fragment) => {
    const Box = (props: { label: string; children?: unknown }) => h('section', { 'aria-label': props.label, children: props.children });
    const Text = (props: { t: string }) => props.t;
    const Nothing = () => null;
    return h(Box, {
      label: 'L & "q"',
      children: [h(Text, { t: '<i>' }), h(Nothing, {}), h(fragment, { children: [h('em', { children: 'x' }), ' · ', 5] })],
    });
  },
  'a fragment with a single child and with none': (h, fragment) => h('div', { children: [h(fragment, { children: 'only' }), h(fragment, {})] }),
  'a textarea that starts with a newline': (h) => h('textarea', { rows: 10, children: `\n${hostile}` }),
};

describe('the views JSX runtime', () => {
  for (const [name, tree] of Object.entries(trees)) {
    it(`writes what Hono wrote: ${name}`, () => {
      const [ours, hono] = both(tree);
      expect(ours).toBe(hono);
    });
  }

  it('escapes the five characters HTML needs, and nothing else', () => {
    expect(escapeHtml(`a&b<c>d'e"f é – “x”`)).toBe('a&amp;b&lt;c&gt;d&#39;e&quot;f é – “x”');
  });

  it('writes Html as it is (markup is never escaped twice) and strings escaped', () => {
    const out = jsx('p', { children: [new Html('<b>ok</b>'), '<b>text</b>'] });
    expect(out).toBeInstanceOf(Html);
    expect(out.toString()).toBe('<p><b>ok</b>&lt;b&gt;text&lt;/b&gt;</p>');
  });
});
