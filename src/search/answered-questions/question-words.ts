import { isStopWord } from '../search-query.ts';
import { wordsOfText } from '../search-vocabulary.ts';

/**
 * The words of a question that say what it is about, each cut to its stem, so "reported", "reporting"
 * and "reports" count as one word: "who do I report it to" → report. The same for the questions the
 * build learns from and the question searched for, so the two always agree.
 */
export function questionWords(text: string): string[] {
  return wordsOfText(text).filter((word) => !isStopWord(word)).map(stem);
}

/** Endings taken off, the longest first; a stem keeps at least four letters, so "bus" and "news" stay whole. */
const ENDINGS = ['ing', 'ed', 'es', 's'];
const SHORTEST_STEM = 4;

function stem(word: string): string {
  const ending = ENDINGS.find((each) => word.length >= each.length + SHORTEST_STEM && word.endsWith(each));
  return ending ? word.slice(0, -ending.length) : word;
}
