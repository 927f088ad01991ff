import { ARCHIVED_EDITION } from './search-marking.ts';

/**
 * Which of the files Pagefind produces the site publishes. Pagefind also writes its ready-made
 * search interfaces; this site has its own accessible one, so those would only be dead weight
 * in every copy of the site (about 430 KB).
 */
const READY_MADE_UI = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

export function isPublishedIndexFile(path: string): boolean {
  return !READY_MADE_UI.test(path);
}

/**
 * Pagefind's own files that are gzip streams already: its WebAssembly, metadata, index, fragments and
 * filters. Served with `Content-Encoding: gzip`, the browser unpacks them natively and Pagefind finds
 * them unpacked (it checks); served without, Pagefind unpacks them in JavaScript, which at 500 policies
 * made a search 15 to 20% slower.
 */
const GZIPPED_INDEX_FILE = /\.(?:pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/;

export function isGzippedIndexFile(path: string): boolean {
  return GZIPPED_INDEX_FILE.test(path);
}

/**
 * Whether a built page has text marked for search (see search-marking.ts). Pagefind ignores the
 * pages without it anyway; not handing them over at all saves a third of its memory on a large site.
 */
export function isMarkedForSearch(html: string | Buffer): boolean {
  return html.includes('data-pagefind-body');
}

const ARCHIVED_MARK = `data-search-edition="${ARCHIVED_EDITION}"`;

/** Whether a page marked for search is an archived copy of an earlier version (see searchMarking): those are indexed on their own. */
export function isArchivedCopy(html: string | Buffer): boolean {
  return html.includes(ARCHIVED_MARK);
}

const GLOB_SPECIAL = /[*?[\]{}!,\\]/;

/**
 * The pages as one glob for Pagefind to read from disk itself ("{a/index.html,b/index.html}"), which is
 * three times quicker than sending each page's HTML to it. A page whose path a glob cannot name
 * exactly is left over, to be sent as it is.
 */
export function pagesGlob(pages: readonly string[]): { glob: string | undefined; leftOver: string[] } {
  const plain = pages.filter((page) => !GLOB_SPECIAL.test(page));
  const leftOver = pages.filter((page) => GLOB_SPECIAL.test(page));
  const glob = plain.length === 0 ? undefined : plain.length === 1 ? plain[0] : `{${plain.join(',')}}`;
  return { glob, leftOver };
}

/** How many pages are in the index, from Pagefind's pagefind-entry.json. */
export function indexedPageCount(entryJson: string): number {
  const entry = JSON.parse(entryJson) as { languages?: Record<string, { page_count?: number }> };
  return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
}
