import type { RootContent } from 'mdast';
import type { Conversion } from './conversion.ts';
import { asHeading } from './headings.ts';
import { convertInlines } from './inline-text.ts';
import { convertList } from './lists.ts';
import { convertTable } from './tables.ts';
import type { WordBlock, WordParagraph } from './word/word-document.ts';

/**
 * Word's paragraphs and tables as Markdown blocks. `headings: false` for a footnote's text, where a
 * short bold line is not a section.
 */
export function convertBlocks(blocks: readonly WordBlock[], conversion: Conversion, options: { headings: boolean } = { headings: false }): RootContent[] {
  const result: RootContent[] = [];
  let index = 0;
  while (index < blocks.length) {
    const block = blocks[index]!;
    index++;
    if (block.type === 'table') {
      result.push(convertTable(block, conversion));
      continue;
    }
    const heading = options.headings ? asHeading(block, conversion) : undefined;
    if (heading) {
      result.push(heading);
      continue;
    }
    if (block.numbering) {
      const run: WordParagraph[] = [block];
      while (index < blocks.length) {
        const next = blocks[index]!;
        if (next.type !== 'paragraph' || !next.numbering || (options.headings && asHeadingWithoutNote(next, conversion))) break;
        run.push(next);
        index++;
      }
      result.push(...convertList(run, conversion));
      continue;
    }
    const children = convertInlines(block.children, conversion);
    if (children.some((child) => child.type !== 'text' || child.value.trim() !== '')) result.push({ type: 'paragraph', children });
  }
  return result;
}

/** Whether a numbered paragraph is a heading (Word numbers headings too), without recording it twice. */
function asHeadingWithoutNote(paragraph: WordParagraph, conversion: Conversion): boolean {
  const recorded = conversion.recasedHeadings.length;
  const heading = asHeading(paragraph, conversion);
  conversion.recasedHeadings.length = recorded;
  return heading !== undefined;
}
