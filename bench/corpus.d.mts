export function rng(seed: number): () => number;
export function plan(words: number, seed?: number, crlf?: boolean): string;
export function countWords(s: string): number;
