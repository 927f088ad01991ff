import { contentWords, type PageHits } from './search-sections.ts';
import { isFormOf } from './word-forms.ts';

/**
 * Whether a page really has the words someone typed. When a word is not in the index at all,
 * Pagefind cuts letters off its end until what is left is ("xyzzy" becomes "x", "freind"
 * becomes "fr") and returns those pages, which would show "X" as a result for "xyzzy".
 * Pagefind does this for the whole index at once, so the best result tells whether it happened.
 */

/** Every typed word has a form of itself among the page's matching words. */
export function hasEveryTerm(terms: readonly string[], page: PageHits): boolean {
  const words = contentWords(page.content);
  const matched = page.weighted_locations.map((hit) => words[hit.location] ?? '');
  return terms.every((term) => matched.some((word) => isFormOf(term, word)));
}
