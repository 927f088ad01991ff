import { KEYWORDS_ANCHOR_ID, SECTION_WORDS_ID_PREFIX } from './search-marking.ts';
import { isFormOf } from './word-forms.ts';
import { isStopWord } from './search-query.ts';
import { AFTER_LETTERED_PREFIX, LETTERED_PARAGRAPH_ID as PARAGRAPH_ID } from '#src/cross-references/lettered-paragraphs.ts';

/**
 * Finds the part of a page that answers a search: the section, and the lettered paragraph
 * within it when there is one, so a result can link to "paragraph C" rather than the page top.
 * Pagefind's own sub-results split a page on headings only; it also reports every element with
 * an id and where each matching word is, which is enough to go one level deeper.
 */

/** An element with an id, as Pagefind reports it: `location` is the index of its first word in `content`. */
export interface IndexedAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

export interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

/** The part of Pagefind's result data this module reads. */
export interface PageHits {
  content: string;
  anchors: readonly IndexedAnchor[];
  weighted_locations: readonly WeightedLocation[];
}

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

export interface SectionMatch {
  /** The id to link to, or undefined for the top of the page. */
  targetId: string | undefined;
  /** The heading of the section, if the match is under one. */
  heading: string | undefined;
  /** "C" for paragraph C. */
  paragraph: string | undefined;
  /** True when only the page's title or keywords matched, not its text. */
  keywordsOnly: boolean;
  /** The matching words as written on the page, e.g. "Twitter" for "twitter". */
  matchedWords: string[];
  score: number;
  readonly excerpt: ExcerptPart[];
}

/** Pagefind splits its content on whitespace in the same way, so locations index into this. */
export function contentWords(content: string): string[] {
  return content.split(/[\r\n\s]+/g);
}

const HEADING = /^h[1-6]$/;
const EXCERPT_WORDS = 30;
/** Words shown before the first match, so an excerpt starts with some context. */
const LEAD_IN_WORDS = 8;

interface Region {
  key: string;
  anchor: IndexedAnchor | undefined;
  heading: IndexedAnchor | undefined;
  paragraph: string | undefined;
  keywords: boolean;
  hits: WeightedLocation[];
}

/**
 * One way a section can answer a word someone asked for: the word itself (["sacked"], weight 1), all
 * the words of a Trust search term's target for it (["keep", "record"] for "write down") or a related
 * word, each counting for less. The weight also holds how rare the words are in the whole index.
 */
export interface AskedWay {
  words: readonly string[];
  weight: number;
}
export type AskedWord = readonly AskedWay[];
export type AskedWords = readonly AskedWord[];

/**
 * The page's sections that contain matching words, best first: by how well they answer the words
 * asked for together (see sectionScore). A section of the text always comes before a keywords-only match.
 */
export function matchingSections(page: PageHits, asked: AskedWords = [], excerptWords = EXCERPT_WORDS): SectionMatch[] {
  const words = contentWords(page.content);
  const anchors = [...page.anchors].sort((a, b) => a.location - b.location);
  const entries = searchWordEntries(words, anchors);
  const regions = new Map<string, Region>();
  for (const hit of page.weighted_locations) {
    const region = regionOf(hit.location, anchors);
    const existing = regions.get(region.key);
    if (existing) existing.hits.push(hit);
    else regions.set(region.key, { ...region, hits: [hit] });
  }
  // A section's heading and search words describe all of it, so they count for each of its lettered paragraphs too: the paragraph that also says the words leads.
  for (const region of regions.values()) {
    const heading = region.paragraph ? region.heading : undefined;
    const section = heading ? regions.get(heading.id) : undefined;
    const headingEnd = heading ? heading.location + wordCount(heading) : 0;
    const inHeading = (location: number) => heading !== undefined && location >= heading.location && location < headingEnd;
    if (section) region.hits.push(...section.hits.filter((hit) => entries.has(hit.location) || inHeading(hit.location)));
  }
  return [...regions.values()]
    .map((region) => ({
      region,
      score: sectionScore(region.hits, words, asked, entries),
      // Between sections whose best matches are equal, the one that says the words more is more about them.
      total: region.hits.reduce((sum, hit) => sum + hit.balanced_score, 0),
      // Where its own words start: a paragraph's heading and search words are before it, and another's.
      first: Math.min(...region.hits.map((hit) => hit.location).filter((location) => location >= (region.anchor?.location ?? 0))),
    }))
    .sort((a, b) => Number(a.region.keywords) - Number(b.region.keywords) || b.score - a.score || b.total - a.total || a.first - b.first)
    .map(({ region, score }) => {
      let parts: ExcerptPart[] | undefined;
      return {
        targetId: region.keywords ? undefined : region.anchor?.id,
        heading: region.heading?.text,
        paragraph: region.paragraph,
        keywordsOnly: region.keywords,
        matchedWords: [...new Set(region.hits.sort((a, b) => a.location - b.location).map((hit) => bareWord(words[hit.location] ?? '')))],
        score,
        // Worked out when first read: ranking reads many sections, a result shows one excerpt.
        get excerpt() {
          parts ??= region.keywords ? [] : excerpt(words, region, anchors, entries, excerptWords);
          return parts;
        },
      };
    });
}

