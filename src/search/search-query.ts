/**
 * Turns what a person types into what the index is asked. Pagefind only returns pages that
 * contain every word searched for, and treats each word as a prefix ("I" finds "it", "in",
 * "inform"...), so the small words of a question ("can I … from a …") would either match
 * everything or rule out the page that answers. They are dropped, unless nothing else is left.
 */

export const MAX_QUERY_LENGTH = 200;

const STOP_WORDS = new Set([
  'a', 'about', 'after', 'again', 'all', 'also', 'although', 'always', 'am', 'an', 'and', 'any', 'anyone', 'anything', 'are', 'as', 'at', 'be',
  'because', 'been', 'before', 'being', 'but', 'by', 'can', 'could', 'did', 'do', 'does', 'doing', 'done', 'even', 'ever', 'for',
  'from', 'get', 'gets', 'getting', 'go', 'goes', 'going', 'got', 'had', 'happen', 'happened', 'happens', 'has', 'have', 'he', 'her',
  'here', 'him', 'his', 'how', 'i', "i'm", 'if', 'im', 'in', 'into', 'is', 'it', "it's", 'its', 'just', 'know', 'like', 'lot', 'me',
  'much', 'must', 'my', 'need', 'needs', 'never', 'no', 'not', 'now', 'of', 'ok', 'okay', 'on', 'or', 'our', 'really',
  'said', 'say', 'says', 'she', 'should', 'so', 'some', 'someone', 'something', 'still', 'than', 'that', 'the', 'their', 'them',
  'then', 'there', 'these', 'they', 'thing', 'things', 'think', 'this', 'those', 'though', 'to', 'too', 'us', 'very', 'want', 'wants',
  'was', 'way', 'we', 'were', 'what', 'whats', "what's", 'when', 'where', 'which', 'who', 'whom', 'why', 'will', 'with', 'would',
  'yet', 'you', 'your',
  // As staff type on a phone: short forms, and words that only join a question together.
  "can't", 'cant', "didn't", 'didnt', "doesn't", 'doesnt', "don't", 'dont', "i'd", "i've", 'ive', "isn't", 'isnt', 'maybe', 'may', 'might',
  'bit', 'please', 'pls', 'plz', 'shall', 'since', "they're", 'theyre', 'till', 'u', 'until', 'ur', 'whether', 'while', 'whilst', "won't", 'wont',
  "you're", 'youre',
  // Words WordNet does not list (it has only nouns, verbs, adjectives and adverbs), which would otherwise be taken for slips ("arent" for "parent").
  "aren't", 'arent', "couldn't", 'couldnt', "hadn't", 'hadnt', "hasn't", 'hasnt', "haven't", 'havent', "he's", 'hes', "mustn't", 'mustnt',
  "she's", 'shes', "shouldn't", 'shouldnt', "that's", 'thats', "there's", 'theres', "they've", 'theyve', "wasn't", 'wasnt', "we're", "we've",
  "weren't", 'werent', "who's", 'whos', 'whose', "wouldn't", 'wouldnt', "you've", 'youve', 'herself', 'himself', 'itself', 'myself',
  'ourselves', 'themselves', 'yourself', 'yours', 'whatever', 'whenever', 'wherever', 'whoever',
]);

/** A small word every policy uses ("the", "can", "my"). */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase());
}

