import { editDistance } from '#src/policy/words.ts';
import { isStopWord } from './search-query.ts';
import { isFormOf } from './word-forms.ts';

/**
 * Corrects a misspelt word from the index's own words ("harrasment" → "harassment"), so a slip of the
 * fingers still finds the policy. A word is left alone if the index has it or a form of it ("harass"
 * for "harassment", "dismissals", "bullied"): the forms the section ranking counts (word-forms.ts), so
 * a slip that only starts a word ("suspened" is "suspen" + "ed") is still corrected.
 */

/** Forms of a word share its first letters: only index words starting with these many of them are compared. */
const SHARED_START = 3;

/** Words shorter than this are not corrected: too many short words are one letter apart. */
const SHORTEST_CORRECTED = 4;

function slipsAllowed(length: number): number {
  return length < 8 ? 1 : 2;
}

export class Spelling {
  readonly #words: readonly string[];
  readonly #sorted: readonly string[];
  /** Each word's place in `words`: 0 for the commonest. */
  readonly #rank: ReadonlyMap<string, number>;
  readonly #staffWords: ReadonlySet<string>;

  /**
   * `words` most used first, as the build writes them (search-data/vocabulary.json). `staffWords` are
   * the words of the search terms' phrases: staff's own words ("hacked") are no slips, and a slip of
   * one ("hakced") is corrected to it, so the term still applies. They are not the index's words.
   */
  constructor(words: readonly string[], staffWords: readonly string[] = []) {
    this.#words = words;
    this.#sorted = [...words].sort();
    this.#rank = new Map(words.map((word, index) => [word, index]));
    const known = new Set(words);
    this.#staffWords = new Set(staffWords.map((word) => word.toLowerCase()).filter((word) => !known.has(word)));
  }

  /** The index's words that start with `prefix`, from the sorted list. */
  *#startingWith(prefix: string): Generator<string> {
    let low = 0;
    let high = this.#sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.#sorted[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    for (let index = low; index < this.#sorted.length && this.#sorted[index]!.startsWith(prefix); index++) yield this.#sorted[index]!;
  }

  /** Whether the index has the word, or a form of it. */
  isKnown(typed: string): boolean {
    const word = typed.toLowerCase();
    if (this.#rank.has(word)) return true;
    if (word.length < SHARED_START) return false;
    for (const candidate of this.#startingWith(word.slice(0, SHARED_START))) if (isFormOf(word, candidate)) return true;
    return false;
  }

  /** Whether the word is one of staff's own in the search terms ("hacked", "esafety"), which the index may not have. */
  isStaffWord(typed: string): boolean {
    return this.#staffWords.has(typed.toLowerCase());
  }

  /**
   * How common a word is in the index, 0 for the commonest: a word it does not have counts as the
   * rarest, one it has only a form of as middling.
   */
  commonness(typed: string): number {
    const word = typed.toLowerCase();
    const rank = this.#rank.get(word);
    if (rank !== undefined) return rank;
    return this.isKnown(word) ? this.#words.length / 2 : Number.POSITIVE_INFINITY;
  }

  /** The index's word (or staff's) nearest to a word it does not have, or undefined when none is near enough. */
  correction(typed: string): string | undefined {
    const word = typed.toLowerCase();
    // Numbers ("2fa", "1:1") are not slips of the fingers.
    if (word.length < SHORTEST_CORRECTED || /\d/.test(word) || this.isKnown(word) || this.#staffWords.has(word)) return undefined;
    const allowed = slipsAllowed(word.length);
    let best: { word: string; distance: number } | undefined;
    // Most used first, so of two words equally near the commoner wins, and a policy's word before staff's.
    for (const candidate of chain(this.#words, this.#staffWords)) {
      // A small word is never searched for, so "pshe" is not "she": it is left for the words around it to answer.
      if (Math.abs(candidate.length - word.length) > allowed || isStopWord(candidate)) continue;
      const distance = editDistance(word, candidate);
      if (distance <= allowed && (!best || distance < best.distance)) best = { word: candidate, distance };
    }
    return best?.word;
  }

  /**
   * Each word, corrected where it needs to be; `changed` says whether any was. A word `isReal` marks
   * true is an English word the policies happen not to use ("match" is not a slip for "march").
   */
  correctAll(words: readonly string[], isReal: readonly boolean[] = []): { words: string[]; changed: boolean } {
    const corrected = words.map((word, index) => (isReal[index] ? word : this.correction(word) ?? word));
    return { words: corrected, changed: corrected.some((word, index) => word !== words[index]) };
  }
}

function* chain<T>(...lists: readonly Iterable<T>[]): Generator<T> {
  for (const list of lists) yield* list;
}