function regionOf(location: number, anchors: readonly IndexedAnchor[]): Omit<Region, 'hits'> {
  const before = anchors.filter((anchor) => anchor.location <= location);
  const last = before.at(-1);
  if (last?.id === KEYWORDS_ANCHOR_ID) return { key: KEYWORDS_ANCHOR_ID, anchor: last, heading: undefined, paragraph: undefined, keywords: true };
  const headingIndex = before.findLastIndex((anchor) => HEADING.test(anchor.element));
  const heading = before[headingIndex];
  // After its lettered list, the section's text is the section's again.
  const latest = before.slice(headingIndex + 1).findLast((anchor) => PARAGRAPH_ID.test(anchor.id) || isAfterLettered(anchor));
  const paragraph = latest && PARAGRAPH_ID.test(latest.id) ? latest : undefined;
  const anchor = paragraph ?? heading;
  return {
    key: anchor?.id ?? '',
    anchor,
    heading,
    paragraph: paragraph ? PARAGRAPH_ID.exec(paragraph.id)![1]!.toUpperCase() : undefined,
    keywords: false,
  };
}

/** How many of the page's words an element with an id has, when its text is all its own (a heading, the search words). */
function wordCount(anchor: IndexedAnchor): number {
  return contentWords(anchor.text ?? '').filter(Boolean).length;
}

function isAfterLettered(anchor: IndexedAnchor): boolean {
  return anchor.id.startsWith(AFTER_LETTERED_PREFIX);
}

/**
 * Each of the sections' hidden search words, by location, with its entry as the locations of its words
 * that count ("left my laptop on the train" → left, laptop, train): staff's words are phrases, so a
 * phrase counts as its section's own words only when the question has all of it. The words are not on
 * the page, so an excerpt never quotes them.
 */
function searchWordEntries(words: readonly string[], anchors: readonly IndexedAnchor[]): Map<number, number[]> {
  const entryOf = new Map<number, number[]>();
  for (const anchor of anchors.filter((each) => each.id.startsWith(SECTION_WORDS_ID_PREFIX))) {
    const count = wordCount(anchor);
    let entry: number[] = [];
    for (let location = anchor.location; location < anchor.location + count; location++) {
      const word = words[location] ?? '';
      if (!isStopWord(bareWord(word))) entry.push(location);
      entryOf.set(location, entry);
      if (/[,.]$/.test(word)) entry = [];
    }
  }
  return entryOf;
}

/** About 30 words of the region around its best match, with every matching word marked. */
function excerpt(words: readonly string[], region: Region, anchors: readonly IndexedAnchor[], hidden: ReadonlyMap<number, unknown>, size: number): ExcerptPart[] {
  const anchor = region.anchor;
  // A heading's own words are already in the result's title line, so the excerpt starts after them.
  const headingWords = anchor && HEADING.test(anchor.element) ? wordCount(anchor) : 0;
  const regionStart = (anchor?.location ?? 0) + headingWords;
  // A section's words are its text before its lettered list and after it, so they may have a list between them.
  const sectionEnd = anchors.find((other) => other.location >= regionStart && (HEADING.test(other.element) || other.id === KEYWORDS_ANCHOR_ID))?.location ?? words.length;
  const shown: number[] = [];
  for (let index = regionStart; index < sectionEnd; index++) if (!hidden.has(index) && regionOf(index, anchors).key === region.key) shown.push(index);
  const skipsText = (from: number, to: number) => Array.from({ length: to - from - 1 }, (_, step) => from + 1 + step).some((index) => !hidden.has(index));
  const visibleHits = region.hits.filter((hit) => !hidden.has(hit.location));
  const first = excerptStart(visibleHits, shown, size);
  const hits = new Set(visibleHits.map((hit) => hit.location));
  const parts: ExcerptPart[] = [];
  const push = (text: string, marked: boolean) => {
    const previous = parts.at(-1);
    if (previous && previous.marked === marked) previous.text += text;
    else parts.push({ text, marked });
  };
  const window = shown.slice(first, first + size);
  if (first > 0) push('… ', false);
  window.forEach((index, position) => {
    if (position > 0) push(skipsText(window[position - 1]!, index) ? ' … ' : ' ', false);
    const word = asWritten(words[index] ?? '', words[index + 1]);
    if (hits.has(index)) {
      // Mark the word, not the punctuation stuck to it: "<mark>Twitter</mark>;".
      const [, open = '', core = word, close = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word) ?? [];
      push(open, false);
      push(core, true);
      push(close, false);
    } else {
      push(word, false);
    }
  });
  if (first + size < shown.length) push(' …', false);
  return parts.filter((part) => part.text !== '');
}

