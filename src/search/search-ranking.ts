import { policyPathOfEasyRead } from '#src/site/urls.ts';
import { wordsOfText } from './search-vocabulary.ts';
import { isFormOf } from './word-forms.ts';
import { isStopWord } from './search-query.ts';
import type { AskedWords, PageHits, WeightedLocation } from './search-sections.ts';

/**
 * One search is several asks of the index: the words typed together, each word alone, the policies'
 * words for a Trust search term ("dismissal" for "sacked") and words that mean nearly the same. Each
 * ask says which of the typed words it stands for and how much it counts. A page's score is, for each
 * typed word, its best match among the asks standing for it, added up: the index's scores already weigh
 * rare words above common ones. This only chooses which pages to read; the search page then ranks the
 * pages it has read by their best section (search-sections.ts).
 */

export interface ScoredResult {
  id: string;
  score: number;
}

export interface WeightedSearch<Result extends ScoredResult> {
  results: readonly Result[];
  /** 1 for the words typed; less for a Trust search term. */
  weight: number;
  /** Indexes of the typed words this ask stands for. */
  covers: readonly number[];
}

export interface RankedPage<Result extends ScoredResult> {
  id: string;
  /** How many of the typed words the page answers. */
  coverage: number;
  score: number;
  /** The page as each ask found it, with that ask's weight. */
  found: { result: Result; weight: number }[];
}

export function rankPages<Result extends ScoredResult>(searches: readonly WeightedSearch<Result>[]): RankedPage<Result>[] {
  const pages = new Map<string, { page: RankedPage<Result>; best: Map<number, number> }>();
  for (const search of searches) {
    for (const result of search.results) {
      const entry = pages.get(result.id) ?? { page: { id: result.id, coverage: 0, score: 0, found: [] }, best: new Map<number, number>() };
      entry.page.found.push({ result, weight: search.weight });
      const share = (result.score * search.weight) / Math.max(1, search.covers.length);
      for (const word of search.covers) entry.best.set(word, Math.max(entry.best.get(word) ?? 0, share));
      entry.page.coverage = entry.best.size;
      entry.page.score = [...entry.best.values()].reduce((sum, each) => sum + each, 0);
      pages.set(result.id, entry);
    }
  }
  return [...pages.values()].map(({ page }) => page).sort((a, b) => b.score - a.score || b.coverage - a.coverage || (a.id < b.id ? -1 : 1));
}

/** A page's hits with each ask's weight applied, merged as if one search had found them all. */
export function weighHits<Page extends PageHits>(pages: readonly { page: Page; weight: number }[]): Page {
  const [first] = pages;
  if (!first) throw new Error('weighHits needs at least one page');
  const byLocation = new Map<number, WeightedLocation>();
  for (const { page, weight } of pages) {
    for (const hit of page.weighted_locations) {
      const weighed = { ...hit, balanced_score: hit.balanced_score * weight };
      const existing = byLocation.get(hit.location);
      if (!existing || existing.balanced_score < weighed.balanced_score) byLocation.set(hit.location, weighed);
    }
  }
  return { ...first.page, weighted_locations: [...byLocation.values()].sort((a, b) => a.location - b.location) };
}

export interface GroupablePage {
  url: string;
  meta: { kind?: string | undefined };
}

/** The policy a page belongs to: a policy and its easy read share one; an archived copy stands alone. */
export function policyKey(page: GroupablePage): string {
  return page.meta.kind === 'easy-read' ? policyPathOfEasyRead(page.url) : page.url;
}

export interface PolicyGroup<Page extends GroupablePage> {
  key: string;
  policy: Page | undefined;
  easyRead: Page | undefined;
  /** An archived copy of an earlier version. */
  version: Page | undefined;
}

/**
 * Pages, best first, gathered into one result per policy in the order of each policy's best page.
 * Groups whose key is in `shown` (already on screen) are left out, so no policy takes two places.
 */
