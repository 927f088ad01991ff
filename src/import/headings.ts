import type { Heading } from 'mdast';
import type { Conversion } from './conversion.ts';
import { isAllCapitals, sentenceCase } from './sentence-case.ts';
import { paragraphText, type WordInline, type WordParagraph } from './word/word-document.ts';

const HEADING_STYLE = /^heading\s*(\d)$/i;
/** Longer than this, a line in capitals or bold is a sentence someone wanted to stand out, not a heading. */
const MOST_WORDS_IN_A_HEADING = 12;

function visibleRuns(inlines: readonly WordInline[]): { bold: boolean; caps: boolean }[] {
  return inlines.flatMap((inline) => {
    if (inline.type === 'run') {
      const words = paragraphText({ type: 'paragraph', children: inline.children, styleName: null, numbering: null }).trim();
      return words === '' ? [] : [{ bold: inline.isBold, caps: inline.isAllCaps }];
    }
    return inline.type === 'hyperlink' ? visibleRuns(inline.children) : [];
  });
}

/** A heading's level on the page: Word's Heading 1 is a section (##), as the policy's title is the page's own heading. */
function headingDepth(paragraph: WordParagraph): Heading['depth'] | undefined {
  const styled = HEADING_STYLE.exec(paragraph.styleName ?? '');
  if (styled) return Math.min(Number(styled[1]) + 1, 6) as Heading['depth'];
  if (paragraph.numbering) return undefined;
  const text = paragraphText(paragraph).trim();
  if (text === '' || text.split(/\s+/).length > MOST_WORDS_IN_A_HEADING || /[.:;,]$/.test(text)) return undefined;
  const runs = visibleRuns(paragraph.children);
  if (runs.length === 0) return undefined;
  // Many policies are typed with a short line alone, in capitals or bold, for each heading.
  return isAllCapitals(text) || runs.every((run) => run.bold) || runs.every((run) => run.caps) ? 2 : undefined;
}

/** The paragraph as a heading, or undefined when it is not one; all-capital headings become sentence case. */
export function asHeading(paragraph: WordParagraph, conversion: Conversion): Heading | undefined {
  const depth = headingDepth(paragraph);
  if (!depth) return undefined;
  const typed = paragraphText(paragraph).replace(/\s+/g, ' ').trim();
  const text = isAllCapitals(typed) ? sentenceCase(typed) : typed;
  if (text !== typed) conversion.recasedHeadings.push({ from: typed, to: text });
  return { type: 'heading', depth, children: [{ type: 'text', value: text }] };
}
