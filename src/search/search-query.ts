/**
 * Turns what a person types into what the index is asked. Pagefind only returns pages that
 * contain every word searched for, and treats each word as a prefix ("I" finds "it", "in",
 * "inform"...), so the small words of a question ("can I … from a …") would either match
 * everything or rule out the page that answers. They are dropped, unless nothing else is left.
 */

export const MAX_QUERY_LENGTH = 200;

const STOP_WORDS = new Set([
  'a', 'about', 'am', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'been', 'being', 'but', 'by', 'can', 'could', 'did', 'do',
  'does', 'for', 'from', 'get', 'got', 'had', 'has', 'have', 'he', 'her', 'him', 'his', 'how', 'i', "i'm", 'if', 'in', 'into', 'is',
  'it', 'its', 'me', 'my', 'of', 'on', 'or', 'our', 'she', 'should', 'so', 'someone', 'something', 'than', 'that', 'the', 'their', 'them',
  'then', 'there', 'they', 'this', 'to', 'us', 'was', 'we', 'were', 'what', 'when', 'where', 'which', 'who', 'whom',
  'why', 'will', 'with', 'would', 'you', 'your',
]);

/** The query as typed, tidied: spaces collapsed, cut to a sensible length. */
export function tidyQuery(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/** The words to search for: the query's words without the small ones, or all of them if only small ones were typed. */
export function searchTerms(query: string): string[] {
  const words = tidyQuery(query)
    .split(' ')
    .map((word) => word.replace(/[’‘]/g, "'").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word !== '');
  const meaningful = words.filter((word) => !STOP_WORDS.has(word.toLowerCase()));
  return meaningful.length > 0 ? meaningful : words;
}

/** True when every word typed is a small common one ("how do I"), which every policy uses. */
export function hasOnlyCommonWords(query: string): boolean {
  const words = tidyQuery(query).split(' ').map((word) => word.toLowerCase().replace(/[’‘]/g, "'").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
  return words.length > 0 && words.every((word) => STOP_WORDS.has(word));
}
