import { stemmer } from 'stemmer';
import { isStopWord } from '../search-query.ts';
import { wordsOfText } from '../search-vocabulary.ts';

/**
 * The words of a question that say what it is about, each cut to its stem by Porter's algorithm, so
 * "raised", "raising" and "raise" count as one word: "who do I report it to" → report. The same for the
 * questions the build learns from and the question searched for, so the two always agree.
 */
export function questionWords(text: string): string[] {
  return wordsOfText(text).filter((word) => !isStopWord(word)).map((word) => stemmer(word));
}
