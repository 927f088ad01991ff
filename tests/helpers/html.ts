import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { hrefsIn as hrefsInPage, idsIn as idsInPage, parsePage } from '#src/governance/page-links.ts';

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
