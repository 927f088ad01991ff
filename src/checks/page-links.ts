import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** A built page read with an HTML parser, so every way of writing an attribute (quoted or not) is seen. */
export function parsePage(html: string): Root {
  return fromHtml(html);
}

/** Every element id on a page: the targets of #fragment links. */
export function idsIn(page: Root): Set<string> {
  const ids = new Set<string>();
  visit(page, 'element', (element) => {
    const { id } = element.properties;
    if (typeof id === 'string' && id !== '') ids.add(id);
  });
  return ids;
}

/** Every href on a page (links, stylesheets, icons), with its entities decoded. */
export function hrefsIn(page: Root): string[] {
  const hrefs: string[] = [];
  visit(page, 'element', (element) => {
    const { href } = element.properties;
    if (typeof href === 'string') hrefs.push(href);
  });
  return hrefs;
}
