import { defineMdastPlugin } from 'satteri';
import type { Root, RootContent } from 'mdast';
import { afterLetteredId, findLetteredRuns, letterOf, LetteredIds, type BlockNode } from './lettered-paragraphs.ts';

/** Satteri's tree nodes are live views; a plain copy can be placed into a new node. */
function plainCopy<T>(node: T): T {
  return JSON.parse(JSON.stringify(node, (key, value) => (key === '_resolver' || key === '_id' ? undefined : value))) as T;
}

/**
 * Turns runs of "A. …", "B. …" paragraphs into a lettered list whose items have ids (paragraph-a…).
 * A paragraph's search words go into its item, so the index counts them for that paragraph.
 */
export const letteredParagraphsPlugin = defineMdastPlugin({
  name: 'policy-lettered-paragraphs',
  after(root: Readonly<Root>, context) {
    const ids = new LetteredIds();
    // Reading a node's children makes Satteri copy it out of its tree; its text, read natively, is far cheaper.
    const textOf = (block: BlockNode) => context.textContent(block as unknown as RootContent);
    const blocks = root.children as unknown as BlockNode[];
    for (const run of findLetteredRuns(blocks, textOf)) {
      const itemIds = run.map((item) => ids.next(item.letter));
      markTextAfter(blocks[blocks.indexOf(run.at(-1)!.nodes.at(-1)!) + 1], afterLetteredId(itemIds.at(-1)!));
      const items = run.map((item, index) => {
        const [first, ...rest] = plainCopy(item.paragraph as BlockNode & { children: RootContent[] }).children;
        const text = first?.type === 'text' ? [{ type: 'text', value: item.text }] : [];
        const after = [item.list, item.searchWords].filter((node) => node !== undefined).map(plainCopy);
        return {
          type: 'listItem',
          spread: false,
          data: { hProperties: { id: itemIds[index] } },
          children: [{ type: 'paragraph', children: [...text, ...rest] }, ...after],
        };
      });
      const lettered = { type: 'list', ordered: true, spread: false, data: { hProperties: { type: 'A', className: ['lettered'] } }, children: items };
      const nodes = run.flatMap((item) => item.nodes) as unknown as RootContent[];
      context.replaceNode(nodes[0]!, lettered as unknown as RootContent);
      for (const node of nodes.slice(1)) context.removeNode(node);
    }

    /**
     * The section's text after its lettered list belongs to the section, not to the last paragraph. The list's end is not
     * in the search index, so the block that follows it is marked with an id (after-paragraph-g), from which the search
     * tells where paragraph G ends.
     */
    function markTextAfter(block: BlockNode | undefined, id: string) {
      if (!block || !TEXT_BLOCKS.has(block.type) || letterOf(block) === 'A') return;
      const copy = plainCopy(block) as BlockNode & { data?: { hProperties?: Record<string, unknown> } };
      const marked = { ...copy, data: { ...copy.data, hProperties: { ...copy.data?.hProperties, id } } };
      context.replaceNode(block as unknown as RootContent, marked as unknown as RootContent);
    }
  },
});

/** Blocks that can carry an id; a heading starts a section of its own, a component renders its own markup, and an "A." may start the next run. */
const TEXT_BLOCKS = new Set(['paragraph', 'list', 'blockquote', 'table', 'code']);
