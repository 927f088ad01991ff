import { defineHastPlugin } from 'satteri';
import type { Element } from 'hast';
import { SectionIds } from './section-ids.ts';

/**
 * Gives every section heading a stable id (from its text, or pinned with `{#id}`) and a visible
 * "link to this section" anchor beside it. The anchor sits next to the heading, not inside it,
 * so a screen reader's list of headings reads only the heading text.
 */
export const sectionHeadingsPlugin = () => {
  const ids = new SectionIds();
  return defineHastPlugin({
    name: 'policy-section-headings',
    element: {
      filter: ['h2', 'h3', 'h4'],
      visit(node: Readonly<Element>, context) {
        // Easy read has no section links: a stray "#" beside each heading is one more thing to puzzle over.
        if (context.fileURL?.pathname.endsWith('/easy-read.mdx')) return;
        const text = context.textContent(node).trim();
        const pinned = typeof node.properties?.['id'] === 'string' ? node.properties['id'] : undefined;
        const id = ids.next(text, pinned);
        if (!pinned) context.setProperty(node, 'id', id);
        context.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: { className: ['section-heading'] },
          children: [{
            type: 'element',
            tagName: 'a',
            properties: { className: ['section-link'], href: `#${id}` },
            children: [
              { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
              { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: `Link to this section: ${text}` }] },
            ],
          }],
        });
      },
    },
  });
};
