import { wordsOfText } from '../search-vocabulary.ts';
import type { QueryWord } from '../search-query.ts';
import { inflectionsOf } from '../related-words/base-forms.ts';

/**
 * The Trust's search terms (trust/search-terms.yaml): the words staff use, mapped to the words the
 * policies use ("sacked" → "dismissal"). The browser applies them to a query with less weight than the
 * words typed, so a policy that has the typed words still comes first.
 */
export interface TrustTerm {
  /** What staff type, as written in the file: "off sick". */
  phrase: string;
  /** The policies' words for it: ["sickness absence"]. */
  targets: string[];
}

/** A term found in a query: which of the query's words it stands for, and what to search for instead. */
export interface TermInQuery {
  /**
   * Indexes into the words searched for (searchTerms of the query). A phrase of small words only ("has a go"), which
   * covers none of them, stands for a word of its own, numbered after the words searched for.
   */
  covers: number[];
  target: string;
  /** How many words the phrase has, small ones too: "having a go" is 3, and says more than "having". */
  phraseLength: number;
}

/** How much a target's matches count against the words typed. */
export const TRUST_TERM_WEIGHT = 0.5;

/**
 * The phrase words a word as typed matches: itself, or the word it is a form of as a noun or verb
 * ("sacking" for "sackings", "party" for "parties", "vape" for "vaped"); not "late" for "later", and
 * not the other way: "friend" does not match "friended".
 */
function wordsMatched(typed: string): Set<string> {
  return new Set([typed, ...inflectionsOf(typed).filter((each) => each.wordClass !== 'adj').map((each) => each.form)]);
}

/**
 * Every term whose phrase appears, word for word, in the query (all its words, small ones too: "had a
 * go" is not "go"). A term stands for the words searched for that are in its phrase, or for a word of
 * its own when all its words are small ones.
 */
export function termsInQuery(query: readonly QueryWord[], terms: readonly TrustTerm[]): TermInQuery[] {
  const words = query.map((each) => each.word.toLowerCase());
  // Worked out once per query, not once for each of several hundred terms.
  const matches = words.map(wordsMatched);
  const found: TermInQuery[] = [];
  let ownWord = query.filter((each) => each.term !== undefined).length;
  for (const term of terms) {
    const phrase = wordsOfText(term.phrase);
    if (phrase.length === 0) continue;
    for (let start = 0; start + phrase.length <= words.length; start++) {
      if (!phrase.every((word, offset) => matches[start + offset]!.has(word))) continue;
      const searched = query.slice(start, start + phrase.length).flatMap((each) => (each.term === undefined ? [] : [each.term]));
      const covers = searched.length > 0 ? searched : [ownWord++];
      for (const target of term.targets) found.push({ covers, target, phraseLength: phrase.length });
      break;
    }
  }
  return found;
}
