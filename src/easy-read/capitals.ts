import { ABBREVIATIONS, PLAIN_CAPITALS } from './word-lists.ts';

export interface CapitalWord {
  word: string;
  /** Where it starts in the text. */
  index: number;
}

const WORD = /[\p{L}\p{N}'’]+/gu;
// Two or more capitals, with an optional plural or possessive: DSL, DSLs, DSL's.
const CAPITALS = /^[A-Z][A-Z0-9]*[A-Z](?:s|'s|’s)?$/;

export function baseAbbreviation(word: string): string {
  return word.replace(/(?:'s|’s|s)$/, (ending) => (/[A-Z]$/.test(word.slice(0, -ending.length)) ? '' : ending));
}

export function isKnownCapital(word: string): boolean {
  const base = baseAbbreviation(word);
  return PLAIN_CAPITALS.includes(base) || ABBREVIATIONS.some((entry) => entry.abbreviation === base);
}

/**
 * Words written in capitals, grouped into runs of neighbours: "DO NOT share" gives one run of two.
 * A run of two or more, not all known abbreviations, is a block of capitals (plain-styling);
 * a word on its own is an abbreviation to explain (abbreviations).
 */
export function capitalRuns(text: string): CapitalWord[][] {
  const runs: CapitalWord[][] = [];
  let current: CapitalWord[] = [];
  for (const match of text.matchAll(WORD)) {
    if (CAPITALS.test(match[0])) {
      current.push({ word: match[0], index: match.index });
      continue;
    }
    if (current.length > 0) runs.push(current);
    current = [];
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

export function isCapitalBlock(run: readonly CapitalWord[]): boolean {
  return run.length >= 2 && !run.every((word) => isKnownCapital(word.word));
}