export function groupByPolicy<Page extends GroupablePage>(pages: readonly Page[], shown: ReadonlySet<string> = new Set()): PolicyGroup<Page>[] {
  const groups = new Map<string, PolicyGroup<Page>>();
  for (const page of pages) {
    const key = policyKey(page);
    if (shown.has(key)) continue;
    const group = groups.get(key) ?? { key, policy: undefined, easyRead: undefined, version: undefined };
    if (page.meta.kind === 'easy-read') group.easyRead ??= page;
    else if (page.meta.kind === 'version') group.version ??= page;
    else group.policy ??= page;
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** How much a page's title and keywords count beside its best section: they say what the whole policy is about. */
export const TITLE_AND_KEYWORDS_SHARE = 0.5;

/**
 * How much an easy read's answer counts beside a policy's. An easy read says its policy in everyday
 * words ("take", "money", "tell"), so a question in simple words matches some easy read wherever it
 * belongs; the policy that answers should still lead. With only easy reads asked for, all count alike.
 */
export const EASY_READ_SHARE = 0.7;

/** How well a page answers, to order the pages read: its best section, and its title and keywords; less for an easy read. */
export function pageAnswer(sections: readonly { keywordsOnly: boolean; score: number }[], kind?: string): number {
  const best = sections.find((section) => !section.keywordsOnly)?.score ?? 0;
  const keywords = sections.find((section) => section.keywordsOnly)?.score ?? 0;
  return (best + TITLE_AND_KEYWORDS_SHARE * keywords) * (kind === 'easy-read' ? EASY_READ_SHARE : 1);
}

/** A word few of the index's pages have tells more about a section than one every page has. */
export function rarity(pagesInIndex: number, pagesFound: number): number {
  return Math.log(1 + pagesInIndex / Math.max(1, pagesFound));
}

export interface Asked {
  words: readonly string[];
  weight: number;
  covers: readonly number[];
  /** How many pages the index found for these words; undefined when none, or when they were not asked. */
  pagesFound: number | undefined;
  /** A search term for a phrase typed ("having a go"): it says more than any one of its words. */
  phrase?: boolean;
}

/**
 * Each typed word with its ways of being answered and what each counts for: the word itself by its
 * rarity; a Trust term's words or a related word by its own weight and rarity, but never above the
 * word typed (another word for a common word is no better a clue than the word itself, however rare).
 * `alone` holds one ask per typed word, in order; `others` the terms' and related words' asks.
 */
export function askedWordsOf(terms: readonly string[], alone: readonly Asked[], others: readonly Asked[], pagesInIndex: number): AskedWords {
  // A term for a phrase of small words only ("has a go") is a word of its own, after the words typed.
  const count = Math.max(terms.length, ...others.flatMap((each) => each.covers.map((index) => index + 1)));
  return Array.from({ length: count }, (_, index) => {
    const term = terms[index];
    const rare = alone[index]?.pagesFound === undefined ? undefined : rarity(pagesInIndex, alone[index]!.pagesFound!);
    // A word typed in a phrase a term stands for means what the phrase means ("out" in "asking me out"): only the phrase's words answer
    // it, or it would pull to any section that says it on its own ("outcome", "keep out"), however rare or common.
    const inPhrase = others.some((each) => each.phrase && each.pagesFound !== undefined && each.covers.includes(index));
    return [
      ...(inPhrase || term === undefined ? [] : [{ words: [term], weight: rare ?? 1 }]),
      ...others
        .filter((each) => each.pagesFound !== undefined && each.covers.includes(index))
        .map((each) => ({ words: each.words, weight: each.weight * Math.min(rarity(pagesInIndex, each.pagesFound!), each.phrase ? Number.POSITIVE_INFINITY : rare ?? Number.POSITIVE_INFINITY) })),
    ];
  });
}

/** Words that say what kind of document a policy is, not which one. */
const KIND_WORDS = new Set(['policy', 'policies', 'procedure', 'procedures']);

export function isKindWord(word: string): boolean {
  return KIND_WORDS.has(word.toLowerCase());
}

/**
 * Whether the words searched for are a policy's name: "whistleblowing policy", "code of conduct",
 * "disciplinary". Someone who types a policy's name wants that policy, even where another policy names
 * it more often, as "see the Whistleblowing Policy". Every word but "policy" and "procedure" must be in
 * the title, and two of them unless the title has only one: "work" alone does not name "Dignity at Work",
 * nor "media" the Social Media Policy.
 */
export function namesPolicy(terms: readonly string[], title: string): boolean {
  const titleWords = wordsOfText(title).filter((word) => !isKindWord(word) && !isStopWord(word));
  const naming = terms.map((term) => term.toLowerCase()).filter((term) => !isKindWord(term));
  const found = naming.map((term) => titleWords.filter((word) => isFormOf(term, word)));
  return naming.length > 0 && found.every((words) => words.length > 0) && new Set(found.flat()).size >= Math.min(2, titleWords.length);
}
