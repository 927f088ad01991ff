import { readFile } from 'node:fs/promises';
import { wordsOfText } from '../search-vocabulary.ts';
import { loopFrom, missingWords, readSearchTerms, type PlacedTerm } from './search-terms-file.ts';

/**
 * The everyday terms that come with the site (everyday-terms.yaml beside this file): what staff in UK
 * schools say for things policies name otherwise ("sent home" → suspension). Unlike the Trust's own
 * terms, a line that points at words the Trust's policies do not use is not an error, only of no use
 * to that Trust, so it is left out; and the Trust's own line for the same words replaces it.
 */
export const EVERYDAY_TERMS_FILE = 'src/search/terms/everyday-terms.yaml';

export async function readEverydayTerms(): Promise<PlacedTerm[]> {
  const { terms, problems } = readSearchTerms(await readFile(new URL('everyday-terms.yaml', import.meta.url), 'utf8'), EVERYDAY_TERMS_FILE);
  // The file is the site's own, checked by its tests: a problem here is a bug, not a Trust's mistake.
  if (problems.length > 0) throw new Error(`${EVERYDAY_TERMS_FILE} has problems: ${problems.map((problem) => `line ${problem.line}: ${problem.message}`).join('; ')}`);
  return terms;
}

/** The everyday terms this Trust's policies can use: every word they point at is in the policies, none is one of the Trust's own, and none leads back to itself. */
export function usableEverydayTerms(everyday: readonly PlacedTerm[], trust: readonly PlacedTerm[], vocabulary: readonly string[]): PlacedTerm[] {
  const known = new Set(vocabulary);
  const own = new Set(trust.map((term) => wordsOfText(term.phrase).join(' ')));
  const candidates = everyday.filter((term) =>
    !own.has(wordsOfText(term.phrase).join(' ')) &&
    term.targets.every((target) => missingWords(target, known).length === 0));
  const byPhrase = new Map([...trust, ...candidates].map((term) => [wordsOfText(term.phrase).join(' '), term]));
  return candidates.filter((term) => !loopFrom(term, byPhrase));
}
