import { toString } from 'mdast-util-to-string';
import type { Definition, Heading, Link, Nodes, Root } from 'mdast';
import { findLetteredRuns, LetteredIds, type BlockNode } from './lettered-paragraphs.ts';
import { SectionIds } from './section-ids.ts';

/** A place in a policy that a link can point at: a heading, or a lettered paragraph. */
export interface PolicySection {
  id: string;
  /** The heading's text, or "Paragraph C". */
  label: string;
  kind: 'heading' | 'paragraph';
  depth: number;
}

/** A link written in a policy's text, where it was written, and the section it sits in. */
export interface WrittenLink {
  url: string;
  line: number;
  column: number;
  /** The heading the link sits under, if any. */
  section?: { id: string; label: string };
}

export interface PolicyOutline {
  sections: PolicySection[];
  links: WrittenLink[];
}

/**
 * The sections and links of a policy, from its syntax tree, with the same ids the rendered page
 * gives them (see the Markdown plugins beside it). Cross-references are checked against this before anything renders.
 */
export function policyOutline(tree: Root): PolicyOutline {
  const headingIds = new SectionIds();
  const letteredIds = new LetteredIds();
  const sections: PolicySection[] = [];
  const links: WrittenLink[] = [];
  const letteredStarts = new Map<unknown, string[]>();
  for (const run of findLetteredRuns(tree.children as unknown as BlockNode[])) {
    letteredStarts.set(run[0]!.nodes[0], run.map((item) => item.letter));
  }
  let current: { id: string; label: string } | undefined;

  const visit = (node: Nodes) => {
    const letters = letteredStarts.get(node);
    if (letters) {
      for (const letter of letters) sections.push({ id: letteredIds.next(letter), label: `Paragraph ${letter}`, kind: 'paragraph', depth: 0 });
    }
    if (node.type === 'heading' && node.depth >= 2 && node.depth <= 4) {
      const label = plainText(node).trim();
      const id = headingIds.next(label, pinnedId(node));
      sections.push({ id, label, kind: 'heading', depth: node.depth });
      if (node.depth <= 3) current = { id, label };
    }
    if (node.type === 'link' || node.type === 'definition') links.push(writtenLink(node, current));
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return { sections, links };
}

/** The id an owner pinned with `## Heading {#id}`, if any. */
export function pinnedId(heading: Heading): string | undefined {
  const id = (heading.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
  return typeof id === 'string' ? id : undefined;
}

function writtenLink(link: Link | Definition, section: { id: string; label: string } | undefined): WrittenLink {
  const start = link.position?.start;
  return { url: link.url, line: start?.line ?? 0, column: start?.column ?? 0, ...(section ? { section } : {}) };
}

/** Text of a node and its children, as the heading reads on the page. */
export function plainText(node: Nodes): string {
  return toString(node, { includeImageAlt: false, includeHtml: false });
}