/**
 * Pagefind ends every list item and paragraph with a full stop if it has none, so "something; or"
 * is indexed as "something; or." A stop followed by a small letter is one of those, and is left
 * out so an excerpt quotes the policy as written. Abbreviations (e.g., etc.) keep theirs.
 */
function asWritten(word: string, next: string | undefined): string {
  const addedStop = next !== undefined && /^[^.]*[^.\s]\.$/u.test(word) && /^\p{Ll}/u.test(next) && !ABBREVIATION.test(word);
  return addedStop ? word.slice(0, -1) : word;
}

const ABBREVIATION = /^\(?(?:etc|approx|incl|para|paras|vs|no)\.$/i;

/**
 * Where, among the region's shown words (`shown`, locations in order), the window with the most
 * matching words (by score) starts: a few words before its first match.
 */
function excerptStart(hits: readonly WeightedLocation[], shown: readonly number[], size: number): number {
  const place = (position: number) => Math.max(0, Math.min(position - LEAD_IN_WORDS, shown.length - size));
  const scoreAt = new Map(hits.map((hit) => [hit.location, hit.balanced_score]));
  let best = { start: 0, score: 0 };
  shown.forEach((location, position) => {
    if (!scoreAt.has(location)) return;
    const start = place(position);
    const score = shown.slice(start, start + size).reduce((sum, each) => sum + (scoreAt.get(each) ?? 0), 0);
    if (score > best.score) best = { start, score };
  });
  return best.start;
}

/**
 * How much more a word counts in a heading or in a section's search words than in its text: about 1.7
 * times for a heading. Enough to say what a section is about, not so much that the section defining a
 * topic ("Bullying") outranks the one that answers a question about it ("What is not bullying").
 */
function placeWeight(hit: WeightedLocation, whole: boolean): number {
  return whole ? Math.max(1, hit.weight) ** PLACE_POWER : 1;
}
const PLACE_POWER = 0.3;
/** Saying a word again adds a little, up to a point: a long section does not win only by being long. */
const REPEAT_BONUS = 0.15;
const MOST_REPEATS = 4;

/**
 * A section's score: for each word asked for, its best way of answering it here (the way's weight
 * times where its words are), added up. A section answering two of the words beats one answering one
 * of them however often; a word said once in a heading or in the section's search words outweighs the
 * same word said five times in passing; a rare word counts for more than one every policy uses.
 * With nothing asked (older callers), every match counts by its own score.
 */
function sectionScore(hits: readonly WeightedLocation[], words: readonly string[], asked: AskedWords, entries: ReadonlyMap<number, readonly number[]>): number {
  if (asked.length === 0) return hits.reduce((best, hit) => Math.max(best, hit.balanced_score), 0);
  const hitAt = new Set(hits.map((hit) => hit.location));
  // A word of a search-words phrase counts as the section's own only with the rest of the phrase.
  const matched = hits.map((hit) => ({ hit, word: bareWord(words[hit.location] ?? '').toLowerCase(), whole: entries.get(hit.location)?.every((location) => hitAt.has(location)) ?? true }));
  let score = 0;
  for (const ways of asked) {
    let best = 0;
    for (const way of ways) {
      if (way.words.length === 0) continue;
      const each = way.words.map((wanted) => matched.filter(({ word }) => isFormOf(wanted, word)));
      if (each.some((found) => found.length === 0)) continue;
      const place = Math.min(...each.map((found) => Math.max(...found.map(({ hit, whole }) => placeWeight(hit, whole)))));
      const repeats = Math.min(...each.map((found) => found.length));
      best = Math.max(best, way.weight * place * (1 + REPEAT_BONUS * Math.min(repeats - 1, MOST_REPEATS)));
    }
    score += best;
  }
  return score;
}

function bareWord(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}
