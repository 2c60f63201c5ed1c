/** Plain names for the report's categories, shared by the API and the page. */
import type { Category } from '../engine/index.js';

export interface CategoryInfo {
  id: Category;
  label: string;
  description: string;
}

export const CATEGORY_INFO: readonly CategoryInfo[] = [
  { id: 'jargon', label: 'Jargon', description: 'Words and abbreviations a parent may not know.' },
  { id: 'wording', label: 'Wording', description: 'Wording that is longer, vaguer or harder than it needs to be.' },
  { id: 'readability', label: 'Hard to read', description: 'Sentences that are long or hard to read.' },
  { id: 'plan', label: 'Plan', description: 'Actions that do not say what will happen, who will do it or by when.' },
];
