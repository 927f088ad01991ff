import { contentWords, type PageHits } from './search-sections.ts';

/**
 * Whether a page really has the words someone typed. When a word is not in the index at all,
 * Pagefind cuts letters off its end until what is left is ("xyzzy" becomes "x", "freind"
 * becomes "fr") and returns those pages, which would show "X" as a result for "xyzzy".
 * Pagefind does this for the whole index at once, so the best result tells whether it happened.
 */

/** The minimum number of leading letters a word on the page must share with a longer word typed. */
const SHARED_LETTERS = 4;

function sharedPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

function bare(word: string): string {
  return word.toLowerCase().replace(/[’‘]/g, "'").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * True if a word on the page is what was typed, or a form of it: "requests" for "request",
 * "day" for "days", "friend" for "frie" while typing; not "x" for "xyzzy" or "from" for "freind".
 */
export function isFormOf(typed: string, onPage: string): boolean {
  const term = bare(typed);
  const word = bare(onPage);
  if (term === '' || word === '') return false;
  const shared = sharedPrefix(term, word);
  // A stem shorter than the word typed ("day" for "days") is fine when only an ending differs.
  return shared >= Math.min(term.length, SHARED_LETTERS) || (shared === word.length && word.length >= term.length - 2);
}

/** Every typed word has a form of itself among the page's matching words. */
export function hasEveryTerm(terms: readonly string[], page: PageHits): boolean {
  const words = contentWords(page.content);
  const matched = page.weighted_locations.map((hit) => words[hit.location] ?? '');
  return terms.every((term) => matched.some((word) => isFormOf(term, word)));
}
