import type { PhrasingContent, Table, TableCell } from 'mdast';
import type { Conversion } from './conversion.ts';
import { convertInlines } from './inline-text.ts';
import type { WordBlock, WordTable } from './word/word-document.ts';

function cellText(blocks: readonly WordBlock[], conversion: Conversion): PhrasingContent[] {
  const paragraphs = blocks.flatMap((block) => (block.type === 'paragraph' ? [convertInlines(block.children, conversion)] : []));
  if (blocks.some((block) => block.type === 'table')) conversion.notes.push('A table inside a table cell is written as its cell\'s words only: check it reads right');
  const filled = paragraphs.filter((children) => children.length > 0);
  if (filled.length > 1) conversion.notes.push('A table cell held several paragraphs: they are joined on one line with a "; " between them, as a Markdown table cell is one line');
  return filled.flatMap((children, index) => (index === 0 ? children : [{ type: 'text', value: '; ' } as const, ...children]))
    .map((node) => (node.type === 'break' ? ({ type: 'text', value: ' ' } as const) : node));
}

/** A Word table as a Markdown table, its first row the headings (Markdown tables always have one). */
export function convertTable(table: WordTable, conversion: Conversion): Table {
  const rows = table.children.map((row) => row.children.map((cell): TableCell => ({ type: 'tableCell', children: cellText(cell.children, conversion) })));
  const width = Math.max(1, ...rows.map((row) => row.length));
  if (!table.children[0]?.isHeader) conversion.notes.push('A table\'s first row is used as its headings (Word did not mark a header row): check it names the columns');
  return {
    type: 'table',
    align: Array.from({ length: width }, () => null),
    children: rows.map((cells) => ({ type: 'tableRow', children: [...cells, ...Array.from({ length: width - cells.length }, (): TableCell => ({ type: 'tableCell', children: [] }))] })),
  };
}
