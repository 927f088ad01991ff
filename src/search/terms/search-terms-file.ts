import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import type { Problem } from '#src/policy/problem.ts';
import { yamlSyntaxProblems } from '#src/policy/yaml-syntax-problems.ts';
import { editDistance } from '#src/policy/words.ts';
import { wordsOfText } from '../search-vocabulary.ts';
import type { TrustTerm } from './trust-terms.ts';

/**
 * Reads and checks trust/search-terms.yaml, one line per term:
 *
 *   sacked: dismissal
 *   off sick: [sickness absence, absence through illness]
 *
 * Every message names the file and line, says what is wrong and shows what right looks like.
 */
export const SEARCH_TERMS_FILE = 'trust/search-terms.yaml';
const EXAMPLE = 'sacked: dismissal, or with several: off sick: [sickness absence, illness]';

export interface PlacedTerm extends TrustTerm {
  line: number;
}

const targetsSchema = z.union([z.string(), z.array(z.string())]);

export function readSearchTerms(source: string, file = SEARCH_TERMS_FILE): { terms: PlacedTerm[]; problems: Problem[] } {
  const lines = new LineCounter();
  const document = parseDocument(source, { lineCounter: lines, uniqueKeys: false, schema: 'failsafe' });
  const problems: Problem[] = yamlSyntaxProblems(document.errors, file, `Write one term a line, like ${EXAMPLE}`);
  if (problems.length > 0 || document.contents === null) return { terms: [], problems };
  if (!isMap(document.contents)) return { terms: [], problems: [{ file, line: 1, message: `should list terms, one a line. Write them like ${EXAMPLE}` }] };
  const terms: PlacedTerm[] = [];
  const seen = new Map<string, number>();
  for (const pair of document.contents.items) {
    const line = lines.linePos(isScalar(pair.key) ? pair.key.range?.[0] ?? 0 : 0).line;
    const phrase = isScalar(pair.key) ? String(pair.key.value).replace(/\s+/g, ' ').trim() : '';
    const at = { file, line };
    if (phrase === '') {
      problems.push({ ...at, message: `a term has no words before its colon. Write what staff type, then the policies' words, like ${EXAMPLE}` });
      continue;
    }
    const value = isSeq(pair.value) ? pair.value.toJSON() : isScalar(pair.value) ? pair.value.value : pair.value === null ? '' : undefined;
    const parsed = targetsSchema.safeParse(value);
    if (!parsed.success) {
      problems.push({ ...at, field: phrase, message: `should give the policies' words as plain text or a [list]. Write it like ${EXAMPLE}` });
      continue;
    }
    const targets = (typeof parsed.data === 'string' ? [parsed.data] : parsed.data).map((target) => target.replace(/\s+/g, ' ').trim());
    if (targets.length === 0 || targets.some((target) => target === '')) {
      problems.push({ ...at, field: phrase, message: `has an empty entry. Give the words the policies use after the colon, like ${EXAMPLE}` });
      continue;
    }
    const key = phrase.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ ...at, field: phrase, message: `is already on line ${first}. Give each term once, with all its words in one [list]` });
      continue;
    }
    seen.set(key, line);
    terms.push({ phrase, targets, line });
  }
  return { terms, problems };
}

/** The nearest words to a missing one, as "sick, sickness, absent": the closest spellings in the index. */
function nearestWords(word: string, vocabulary: readonly string[], count = 3): string[] {
  return vocabulary
    .filter((candidate) => Math.abs(candidate.length - word.length) <= 3)
    .map((candidate) => ({ candidate, distance: editDistance(word, candidate) }))
    .filter(({ distance }) => distance <= Math.max(2, Math.ceil(word.length / 3)))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, count)
    .map(({ candidate }) => candidate);
}

/** A target's words that no policy uses. Single letters ("a") are not in the vocabulary, and search leaves them out anyway. */
export function missingWords(target: string, vocabulary: ReadonlySet<string>): string[] {
  return wordsOfText(target).filter((word) => word.length > 1 && !vocabulary.has(word));
}

/**
 * Every target must be words that are in the index (else nothing it points to can ever be found), and
 * no term may lead back to itself: "sacked: dismissal" beside "dismissal: sacked" would be a loop.
 */
export function searchTermProblems(terms: readonly PlacedTerm[], vocabulary: readonly string[], file = SEARCH_TERMS_FILE): Problem[] {
  const known = new Set(vocabulary);
  const problems: Problem[] = [];
  for (const term of terms) {
    for (const target of term.targets) {
      const missing = missingWords(target, known);
      if (missing.length === 0) continue;
      const hints = missing.map((word) => `for "${word}": ${nearestWords(word, vocabulary).join(', ') || 'none is close'}`).join('; ');
      problems.push({
        file,
        line: term.line,
        field: term.phrase,
        message: `"${target}" is not in any policy (${missing.map((word) => `"${word}"`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} in none), so it would find nothing. Use words the policies use; the nearest that are: ${hints}`,
      });
    }
  }
  const byPhrase = new Map(terms.map((term) => [wordsOfText(term.phrase).join(' '), term]));
  for (const term of terms) {
    const loop = loopFrom(term, byPhrase);
    if (loop) problems.push({ file, line: term.line, field: term.phrase, message: `leads back to itself: ${loop.join(' → ')}. Point each term only at the policies' own words, and remove one of these lines` });
  }
  return problems;
}

/** The terms a term leads through back to itself ("sacked → dismissal → sacked"), if it does. */
export function loopFrom(start: PlacedTerm, byPhrase: ReadonlyMap<string, PlacedTerm>): string[] | undefined {
  const startKey = wordsOfText(start.phrase).join(' ');
  const walk = (term: PlacedTerm, path: string[], visited: Set<string>): string[] | undefined => {
    for (const target of term.targets) {
      const key = wordsOfText(target).join(' ');
      if (key === startKey) return [...path, target];
      const next = byPhrase.get(key);
      if (next && !visited.has(key)) {
        visited.add(key);
        const found = walk(next, [...path, target], visited);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(start, [start.phrase], new Set([startKey]));
}
