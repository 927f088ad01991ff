import { baseForms, inflectionsOf } from './base-forms.ts';
import { isStopWord } from '../search-query.ts';
import type { Relation, WordNet } from './wordnet.ts';

/**
 * For any English word, the policies' own words that mean the same or nearly ("dismiss" and
 * "dismissal" for "sack"; "relative" for "cousin"; "confidential" for "private"), from WordNet.
 * Worked out at build time against the index's vocabulary, so every word given is one a policy uses.
 * The browser searches for them as well as the word typed, counting them for less.
 */

export type RelatedWord = readonly [word: string, weight: number];

/** How close each kind of link is: a synonym nearly as good as the word, a broader word much less. */
const RELATION_WEIGHT: Record<Relation | 'synonym', number> = { synonym: 1, derived: 0.8, similar: 0.7, 'see-also': 0.6, broader: 0.4 };
const SYNONYM_LINK_WEIGHT = 0.75;
/** Later senses of a word are rarer ("sack" is a bag before it is a dismissal in WordNet's counts, but both are common). */
const SENSE_WEIGHT = [1, 0.85, 0.7];
/** Enough to find the policy that uses another word, few enough that a word does not find everything. */
export const MOST_RELATED = 4;
const SHORTEST_WORD = 3;

/**
 * The index's own spelling of each dictionary form: "dismissed" for "dismiss" when only that is in a
 * policy. A word is an inflection only of a form of the right class: "cater" is not a comparative of "cat".
 */
function vocabularyForms(vocabulary: readonly string[], wordnet: WordNet): Map<string, string> {
  const forms = new Map<string, string>();
  // Most used first, so the commonest spelling of each form wins.
  for (const word of vocabulary) {
    const inflected = inflectionsOf(word).filter(({ form, wordClass }) => wordnet.senses.get(form)?.[wordClass]).map(({ form }) => form);
    for (const form of [word, ...inflected]) if (!forms.has(form)) forms.set(form, word);
  }
  return forms;
}

function isSameWord(a: string, b: string): boolean {
  const formsOfA = baseForms(a);
  return baseForms(b).some((form) => formsOfA.includes(form));
}

/**
 * Every English word WordNet has, with the vocabulary's words it leads to, closest first (often none:
 * the word is still listed, so the browser knows it is a real word and does not "correct" it).
 */
export function relatedWords(wordnet: WordNet, vocabulary: readonly string[]): Map<string, RelatedWord[]> {
  const forms = vocabularyForms(vocabulary, wordnet);
  const related = new Map<string, RelatedWord[]>();
  for (const [lemma, classes] of wordnet.senses) {
    // "co-worker" is typed "coworker" as often as not; a word WordNet also has joined keeps its own entry.
    const typed = lemma.replace(/-/g, '');
    if (!/^[a-z]+(?:-[a-z]+)*$/.test(lemma) || typed.length < SHORTEST_WORD || (typed !== lemma && related.has(typed))) continue;
    const found = new Map<string, number>();
    const add = (candidate: string | undefined, weight: number) => {
      const word = candidate === undefined ? undefined : forms.get(candidate);
      if (!word || word.length < SHORTEST_WORD || isStopWord(word) || isSameWord(word, lemma)) return;
      if (weight > (found.get(word) ?? 0)) found.set(word, weight);
    };
    for (const synsetIds of Object.values(classes)) {
      synsetIds.slice(0, SENSE_WEIGHT.length).forEach((id, rank) => {
        const synset = wordnet.synsets.get(id);
        if (!synset) return;
        const sense = SENSE_WEIGHT[rank]!;
        const position = synset.words.indexOf(lemma) + 1;
        for (const word of synset.words) add(word, RELATION_WEIGHT.synonym * sense);
        for (const link of synset.links) {
          const other = wordnet.synsets.get(link.synset);
          if (!other) continue;
          // A link from a synonym ("dismiss" → "dismissal" for "sack") is a step further away than one from the word itself.
          const fromSynonym = link.from !== 0 && link.from !== position ? SYNONYM_LINK_WEIGHT : 1;
          const weight = RELATION_WEIGHT[link.relation] * sense * fromSynonym;
          if (link.to === 0) for (const word of other.words) add(word, weight);
          else add(other.words[link.to - 1], weight);
        }
      });
    }
    related.set(typed, closestFirst(found));
  }
  // A form no ending makes ("rang", "wrote") is a real word too: it leads to the policies' spelling of its dictionary form, then to that form's related words.
  for (const [inflected, bases] of wordnet.exceptions) {
    if (!/^[a-z]+$/.test(inflected) || inflected.length < SHORTEST_WORD || related.has(inflected)) continue;
    const found = new Map<string, number>();
    for (const base of bases) {
      const own = forms.get(base);
      if (own && !isStopWord(own)) found.set(own, RELATION_WEIGHT.synonym);
      for (const [word, weight] of related.get(base) ?? []) if (weight > (found.get(word) ?? 0)) found.set(word, weight);
    }
    related.set(inflected, closestFirst(found));
  }
  return related;
}

function closestFirst(found: ReadonlyMap<string, number>): RelatedWord[] {
  return [...found].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MOST_RELATED).map(([word, weight]) => [word, Math.round(weight * 100) / 100] as const);
}

/** Which file of related words a word is in: its first three letters, so a query fetches only a few small files. */
export function relatedWordsShard(word: string): string {
  return word.slice(0, SHORTEST_WORD);
}

/** Only words of plain letters have related words, so only their shards exist. */
export function isRelatedWordsShard(name: string): boolean {
  return name.length === SHORTEST_WORD && /^[a-z]+$/.test(name);
}

/** The related words, split into files by shard. */
export function relatedWordsShards(related: ReadonlyMap<string, readonly RelatedWord[]>): Map<string, Record<string, readonly RelatedWord[]>> {
  const shards = new Map<string, Record<string, readonly RelatedWord[]>>();
  for (const [word, words] of related) {
    const shard = relatedWordsShard(word);
    const entries = shards.get(shard) ?? {};
    entries[word] = words;
    shards.set(shard, entries);
  }
  return shards;
}

/** Whether a typed word, or a form it could be an inflection of, is an English word ("match" is; "harrasment" is not). */
export function isDictionaryWord(typed: string, shards: ReadonlyMap<string, Record<string, readonly RelatedWord[]>>): boolean {
  return baseForms(typed.toLowerCase()).some((form) => Object.hasOwn(shards.get(relatedWordsShard(form)) ?? {}, form));
}

/** A typed word's related words, from the shard files fetched for it: those of each form it could be, best weight kept. */
export function relatedToTyped(typed: string, shards: ReadonlyMap<string, Record<string, readonly RelatedWord[]>>): RelatedWord[] {
  const word = typed.toLowerCase();
  const best = new Map<string, number>();
  for (const form of baseForms(word)) {
    for (const [related, weight] of shards.get(relatedWordsShard(form))?.[form] ?? []) {
      if (isSameWord(related, word)) continue;
      if (weight > (best.get(related) ?? 0)) best.set(related, weight);
    }
  }
  return [...best].sort((a, b) => b[1] - a[1]).slice(0, MOST_RELATED);
}