/** The query as typed, tidied: spaces collapsed, cut to a sensible length. */
export function tidyQuery(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/** A word of the query as typed, and its place among the words searched for (none for a small word left out). */
export interface QueryWord {
  word: string;
  term: number | undefined;
}

/** A word without the punctuation around it, its quotes made plain: "“Twitter’s,”" → "Twitter's". */
export function bareWord(word: string): string {
  return word.replace(/[’‘]/g, "'").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** A word as written with its letters replaced and the punctuation around it kept: "harrasment?" → "harassment?". */
function rewritten(written: string, word: string): string {
  return written.replace(/[\p{L}\p{N}](?:.*[\p{L}\p{N}])?/u, word);
}

/** Shorter parts of a word ("co" of "co-worker") would match the start of too many words to be worth searching for. */
const SHORTEST_PART = 3;

/** What is known of a word, to tell whether a hyphenated word is one word or two. */
export interface WordKnowledge {
  /** The policies (or staff's search terms) have the word. */
  isKnown(word: string): boolean;
  /** The word is English, though no policy uses it. */
  isEnglish(word: string): boolean;
}

/**
 * The query with each hyphenated word made searchable. Joined when the policies have it joined ("e-mail" →
 * email, "whistle-blowing" → whistleblowing); as its parts when the policies have each part ("part-time",
 * "social-media"); joined when it is an English word ("co-worker" → coworker, which leads to colleague);
 * otherwise as its parts. The index only has such a word joined if a page writes it with a hyphen.
 */
export function withCompoundsResolved(query: string, words: WordKnowledge): string {
  return tidyQuery(query)
    .split(' ')
    .map((written) => {
      const word = bareWord(written);
      // A slash always parts words ("safeguarding/child protection", "SEN/D"); a hyphen may be part of one.
      if (word.includes('/')) return word.split('/').map((each) => withCompoundsResolved(each, words)).join(' ');
      const parts = hyphenatedParts(word);
      if (parts.length < 2) return written;
      const joined = parts.join('');
      const asParts = parts.filter((part) => part.length >= SHORTEST_PART || /\p{N}/u.test(part));
      const known = (each: string) => words.isKnown(each.toLowerCase());
      if (known(joined)) return rewritten(written, joined);
      if (asParts.length === parts.length && parts.every(known)) return rewritten(written, parts.join(' '));
      if (words.isEnglish(joined.toLowerCase())) return rewritten(written, joined);
      return rewritten(written, asParts.join(' '));
    })
    .join(' ');
}

function hyphenatedParts(word: string): string[] {
  return word.split(/\p{Pd}+/u).filter(Boolean);
}

/** Each hyphenated word of the query, joined and in lower case ("co-worker" → "coworker"), to look up before withCompoundsResolved. */
export function joinedCompounds(query: string): string[] {
  return tidyQuery(query)
    .split(/[\s/]+/)
    .map((written) => hyphenatedParts(bareWord(written)))
    .filter((parts) => parts.length > 1)
    .map((parts) => parts.join('').toLowerCase());
}

/** Every word of the query, each with its index among the words to search for. */
export function queryWords(query: string): QueryWord[] {
  const words = tidyQuery(query).split(' ').map(bareWord).filter((word) => word !== '');
  const allSmall = words.every((word) => isStopWord(word));
  let next = 0;
  return words.map((word) => ({ word, term: allSmall || !isStopWord(word) ? next++ : undefined }));
}

/** The query with each word searched for replaced by its corrected spelling (`terms`, as searchTerms lists them), small words kept. */
export function correctedQueryWords(query: string, terms: readonly string[]): QueryWord[] {
  return queryWords(query).map((each) => (each.term === undefined ? each : { ...each, word: terms[each.term] ?? each.word }));
}

/**
 * The query as typed with each corrected word in its place, small words and punctuation kept, so
 * "What counts as harrasment?" is shown as "What counts as harassment?" (`terms` as correctedQueryWords takes them).
 */
export function correctedQuery(query: string, terms: readonly string[]): string {
  const words = queryWords(query);
  let next = 0;
  return tidyQuery(query)
    .split(' ')
    .map((written) => {
      if (bareWord(written) === '') return written;
      const { word, term } = words[next++]!;
      const corrected = term === undefined ? undefined : terms[term];
      if (corrected === undefined || corrected.toLowerCase() === word.toLowerCase()) return written;
      const cased = /^\p{Lu}/u.test(word) ? corrected.charAt(0).toUpperCase() + corrected.slice(1) : corrected;
      return rewritten(written, cased);
    })
    .join(' ');
}

/** The words to search for: the query's words without the small ones, or all of them if only small ones were typed. */
export function searchTerms(query: string): string[] {
  return queryWords(query).filter((each) => each.term !== undefined).map((each) => each.word);
}

/**
 * How many of a question's words are looked for: each costs time, and after the rarest dozen the rest add
 * little. Fewer is not enough for a long, worried message: its rarest words are often the passing ones
 * ("actually", "today"), and its point ("post", "take down") is in its commoner words.
 */
export const MOST_WORDS_ASKED = 12;

/**
 * Which of the words to search for (their indexes): all of a short question's, the rarest of a long
 * one's. `commonness` is 0 for the index's commonest word, and larger for rarer ones (a word the index
 * does not have is the rarest: it may be a slip, or staff's word for what a policy calls otherwise).
 */
export function wordsToAsk(terms: readonly string[], commonness: (word: string) => number, most = MOST_WORDS_ASKED): Set<number> {
  // A word typed twice is asked once.
  const firstOfEach = terms.map((term, index) => ({ term, index })).filter(({ term, index }) => terms.findIndex((other) => other.toLowerCase() === term.toLowerCase()) === index);
  const rarestFirst = firstOfEach.map(({ term, index }) => ({ index, commonness: commonness(term) })).sort((a, b) => b.commonness - a.commonness || a.index - b.index);
  return new Set(rarestFirst.slice(0, most).map(({ index }) => index));
}

/** True when every word typed is a small common one ("how do I"), which every policy uses. */
export function hasOnlyCommonWords(query: string): boolean {
  const words = queryWords(query);
  return words.length > 0 && words.every((each) => isStopWord(each.word));
}
