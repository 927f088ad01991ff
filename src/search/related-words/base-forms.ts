/**
 * The dictionary forms a word may be an inflection of: "sacked" → "sack", "parties" → "party",
 * "hugging" → "hug". Both the build (to file related words under a dictionary form) and the browser
 * (to look up a word as typed) use these rules, so they always agree. They are WordNet's own
 * ("morphy"): each ending belongs to a word class, and only a form that is a word of that class counts.
 * One more, "ied" → "y" ("bullied", "carried"), WordNet lists word by word among its exceptions.
 */

export type InflectedClass = 'noun' | 'verb' | 'adj';

const ENDINGS: readonly (readonly [ending: string, replacement: string, wordClass: InflectedClass])[] = [
  ['s', '', 'noun'], ['ses', 's', 'noun'], ['xes', 'x', 'noun'], ['zes', 'z', 'noun'], ['ches', 'ch', 'noun'], ['shes', 'sh', 'noun'],
  ['men', 'man', 'noun'], ['ies', 'y', 'noun'],
  ['s', '', 'verb'], ['ies', 'y', 'verb'], ['ied', 'y', 'verb'], ['es', 'e', 'verb'], ['es', '', 'verb'], ['ed', 'e', 'verb'], ['ed', '', 'verb'],
  ['ing', 'e', 'verb'], ['ing', '', 'verb'],
  ['er', '', 'adj'], ['est', '', 'adj'], ['er', 'e', 'adj'], ['est', 'e', 'adj'],
];

/** Short words are left as they are: "bus" is not a plural of "bu". */
const SHORTEST_STEM = 3;

export interface Inflection {
  form: string;
  wordClass: InflectedClass;
}

/** Each dictionary form the word could be an inflection of, with the class that would make it one. */
export function inflectionsOf(word: string): Inflection[] {
  const found: Inflection[] = [];
  for (const [ending, replacement, wordClass] of ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem.length + replacement.length < SHORTEST_STEM) continue;
    found.push({ form: stem + replacement, wordClass });
    // "hugged", "stopping", "bigger": the doubled consonant goes too.
    if (replacement === '' && ending !== 's' && /([b-df-hj-np-tv-z])\1$/.test(stem)) found.push({ form: stem.slice(0, -1), wordClass });
  }
  return found;
}

/** The word itself, then each form it could be an inflection of. */
export function baseForms(word: string): string[] {
  return [...new Set([word, ...inflectionsOf(word).map((each) => each.form)])];
}
