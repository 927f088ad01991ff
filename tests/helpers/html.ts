import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { hrefsIn as hrefsInPage, idsIn as idsInPage, parsePage } from '#src/checks/page-links.ts';

/** The visible text of an HTML page, as a reader meets it: entities decoded, spaces collapsed. */
export function htmlText(html: string): string {
  return toText(fromHtml(html)).replace(/\s+/g, ' ').trim();
}

export function hrefsIn(html: string): string[] {
  return hrefsInPage(parsePage(html));
}

export function idsIn(html: string): Set<string> {
  return idsInPage(parsePage(html));
}

/** Every id on a page in document order, repeats included, to show that none is repeated. */
export function idsInOrder(html: string): string[] {
  const ids: string[] = [];
  visit(parsePage(html), 'element', (element) => {
    if (typeof element.properties['id'] === 'string') ids.push(element.properties['id']);
  });
  return ids;
}
