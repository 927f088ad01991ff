/**
 * When no page has every word of a long question, search each word on its own and rank pages
 * by how many of the words they have, then by score: "what happens if I am off sick for a long
 * time" still finds something useful instead of nothing.
 */

export interface ScoredResult {
  id: string;
  score: number;
}

export interface PartialMatch {
  id: string;
  /** Indexes of the words (into the list searched) that this page contains. */
  words: number[];
  score: number;
}

export function rankPartialMatches(resultsPerWord: readonly (readonly ScoredResult[])[]): PartialMatch[] {
  const pages = new Map<string, PartialMatch>();
  resultsPerWord.forEach((results, word) => {
    for (const result of results) {
      const page = pages.get(result.id) ?? { id: result.id, words: [], score: 0 };
      page.words.push(word);
      page.score += result.score;
      pages.set(result.id, page);
    }
  });
  return [...pages.values()].sort((a, b) => b.words.length - a.words.length || b.score - a.score || a.id.localeCompare(b.id));
}
