import { SEARCH_WORDS_COMPONENT } from '#src/policy/content-rules/index.ts';

/**
 * Lettered paragraphs: policy owners write "A. bring the school into disrepute…", "B. …" as
 * ordinary paragraphs, each optionally followed by a bullet list. A run of them that starts at A
 * and goes on in order becomes one A, B, C list, so "paragraph C" can be cited and linked.
 * A paragraph may also have its own search words (<SearchWords>) on the line after its text or
 * after its bullet list: they belong to that paragraph, so they go with it into its list item.
 */

export interface TextNode { type: 'text'; value: string }
export interface BlockNode { type: string; name?: string | null; children?: unknown[] }

export interface LetteredItem {
  letter: string;
  paragraph: BlockNode;
  /** The bullet list after the paragraph, if there is one. */
  list: BlockNode | undefined;
  /** The paragraph's own search words, if it has them. */
  searchWords: BlockNode | undefined;
  /** Every block the item is made of, in the order written. */
  nodes: BlockNode[];
  /** The paragraph's first text, without its "A. " prefix. */
  text: string;
}

const LETTER_PREFIX = /^([A-Z])\.\s+/;

export function letterOf(node: BlockNode): string | undefined {
  if (node.type !== 'paragraph') return undefined;
  const first = node.children?.[0] as TextNode | undefined;
  if (first?.type !== 'text') return undefined;
  return LETTER_PREFIX.exec(first.value)?.[1];
}

export function stripLetter(value: string): string {
  return value.replace(LETTER_PREFIX, '');
}

/**
 * Finds runs A, B, C… among sibling blocks; a lone "A." or a run that skips a letter is left as written.
 * `textOf`, when given, is a cheap way to read a block's text: blocks whose text does not start with a
 * letter are passed over without looking inside them.
 */
export function findLetteredRuns(blocks: readonly BlockNode[], textOf?: (block: BlockNode) => string): LetteredItem[][] {
  const letter = (block: BlockNode) =>
    block.type !== 'paragraph' || (textOf && !LETTER_PREFIX.test(textOf(block))) ? undefined : letterOf(block);
  const runs: LetteredItem[][] = [];
  let index = 0;
  while (index < blocks.length) {
    if (letter(blocks[index]!) !== 'A') {
      index++;
      continue;
    }
    const run: LetteredItem[] = [];
    let expected = 'A';
    while (index < blocks.length && letter(blocks[index]!) === expected) {
      const paragraph = blocks[index]!;
      const nodes = [paragraph];
      // The block after the item so far, if it is of the kind asked for, becomes part of the item.
      const take = (fits: (block: BlockNode) => boolean) => {
        const next = blocks[index + nodes.length];
        if (!next || !fits(next)) return undefined;
        nodes.push(next);
        return next;
      };
      const wordsAfterText = take(isSearchWords);
      const list = take(isBulletList);
      const searchWords = wordsAfterText ?? take(isSearchWords);
      const first = paragraph.children?.[0] as TextNode;
      run.push({ letter: expected, paragraph, list, searchWords, nodes, text: stripLetter(first.value) });
      index += nodes.length;
      expected = String.fromCharCode(expected.charCodeAt(0) + 1);
    }
    if (run.length >= 2) runs.push(run);
  }
  return runs;
}

function isBulletList(block: BlockNode): boolean {
  return block.type === 'list' && (block as { ordered?: boolean }).ordered !== true;
}

function isSearchWords(block: BlockNode): boolean {
  return block.type === 'mdxJsxFlowElement' && block.name === SEARCH_WORDS_COMPONENT;
}

/** A lettered paragraph's id (see LetteredIds), with its letter. */
export const LETTERED_PARAGRAPH_ID = /^paragraph-([a-z])(?:-\d+)?$/;

export function letteredParagraphId(letter: string): string {
  return `paragraph-${letter.toLowerCase()}`;
}

/** The id of the first block after a lettered list whose last paragraph is `lastId`: "after-paragraph-g". */
export function afterLetteredId(lastId: string): string {
  return `${AFTER_LETTERED_PREFIX}${lastId}`;
}
export const AFTER_LETTERED_PREFIX = 'after-';

/** Ids for lettered paragraphs on one page: paragraph-a, and paragraph-a-2 for a second run's A. */
export class LetteredIds {
  readonly #used = new Set<string>();

  next(letter: string): string {
    const wanted = letteredParagraphId(letter);
    let id = wanted;
    for (let count = 2; this.#used.has(id); count++) id = `${wanted}-${count}`;
    this.#used.add(id);
    return id;
  }
}
