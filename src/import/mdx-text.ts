import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';

/**
 * The policy's text as MDX. The writer escapes whatever Markdown or MDX would read as markup
 * (`{`, `<`, `*`, `#` at a line's start…), so every character shows as the document typed it;
 * the import reads the result back to prove it.
 */
export function mdxText(tree: Root): string {
  return toMarkdown(tree, {
    extensions: [mdxToMarkdown(), gfmToMarkdown()],
    bullet: '-',
    emphasis: '*',
    strong: '*',
    listItemIndent: 'one',
    // A link whose words are its address would otherwise be written <https://…>, which MDX reads as a tag.
    resourceLink: true,
    rule: '-',
  });
}
