import { baseForms } from './related-words/base-forms.ts';
import { bareWord } from './search-query.ts';

/**
 * Whether a word on a page is a form of a word typed. Pagefind matches a typed word as the start of a
 * word ("request" finds "requests", but "passed" also finds "passwords") and, for a word it does not
 * know, cuts letters off its end until something matches; this tells a real form from the rest.
 */

/**
 * A word typed is taken as the start of a longer word only when it is this long, and the longer word
 * only this much longer: "frie" is "friend" as it is typed, but "out" is not "outcomes".
 */
const SHORTEST_START = 4;
const MOST_LETTERS_AFTER = 4;
/** Letters of a word not yet typed that need not be an ending ("frie" for "friend"). */
const MOST_LETTERS_UNTYPED = 2;
/** A dictionary form shorter than this is too short to count as the start of another word ("pass" is in "passwords"). */
const SHORTEST_SHARED_FORM = 5;
/** How many letters a typed word may have beyond a word on the page that it is a form of ("day" for "days"). */
const EXTRA_LETTERS = 2;
/** Those letters, when they make the same word: "days", "pupil's", "emailed"; not "friendly" for "friend" or "seems" for "see". */
const INFLECTED = new Set(['s', 'es', "'s", "'", 'ed', 'd']);

function bare(word: string): string {
  return bareWord(word).toLowerCase();
}

/**
 * True if a word on the page is what was typed, or a form of it: "requests" for "request", "day" for
 * "days", "friend" for "frie" while typing, "hears" for "hearing", "dismissal" for "dismissed";
 * not "x" for "xyzzy", "from" for "freind" or "passwords" for "passed".
 */
export function isFormOf(typed: string, onPage: string): boolean {
  const term = bare(typed);
  const word = bare(onPage);
  if (term === '' || word === '') return false;
  if (word === term) return true;
  if (word.startsWith(term) && term.length >= SHORTEST_START && isEndingAfter(word.slice(term.length))) return true;
  if (term.startsWith(word) && word.length >= term.length - EXTRA_LETTERS && INFLECTED.has(term.slice(word.length))) return true;
  const formsOfTerm = baseForms(term);
  const formsOfWord = baseForms(word);
  return formsOfTerm.some((form) => formsOfWord.includes(form) || (form.length >= SHORTEST_SHARED_FORM && word.startsWith(form) && ENDINGS.has(word.slice(form.length))));
}

/** The rest of a longer word after the letters typed: a word still being typed ("frie|nd") or an ending ("harass|ment"), not another word ("class|room"). */
function isEndingAfter(rest: string): boolean {
  return rest.length <= MOST_LETTERS_UNTYPED || (rest.length <= MOST_LETTERS_AFTER && ENDINGS.has(rest));
}

/** What English adds to a word to make another of the same meaning: "dismiss" + "al", "harass" + "ment"; not "class" + "room". */
const ENDINGS = new Set(['e', 'y', 's', 'es', 'ed', 'er', 'ers', 'or', 'ors', 'ee', 'ees', 'al', 'als', 'ing', 'ings', 'ion', 'ions', 'ive', 'ly', 'ity', 'ful', 'ment', 'ments', 'ness', 'ance', 'ence', 'able', 'ible', 'ise', 'ised', 'ize', 'ized', 'ation', 'ations']);
