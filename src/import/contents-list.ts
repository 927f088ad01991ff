import { paragraphText, type WordBlock } from './word/word-document.ts';

const CONTENTS_HEADING = /^(?:table of )?contents:?$/i;
/** Word's own table of contents is in its "TOC 1", "toc 2"… styles. */
const CONTENTS_STYLE = /^(toc \d|toc heading|contents \d)$/i;
/** A typed contents line ends in its page number: "Scope<tab>3", "Scope ........ 3". */
const CONTENTS_LINE = /(\t|\.{2,}|\s{2,}|\s)\s*\d{1,3}\s*$/;

export interface ContentsList {
  /** Where the contents list starts and ends among the blocks, end not included. */
  start: number;
  end: number;
  lines: number;
}

function text(block: WordBlock): string {
  return block.type === 'paragraph' ? paragraphText(block).trim() : '';
}

/**
 * The document's contents list, typed or Word's own, which the page replaces with its own list of
 * sections. Only lines that look like contents lines (a page number at the end, or Word's contents
 * styles) are taken, so no sentence of the policy is lost.
 */
export function findContentsList(blocks: readonly WordBlock[]): ContentsList | undefined {
  const isWordContents = (block: WordBlock) => block.type === 'paragraph' && CONTENTS_STYLE.test(block.styleName ?? '');
  const start = blocks.findIndex((block) => CONTENTS_HEADING.test(text(block)) || isWordContents(block));
  if (start === -1) return undefined;
  let end = start + (isWordContents(blocks[start]!) ? 0 : 1);
  let lines = 0;
  while (end < blocks.length) {
    const block = blocks[end]!;
    const line = text(block);
    if (block.type !== 'paragraph') break;
    if (line !== '' && !isWordContents(block) && !CONTENTS_LINE.test(line)) break;
    if (line !== '') lines++;
    end++;
  }
  return lines > 0 || isWordContents(blocks[start]!) ? { start, end, lines } : undefined;
}

export function isContentsStyle(block: WordBlock): boolean {
  return block.type === 'paragraph' && CONTENTS_STYLE.test(block.styleName ?? '');
}
