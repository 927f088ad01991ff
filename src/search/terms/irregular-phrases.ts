import { wordsOfText } from '../search-vocabulary.ts';
import type { TrustTerm } from './trust-terms.ts';

/**
 * A term's phrase in the forms no rule of endings makes: "blow the whistle" is also "blew the whistle"
 * and "blown the whistle", "get the sack" also "got the sack". The search page matches a typed word to
 * a phrase word by regular endings only ("sacking", "parties"), and has no word list to do more, so
 * the build adds each phrase again with an irregular form of one of its words.
 */

/** Each base word with its irregular forms ("blow" → ["blew", "blown"]), from WordNet's exception lists (inflected → bases). */
export function irregularFormsByBase(exceptions: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  for (const [inflected, bases] of exceptions) {
    for (const base of bases) {
      if (base === inflected || base.includes('_') || isDoubledEnding(inflected, base)) continue;
      forms.set(base, [...(forms.get(base) ?? []), inflected]);
    }
  }
  return forms;
}

/**
 * "spotted", "upped", "kidding": the lists spell out every doubled last letter, which gives "on the
 * spotted" and "just kidding" → "kid". Those are endings, not other words, and a phrase does not need them.
 */
function isDoubledEnding(inflected: string, base: string): boolean {
  const last = base.at(-1) ?? '';
  return inflected === `${base}${last}ed` || inflected === `${base}${last}ing`;
}

/**
 * The terms, then each term's phrase again with one of its words in each of that word's irregular forms.
 * A phrase the terms already have is not added again, so a term written for a form keeps its own targets.
 */
export function withIrregularPhrases(terms: readonly TrustTerm[], formsOf: ReadonlyMap<string, readonly string[]>): TrustTerm[] {
  const phrases = new Set(terms.map((term) => wordsOfText(term.phrase).join(' ')));
  const added: TrustTerm[] = [];
  for (const term of terms) {
    const words = wordsOfText(term.phrase);
    words.forEach((word, position) => {
      for (const form of formsOf.get(word) ?? []) {
        const phrase = words.map((each, index) => (index === position ? form : each)).join(' ');
        if (phrases.has(phrase)) continue;
        phrases.add(phrase);
        added.push({ phrase, targets: term.targets });
      }
    });
  }
  return [...terms, ...added];
}
