import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Every HTML page in a built site, as paths relative to the site root (index.html, policies/x/index.html). */
export async function builtPages(distDir: string): Promise<string[]> {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(distDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The address a page is served at: policies/x/index.html is policies/x/. */
export function pageUrl(siteUrl: string, page: string): string {
  return new URL(page.replace(/(^|\/)index\.html$/, '$1'), siteUrl).href;
}
