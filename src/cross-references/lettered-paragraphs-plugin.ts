import { defineMdastPlugin } from 'satteri';
import type { Root, RootContent } from 'mdast';
import { findLetteredRuns, LetteredIds, type BlockNode } from './lettered-paragraphs.ts';

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
    for (const run of findLetteredRuns(root.children as unknown as BlockNode[], textOf)) {
      const items = run.map((item) => {
        const [first, ...rest] = plainCopy(item.paragraph as BlockNode & { children: RootContent[] }).children;
        const text = first?.type === 'text' ? [{ type: 'text', value: item.text }] : [];
        const after = [item.list, item.searchWords].filter((node) => node !== undefined).map(plainCopy);
        return {
          type: 'listItem',
          spread: false,
          data: { hProperties: { id: ids.next(item.letter) } },
          children: [{ type: 'paragraph', children: [...text, ...rest] }, ...after],
        };
      });
      const lettered = { type: 'list', ordered: true, spread: false, data: { hProperties: { type: 'A', className: ['lettered'] } }, children: items };
      const nodes = run.flatMap((item) => item.nodes) as unknown as RootContent[];
      context.replaceNode(nodes[0]!, lettered as unknown as RootContent);
      for (const node of nodes.slice(1)) context.removeNode(node);
    }
  },
});
