import type { Root } from 'mdast';
import type { Problem } from '#src/policy/problem.ts';
import { SEARCH_WORDS_ATTRIBUTE, SEARCH_WORDS_COMPONENT } from '#src/policy/content-rules/index.ts';
import { nodesOf, type ContentNode } from '#src/policy/content-rules/content-rule.ts';
import { parsePolicyText } from '#src/policy/parse-policy-text.ts';
import { findLetteredRuns, type BlockNode } from '#src/cross-references/lettered-paragraphs.ts';
import { bareWord, isStopWord } from './search-query.ts';

/**
 * Section keywords: the words staff use for one section of a policy, written by its owner on the
 * line after the section's heading:
 *
 *   ## Absence through illness
 *   <SearchWords words="off sick, poorly, doctor's note" />
 *
 * A self-closing tag with one quoted setting, so GitHub's editor shows it as one plain line, the
 * content rules can allow it like any other setting, and it holds no text of the policy. The page
 * indexes the words with the section (hidden); the PDFs leave them out. A lettered paragraph can
 * have its own, on the line after its text (or after its bullet list): they count for that paragraph only.
 */

export const SEARCH_WORDS_EXAMPLE = `<${SEARCH_WORDS_COMPONENT} ${SEARCH_WORDS_ATTRIBUTE}="off sick, poorly, doctor's note" />`;

/**
 * Pagefind weighs a word by the square of its weight: text 1, an h3 5. Words an owner gives a section
 * count as much as its heading would: they say outright that this section is the answer.
 */
export const SECTION_WORDS_WEIGHT = '5';


export interface SectionWords {
  line: number;
  column: number;
  words: string[];
}

/** "off sick, poorly" → ["off sick", "poorly"]; empty entries are kept, as "", for the checks to find. */
export function splitSectionWords(value: string): string[] {
  return value.split(',').map((entry) => entry.replace(/\s+/g, ' ').trim());
}

/** Every <SearchWords> in a policy's text, wherever it is. */
function searchWordsNodes(tree: Root): ContentNode[] {
  return [...nodesOf(tree as unknown as ContentNode)].filter(
    (node) => (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === SEARCH_WORDS_COMPONENT,
  );
}

function wordsValue(node: ContentNode): string {
  const attribute = node.attributes?.find((each) => each.name === SEARCH_WORDS_ATTRIBUTE);
  return typeof attribute?.value === 'string' ? attribute.value : '';
}

/** The section words a policy gives, with where each list is written. */
export function sectionWordsIn(tree: Root): SectionWords[] {
  return searchWordsNodes(tree).map((node) => ({
    line: node.position?.start.line ?? 1,
    column: node.position?.start.column ?? 1,
    words: splitSectionWords(wordsValue(node)).filter((word) => word !== ''),
  }));
}

/**
 * What is wrong with a policy's section words: one in the wrong place, one with no words, an empty
 * entry, an entry of only small words (search leaves those out, so it would never find the section),
 * or a word given twice in the file (it would only count twice for one section, or point to two).
 */
export function sectionWordsProblems(file: string, tree: Root): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const topLevel = (tree.children ?? []) as unknown as ContentNode[];
  const ofParagraphs = new Set<unknown>(findLetteredRuns(tree.children as unknown as BlockNode[]).flatMap((run) => run.map((item) => item.searchWords)));
  for (const node of searchWordsNodes(tree)) {
    const line = node.position?.start.line ?? 1;
    const at = { file, line, column: node.position?.start.column ?? 1, field: SEARCH_WORDS_COMPONENT };
    const index = topLevel.indexOf(node);
    const previous = index > 0 ? topLevel[index - 1] : undefined;
    if (previous?.type !== 'heading' && !ofParagraphs.has(node)) {
      problems.push({
        ...at,
        message: `belongs on the line straight after a section's heading, or after a lettered paragraph ("A. …"), on a line of its own. Move it under the heading or paragraph it is for, like: ## Absence through illness, then on the next line ${SEARCH_WORDS_EXAMPLE}`,
      });
      continue;
    }
    if ((node.children ?? []).length > 0) {
      problems.push({ ...at, message: `holds nothing between tags. Write the words inside words="…" and end it with />, like ${SEARCH_WORDS_EXAMPLE}` });
    }
    const value = wordsValue(node);
    if (value.trim() === '') {
      problems.push({ ...at, message: `has no words. Write the words staff use for this section, separated by commas, like ${SEARCH_WORDS_EXAMPLE}` });
      continue;
    }
    const entries = splitSectionWords(value);
    if (entries.some((entry) => entry === '')) {
      problems.push({ ...at, message: `"${value}" has an empty entry (two commas together, or a comma at one end). Remove the extra comma, like words="off sick, poorly"` });
    }
    for (const entry of entries.filter((each) => each !== '')) {
      if (entry.split(' ').map(bareWord).every((word) => word === '' || isStopWord(word))) {
        problems.push({ ...at, message: `"${entry}" has only small words, which search leaves out, so it would never find this section. Add a word that says what it is about, like "who to go to about bullying"` });
      }
      const key = entry.toLowerCase();
      const first = seen.get(key);
      if (first === undefined) seen.set(key, line);
      else problems.push({ ...at, message: `"${entry}" is given twice${first === line ? ' here' : ` (also on line ${first})`}. Give each word once, for the one section it belongs to` });
    }
  }
  return problems;
}

/**
 * A policy file with its <SearchWords> lines taken out. They are search metadata an owner may add or
 * change at any time, not approved text, so whatever decides whether the text changed reads this.
 * A file that cannot be read is returned as it is: its own checks say what is wrong with it.
 */
export function withoutSectionWords(source: string): string {
  const parsed = parsePolicyText(source);
  if (!parsed.ok) return source;
  const dropped = new Set<number>();
  for (const node of searchWordsNodes(parsed.tree)) {
    if (node.type !== 'mdxJsxFlowElement' || !node.position) continue;
    const last = node.position.end?.line ?? node.position.start.line;
    for (let line = node.position.start.line; line <= last; line++) dropped.add(line);
  }
  if (dropped.size === 0) return source;
  return source.split('\n').filter((_, index) => !dropped.has(index + 1)).join('\n');
}
