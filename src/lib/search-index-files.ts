/**
 * Which of the files Pagefind produces the site publishes. Pagefind also writes its ready-made
 * search interfaces; this site has its own accessible one, so those would only be dead weight
 * in every copy of the site (about 430 KB).
 */
const READY_MADE_UI = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

export function isPublishedIndexFile(path: string): boolean {
  return !READY_MADE_UI.test(path);
}

/** How many pages are in the index, from Pagefind's pagefind-entry.json. */
export function indexedPageCount(entryJson: string): number {
  const entry = JSON.parse(entryJson) as { languages?: Record<string, { page_count?: number }> };
  return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
}
