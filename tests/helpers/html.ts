import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
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

/** The element with this id, parsed as the site's own checks parse a page. */
export function elementById(html: string, id: string): Element | undefined {
  let found: Element | undefined;
  visit(parsePage(html), 'element', (element) => {
    if (element.properties['id'] === id) found ??= element;
  });
  return found;
}

/** Every id on a page in document order, repeats included, to show that none is repeated. */
export function idsInOrder(html: string): string[] {
  const ids: string[] = [];
  visit(parsePage(html), 'element', (element) => {
    if (typeof element.properties['id'] === 'string') ids.push(element.properties['id']);
  });
  return ids;
}

/** Every picture on a page: its address, its alt text and its classes. */
export function imagesIn(html: string): { src: string; alt: string; className: string[] }[] {
  const images: { src: string; alt: string; className: string[] }[] = [];
  visit(parsePage(html), 'element', (element) => {
    if (element.tagName !== 'img') return;
    const { src, alt, className } = element.properties;
    images.push({ src: String(src ?? ''), alt: String(alt ?? ''), className: Array.isArray(className) ? className.map(String) : [] });
  });
  return images;
}
