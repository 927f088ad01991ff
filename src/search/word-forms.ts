/**
 * Whether a word on a page is a form of a word typed. Pagefind matches a typed word as the start of a
 * word ("request" finds "requests") and, for a word it does not know, cuts letters off its end until
 * something matches; this tells a real form from a cut-down one.
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
