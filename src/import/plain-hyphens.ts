import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Word's non-breaking hyphen (Ctrl+Shift+-, U+2011) only stops a line breaking at the hyphen: it looks
 * and means the same as "-", and the PDFs' font has no such character. It is the one character the
 * import changes, and the report says how many it changed.
 */
const NON_BREAKING_HYPHEN = /\u2011/g;

export function plainHyphens(text: string): string {
  return text.replace(NON_BREAKING_HYPHEN, '-');
}

/** How many non-breaking hyphens `plainHyphens` would change in the text. */
export function nonBreakingHyphens(text: string): number {
  return text.match(NON_BREAKING_HYPHEN)?.length ?? 0;
}

/** Writes every non-breaking hyphen in the tree's text as "-", and says how many there were. */
export function plainHyphensIn(tree: Root): number {
  let changed = 0;
  visit(tree, (node) => {
    if (!('value' in node) || typeof node.value !== 'string' || node.type === 'yaml') return;
    changed += nonBreakingHyphens(node.value);
    node.value = plainHyphens(node.value);
  });
  visit(tree, 'image', (node) => {
    changed += nonBreakingHyphens(node.alt ?? '');
    node.alt = node.alt ? plainHyphens(node.alt) : node.alt;
  });
  return changed;
}
