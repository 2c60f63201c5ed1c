/** First plugin: builds the shared word and sentence index that every later rule reads. */
import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { buildIndex } from '../document.js';
import { state } from '../state.js';

export default function retextClearplanDocument() {
  return (tree: Root, file: VFile): undefined => {
    const s = state(file);
    s.index = buildIndex(s.text, tree, s.base, s.quotes);
  };
}
