import { isFormOf } from './word-forms.ts';

/**
 * Which asks of the index one search makes. Each typed word is asked on its own, so a page without one
 * of the words can still be the answer; but a word on a third of the pages ("working", "request") says
 * little about which page answers and is the slowest thing to ask on its own, as Pagefind scores and
 * returns every page that has it. Such a word is asked together with a rarer word typed instead
 * ("flexible working"), which finds it on the pages worth reading, and on its own only when the rarer
 * words find too few pages to choose from.
 */

/** With fewer pages than this from the first asks, the common words are asked on their own as well. */
export const ENOUGH_PAGES = 10;
/** A common word is asked with this many of the rarest words, so a handful of asks stays a handful. */
const RARE_PARTNERS = 2;

export interface AskPlan {
  /** Typed words (their indexes) asked on their own. */
  alone: number[];
  /** Words asked together: a common word with a rarer one, or the common words all together. */
  together: number[][];
  /** Common words asked on their own only if the first asks find fewer than ENOUGH_PAGES pages. */
  later: number[];
}

export interface WordFacts {
  /** How many of the index's pages have a form of the word, when it is a common one. */
  commonOn(index: number): number | undefined;
  /** Whether the index has the word (a word it does not have finds nothing in company). */
  isKnown(index: number): boolean;
}

/** The asks for the chosen words (indexes, rarest first). */
export function planAsks(chosen: readonly number[], facts: WordFacts): AskPlan {
  const common = chosen.filter((index) => facts.commonOn(index) !== undefined);
  const rare = chosen.filter((index) => facts.commonOn(index) === undefined);
  if (common.length === 0 || chosen.length === 1) return { alone: [...chosen], together: [], later: [] };
  const partners = rare.filter((index) => facts.isKnown(index)).slice(0, RARE_PARTNERS);
  if (partners.length > 0) {
    const together = common.flatMap((word) => partners.map((partner) => [partner, word].sort((a, b) => a - b)));
    return { alone: rare, together, later: common };
  }
  if (common.length === 1) return { alone: [...chosen], together: [], later: [] };
  return { alone: rare, together: [[...common].sort((a, b) => a - b)], later: common };
}

/** How many pages have a form of a typed word, if it is one of the index's common words (`common`, from the build). */
export function pagesWithCommonWord(typed: string, common: Readonly<Record<string, number>>): number | undefined {
  const first = typed.toLowerCase()[0];
  let most: number | undefined;
  for (const [word, pages] of Object.entries(common)) {
    // Every form of a word starts as the word does, so the rest need no closer look (this runs on each search).
    if (word[0] !== first) continue;
    if ((word === typed.toLowerCase() || isFormOf(typed, word)) && pages > (most ?? 0)) most = pages;
  }
  return most;
}
