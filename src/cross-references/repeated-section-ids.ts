import { slug } from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import type { Problem } from '#src/policy/problem.ts';
import { pinnedId, plainText } from './policy-outline.ts';
import { SectionIds } from './section-ids.ts';

/**
 * A pinned id (`## Aims {#scope}`) that another heading of the page already has: the page would give two
 * sections one id, and a link to it could lead to either. Ids made from heading text never repeat (a
 * second "Scope" is scope-1); only a pinned id can.
 */
export function repeatedSectionIdProblems(file: string, tree: Root): Problem[] {
  const ids = new SectionIds();
  const firstWith = new Map<string, { text: string; line: number | undefined }>();
  const problems: Problem[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'heading' && node.depth >= 2 && node.depth <= 4) {
      const text = plainText(node).trim();
      const pinned = pinnedId(node);
      const id = ids.next(text, pinned);
      const line = node.position?.start.line;
      const first = firstWith.get(id);
      if (pinned !== undefined && first) {
        const where = first.line === undefined ? '' : ` on line ${first.line}`;
        problems.push({
          file,
          ...(line === undefined ? {} : { line }),
          message: `the section id "${id}" is already the id of "${first.text}"${where}, so a link to #${id} could lead to either. Pin an id of its own, like ## ${text} {#${slug(text)}}`,
        });
      } else {
        firstWith.set(id, { text, line });
      }
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return problems;
}
