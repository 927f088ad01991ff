/**
 * Every internal link goes through here so the site works at "/" and under a base path such as
 * "/policies-site/" on an intranet. Paths are written without the base: sitePath(base, 'policies/x/').
 */
export function sitePath(base: string, path = ''): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, '')}`;
}

export function policyPath(base: string, id: string): string {
  return sitePath(base, `policies/${id}/`);
}

export function easyReadPath(base: string, id: string): string {
  return sitePath(base, `policies/${id}/easy-read/`);
}

/** The policy's id from its page's address: "disciplinary" for /policies/disciplinary/; undefined for any other page. */
export function policyIdOfPath(base: string, pagePath: string): string | undefined {
  const prefix = sitePath(base, 'policies/');
  const rest = pagePath.startsWith(prefix) ? pagePath.slice(prefix.length) : '';
  return /^[^/]+\/$/.test(rest) ? rest.slice(0, -1) : undefined;
}

/** The policy page an easy read belongs to, from the easy read's address. */
export function policyPathOfEasyRead(easyReadUrl: string): string {
  return easyReadUrl.replace(/easy-read\/$/, '');
}

/** The list of a policy's versions, with what changed in each. */
export function versionsPath(base: string, id: string): string {
  return sitePath(base, `policies/${id}/versions/`);
}

/** An earlier version of a policy, as it was approved. */
export function versionPath(base: string, id: string, version: string): string {
  return sitePath(base, `policies/${id}/versions/${version}/`);
}

/** What changed in a version, against the one before it. */
export function comparePath(base: string, id: string, version: string): string {
  return sitePath(base, `policies/${id}/versions/${version}/compare/`);
}

/** A version's own page where it can still be read; otherwise the policy's page. */
export function changePath(base: string, change: { policyId: string; version: string; readable: boolean }): string {
  return change.readable ? versionPath(base, change.policyId, change.version) : policyPath(base, change.policyId);
}

/** A file the build puts beside a policy's page, such as one of its PDFs. */
export function policyFilePath(base: string, id: string, fileName: string): string {
  return sitePath(base, `policies/${id}/${fileName}`);
}

/**
 * Where the build puts Pagefind's search index: the current pages in one, and the archived copies of
 * earlier versions in another, which the search page loads only when someone asks for them. Kept apart,
 * an everyday search reads index files a third smaller and scores only the pages it can show.
 */
export const SEARCH_INDEX_FOLDER = 'pagefind';
export const ARCHIVE_INDEX_FOLDER = 'pagefind-archive';

/** The address of one of the index folders, ending in "/" as Pagefind wants. */
export function searchIndexPath(base: string, folder: string): string {
  return sitePath(base, `${folder}/`);
}

/**
 * Where the build puts the files the search page reads besides Pagefind's index: the index's words
 * (for correcting spelling), the Trust's search terms, the related words, what the judgement lists'
 * questions teach and which indexes there are.
 * Data, not pages, so editing the terms changes no page's HTML.
 */
export const SEARCH_DATA_FOLDER = 'search-data';
export const SEARCH_VOCABULARY_FILE = 'vocabulary.json';
export const SEARCH_TERMS_DATA_FILE = 'terms.json';
/** What the judgement lists' questions teach search: see search/answered-questions/. */
export const SEARCH_QUESTIONS_FILE = 'questions.json';
/** Which indexes the build wrote, `{ "archive": true }` when it wrote one of archived copies, so the search page need not probe for it. */
export const SEARCH_INDEXES_FILE = 'indexes.json';

/** The related words of the words starting with `shard`'s letters (search/related-words/), under the search data folder. */
export function relatedWordsFile(shard: string): string {
  return `related/${shard}.json`;
}

export function searchDataPath(base: string, file: string): string {
  return sitePath(base, `${SEARCH_DATA_FOLDER}/${file}`);
}

/** Where the build puts an easy-read picture (see src/easy-read/easy-read-pictures.ts). */
export const PICTURES_FOLDER = 'easy-read/pictures';

export function picturePath(base: string, name: string): string {
  return sitePath(base, `${PICTURES_FOLDER}/${name}.svg`);
}

/** The full address of a page, for printouts and feeds. */
export function absoluteUrl(siteUrl: string, pathWithBase: string): string {
  return new URL(pathWithBase, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}

/** The stylesheet made from the Trust's brand colour, linked from every page. */
export const BRAND_STYLESHEET = 'trust/brand.css';

/** The Trust's logo, copied into the built site from the file its settings name. */
export const TRUST_LOGO = 'trust/logo.svg';
