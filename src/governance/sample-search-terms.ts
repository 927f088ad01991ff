import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, parseDocument } from 'yaml';
import { policyVocabulary } from '#src/search/policy-vocabulary.ts';
import { readSearchTerms, SEARCH_TERMS_FILE } from '#src/search/terms/search-terms-file.ts';
import { wordsOfText } from '#src/search/search-vocabulary.ts';

/**
 * Takes out of the Trust's search terms the lines whose words no policy left uses. The shipped terms
 * point at the sample policies' words; once the samples go, those lines would find nothing, and the
 * build refuses a term that finds nothing. Every other line, and the file's comments, are kept.
 * Returns the terms taken out.
 */
export async function pruneSearchTerms(root: string, policiesDir: string): Promise<string[]> {
  const file = path.join(root, SEARCH_TERMS_FILE);
  const source = await readFile(file, 'utf8').catch(() => undefined);
  if (source === undefined) return [];
  const known = new Set(await policyVocabulary(policiesDir));
  const { terms } = readSearchTerms(source);
  const orphaned = terms
    .filter((term) => term.targets.some((target) => wordsOfText(target).some((word) => word.length > 1 && !known.has(word))))
    .map((term) => term.phrase);
  if (orphaned.length === 0) return [];
  const document = parseDocument(source, { uniqueKeys: false, schema: 'failsafe' });
  // The file's opening comment is read as the first term's; it must stay when that term goes.
  const first = isMap(document.contents) ? document.contents.items[0]?.key : undefined;
  if (isScalar(first) && first.commentBefore && !document.commentBefore) {
    document.commentBefore = first.commentBefore;
    first.commentBefore = null;
  }
  for (const phrase of orphaned) document.delete(phrase);
  await writeFile(file, document.toString());
  return orphaned;
}
