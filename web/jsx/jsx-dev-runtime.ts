/** The development entry of the views' JSX runtime (some tools ask for it): the same functions. */
export { Fragment, jsx, jsxDEV, jsxs, type JSX } from './jsx-runtime.js';
