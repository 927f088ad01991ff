import type { BlockContent, List, ListItem, Paragraph } from 'mdast';
import type { Conversion } from './conversion.ts';
import { convertInlines } from './inline-text.ts';
import type { WordParagraph } from './word/word-document.ts';

interface Item {
  paragraph: WordParagraph;
  ordered: boolean;
  level: number;
  letter?: string;
  children: Item[];
}

/** Word's numbered paragraphs as a tree: a deeper level belongs to the item above it. */
function nest(paragraphs: readonly WordParagraph[], conversion: Conversion): Item[] {
  const roots: Item[] = [];
  const open: Item[] = [];
  for (const paragraph of paragraphs) {
    const letter = conversion.letters.get(paragraph);
    const item: Item = { paragraph, ordered: paragraph.numbering?.isOrdered ?? false, level: Number(paragraph.numbering?.level ?? 0), ...(letter ? { letter } : {}), children: [] };
    while (open.length > 0 && open.at(-1)!.level >= item.level) open.pop();
    (open.at(-1)?.children ?? roots).push(item);
    open.push(item);
  }
  return roots;
}

function paragraphOf(item: Item, conversion: Conversion, prefix = ''): Paragraph {
  const children = convertInlines(item.paragraph.children, conversion);
  const first = children[0];
  if (prefix && first?.type === 'text') first.value = prefix + first.value;
  else if (prefix) children.unshift({ type: 'text', value: prefix });
  return { type: 'paragraph', children };
}

/** Items as Markdown lists: a change between bullets and numbers starts a new list. */
function lists(items: readonly Item[], conversion: Conversion): List[] {
  const result: List[] = [];
  for (const item of items) {
    if (item.letter) conversion.notes.push(`"${item.letter}." in a list inside another list is written as a number: the site letters only paragraphs that are not inside a list`);
    const listItem: ListItem = { type: 'listItem', spread: false, children: [paragraphOf(item, conversion), ...lists(item.children, conversion)] };
    const current = result.at(-1);
    if (current && current.ordered === item.ordered) current.children.push(listItem);
    else result.push({ type: 'list', ordered: item.ordered, spread: false, children: [listItem] });
  }
  return result;
}

/**
 * A run of numbered paragraphs. Where Word letters the outer level (A., B., C.), each becomes a
 * paragraph starting "A. " with its bullets beneath it: the form the site letters and links
 * (#paragraph-c), so "paragraph C" can still be cited.
 */
export function convertList(paragraphs: readonly WordParagraph[], conversion: Conversion): BlockContent[] {
  const blocks: BlockContent[] = [];
  const pending: Item[] = [];
  const flush = () => blocks.push(...lists(pending.splice(0), conversion));
  for (const item of nest(paragraphs, conversion)) {
    if (!item.letter) {
      pending.push(item);
      continue;
    }
    flush();
    blocks.push(paragraphOf(item, conversion, `${item.letter}. `), ...lists(item.children, conversion));
  }
  flush();
  return blocks;
}
