import { defineMdastPlugin } from 'satteri';
import type { Definition, Link } from 'mdast';
import { linkTarget, resolvedHref } from './cross-references.ts';

/**
 * Rewrites links to policies (`policy:whistleblowing#raising-a-concern`, `../whistleblowing/index.mdx`)
 * to the page's real address under the base path. Whether the policy and section exist has already
 * been checked, for every file at once, when the policies were loaded (src/library/policy-files.ts).
 */
export function crossReferencesPlugin(base: string) {
  return defineMdastPlugin({
    name: 'policy-cross-references',
    link(node: Readonly<Link>, context) {
      const href = resolvedHref(linkTarget(node.url), base);
      if (href !== undefined && href !== node.url) context.setProperty(node, 'url', href);
    },
    // A reference-style link ([the procedure][wb] … [wb]: policy:whistleblowing) takes its address from here.
    definition(node: Readonly<Definition>, context) {
      const href = resolvedHref(linkTarget(node.url), base);
      if (href !== undefined && href !== node.url) context.setProperty(node, 'url', href);
    },
  });
}
