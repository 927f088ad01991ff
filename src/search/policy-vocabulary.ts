import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { nodesOf, type ContentNode } from '#src/policy/content-rules/content-rule.ts';
import { detailText, readFrontmatter } from '#src/policy/frontmatter.ts';
import { parsePolicyText } from '#src/policy/parse-policy-text.ts';
import { POLICY_FILE_NAME, policyFolders } from '#src/policy/policy-folders.ts';
import { EASY_READ_FILE_NAME } from '#src/easy-read/easy-read-files.ts';
import { sectionWordsIn } from './section-words.ts';
import { commonWordsOf, vocabularyOf } from './search-vocabulary.ts';

/** What search indexes of one policy file: its title, keywords, text and section words. */
function searchableText(source: string): string[] {
  const read = readFrontmatter(source);
  const data = read.ok ? read.frontmatter.data : undefined;
  const keywords = data && typeof data === 'object' ? (data as Record<string, unknown>)['keywords'] : undefined;
  const text = parsePolicyText(source);
  if (!text.ok) return [];
  // Each piece of text on its own, so a heading's last word and the next paragraph's first stay two words.
  const body = [...nodesOf(text.tree as unknown as ContentNode)].filter((node) => node.type === 'text' && typeof node.value === 'string').map((node) => node.value as string);
  return [
    detailText(data, 'title'),
    ...(Array.isArray(keywords) ? keywords.filter((keyword): keyword is string => typeof keyword === 'string') : []),
    ...body,
    ...sectionWordsIn(text.tree).flatMap((entry) => entry.words),
  ];
}

/** What search indexes of each current policy and easy read: one list of texts per page. */
async function policyPages(policiesDir: string): Promise<string[][]> {
  const pages: string[][] = [];
  for (const folder of await policyFolders(policiesDir)) {
    for (const name of [POLICY_FILE_NAME, EASY_READ_FILE_NAME]) {
      const source = await readFile(path.join(policiesDir, folder, name), 'utf8').catch(() => undefined);
      if (source !== undefined) pages.push(searchableText(source));
    }
  }
  return pages;
}

/** The words of every current policy and easy read, most used first: the vocabulary of the search index. */
export async function policyVocabulary(policiesDir: string): Promise<string[]> {
  return vocabularyOf((await policyPages(policiesDir)).flat());
}

export interface PolicyWords {
  /** Every word, most used first. */
  vocabulary: string[];
  /** The words on a large share of the pages, with how many pages have each. */
  common: Record<string, number>;
}

/** The index's vocabulary and its common words, read once. */
export async function policyWords(policiesDir: string): Promise<PolicyWords> {
  const pages = await policyPages(policiesDir);
  return { vocabulary: vocabularyOf(pages.flat()), common: commonWordsOf(pages) };
}
