import { diffArrays, diffWords } from 'diff';
import type { Nodes, Root } from 'mdast';
import { plainText } from '#src/cross-references/policy-outline.ts';
import { wordsIn } from '#src/policy/words.ts';

/** A run of words that is the same in both versions, added in the newer one, or removed from the older one. */
export interface DiffPart {
  change: 'same' | 'added' | 'removed';
  text: string;
}

/** A heading, paragraph or list item of the compared text, with its words marked. */
export interface DiffBlock {
  kind: 'heading' | 'paragraph' | 'item';
  depth: number;
  parts: DiffPart[];
}

interface Block { kind: DiffBlock['kind']; depth: number; text: string }

/** The text as a flat list of blocks: headings, paragraphs and list items (nested items keep their depth). */
export function textBlocks(tree: Root): Block[] {
  const blocks: Block[] = [];
  const visit = (node: Nodes, listDepth: number) => {
    switch (node.type) {
      case 'heading':
        blocks.push({ kind: 'heading', depth: node.depth, text: plainText(node).trim() });
        return;
      case 'paragraph':
        blocks.push({ kind: listDepth > 0 ? 'item' : 'paragraph', depth: listDepth, text: plainText(node).trim() });
        return;
      case 'list':
        for (const item of node.children) visit(item, listDepth + 1);
        return;
      case 'yaml':
        return;
      default:
        if ('children' in node) for (const child of node.children) visit(child, listDepth);
    }
  };
  visit(tree, 0);
  return blocks.filter((block) => block.text.length > 0);
}

/**
 * Compares two versions block by block, then word by word inside a changed block, so a reader sees
 * "social networking sites" became "social media sites" rather than a whole paragraph swapped
 * (unless most of the paragraph was rewritten: see wordChanges).
 */
export function compareTexts(older: Root, newer: Root): DiffBlock[] {
  const before = textBlocks(older);
  const after = textBlocks(newer);
  const result: DiffBlock[] = [];
  const changes = diffArrays(before, after, { comparator: (a, b) => a.kind === b.kind && a.text === b.text });
  for (let index = 0; index < changes.length; index++) {
    const change = changes[index]!;
    const next = changes[index + 1];
    if (change.removed && next?.added) {
      const pairs = Math.min(change.value.length, next.value.length);
      for (let pair = 0; pair < pairs; pair++) {
        const removed = change.value[pair]!;
        const added = next.value[pair]!;
        const words = removed.kind === added.kind ? wordChanges(removed.text, added.text) : undefined;
        if (words) result.push({ kind: added.kind, depth: added.depth, parts: words });
        else result.push(whole(removed, 'removed'), whole(added, 'added'));
      }
      for (const removed of change.value.slice(pairs)) result.push(whole(removed, 'removed'));
      for (const added of next.value.slice(pairs)) result.push(whole(added, 'added'));
      index++;
      continue;
    }
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    for (const block of change.value) result.push(whole(block, kind));
  }
  return result;
}

function whole(block: Block, change: DiffPart['change']): DiffBlock {
  return { kind: block.kind, depth: block.depth, parts: [{ change, text: block.text }] };
}

/**
 * The word changes within one block, or undefined when more than half its words changed: a rewritten
 * paragraph reads better as the old one removed and the new one added than as scattered fragments,
 * and stopping there keeps the comparison quick (its cost grows with the number of changes).
 */
function wordChanges(before: string, after: string): DiffPart[] | undefined {
  const words = wordsIn(before).length + wordsIn(after).length;
  const parts = diffWords(before, after, { maxEditLength: Math.max(4, Math.ceil(words / 2)) });
  return parts?.map((part) => ({
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}

/** How many blocks changed at all, for a one-line summary above the comparison. */
export function changedBlockCount(blocks: readonly DiffBlock[]): number {
  return blocks.filter((block) => block.parts.some((part) => part.change !== 'same')).length;
}
