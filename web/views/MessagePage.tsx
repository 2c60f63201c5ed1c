/** @jsxImportSource #jsx */
/** A plain HTML page for errors seen in a browser, and for the `/problems/<slug>` pages. */
import type { Child } from '../jsx/jsx-runtime.js';
import { Layout } from './Layout.js';

export function MessagePage(props: { title: string; heading: string; children?: Child }) {
  return (
    <Layout title={`${props.title} – clearplan`} script={false}>
      <h1 class="cp-heading-xl">{props.heading}</h1>
      {props.children}
      <p class="cp-body">
        <a href="/">Go to the plan checker</a>
      </p>
    </Layout>
  );
}
