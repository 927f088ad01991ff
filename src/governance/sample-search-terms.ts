import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, parseDocument } from 'yaml';
import { policyVocabulary } from '#src/search/policy-vocabulary.ts';
import { missingWords, readSearchTerms, SEARCH_TERMS_FILE } from '#src/search/terms/search-terms-file.ts';

/**
 * A search terms file with only the terms whose words `known` holds: the build refuses a term that
 * points at words no policy uses (missingWords is its rule). Every other line, and the file's comments, are kept; `heading`, when
 * given, replaces the file's opening comment. Returns the text and the terms taken out.
 */
export function termsAnsweredBy(source: string, known: ReadonlySet<string>, heading?: string): { text: string; dropped: string[] } {
  const { terms } = readSearchTerms(source);
  const dropped = terms.filter((term) => term.targets.some((target) => missingWords(target, known).length > 0)).map((term) => term.phrase);
  if (dropped.length === 0 && heading === undefined) return { text: source, dropped };
  const document = parseDocument(source, { uniqueKeys: false, schema: 'failsafe' });
  // The file's opening comment is read as the first term's; it must stay when that term goes.
  const first = isMap(document.contents) ? document.contents.items[0]?.key : undefined;
  if (isScalar(first) && first.commentBefore && !document.commentBefore) {
    document.commentBefore = first.commentBefore;
    first.commentBefore = null;
  }
  if (heading !== undefined) document.commentBefore = heading;
  for (const phrase of dropped) document.delete(phrase);
  return { text: document.toString(), dropped };
}

/**
 * Takes out of the Trust's search terms the lines whose words no policy left uses. The shipped terms
 * point at the sample policies' words; once the samples go, those lines would find nothing.
 * Returns the terms taken out.
 */
export async function pruneSearchTerms(root: string, policiesDir: string): Promise<string[]> {
  const file = path.join(root, SEARCH_TERMS_FILE);
  const source = await readFile(file, 'utf8').catch(() => undefined);
  if (source === undefined) return [];
  const { text, dropped } = termsAnsweredBy(source, new Set(await policyVocabulary(policiesDir)));
  if (dropped.length > 0) await writeFile(file, text);
  return dropped;
}

const KEPT_TERMS_HEADING = [
  ' The search terms the sample policies were tuned with: what staff type, mapped to the samples\' words.',
  ' npm run remove-sample-policies kept them here beside the samples, for the project\'s tests (the search',
  ' judgement lists in tests/search/). The site never reads this file; the Trust\'s own terms are in',
  ` ${SEARCH_TERMS_FILE}.`,
].join('\n');

/**
 * Keeps, beside the samples moved out of the site, the Trust's search terms that the samples' words
 * answer, so the search tests still build the samples with the terms they were tuned with. A file
 * kept by an earlier removal is left as it is. Says whether it wrote one.
 */
export async function keepSampleSearchTerms(trustTermsSource: string | undefined, samplesDir: string, keptFile: string): Promise<boolean> {
  if (trustTermsSource === undefined) return false;
  if (await readFile(keptFile).then(() => true, () => false)) return false;
  const { text } = termsAnsweredBy(trustTermsSource, new Set(await policyVocabulary(samplesDir)), KEPT_TERMS_HEADING);
  await writeFile(keptFile, text);
  return true;
}
