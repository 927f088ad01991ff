import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { hrefsIn, parsePage } from './page-links.ts';
import { builtPages } from '#src/site/built-pages.ts';
import { policyPath } from '#src/site/urls.ts';

/** Pages that list every policy, so any change to a policy can change them. */
const LISTING_PAGES = ['index.html', 'changes/index.html', 'reviews/index.html', 'alternative-formats/index.html'];

/**
 * The built pages a change to these policies can have changed: each policy's own pages (its page,
 * easy read, versions and comparisons), every page that links to one of them, and the lists of all
 * policies. These are the pages a quick check of a policy-only change looks at.
 */
export async function pagesTouchedBy(distDir: string, base: string, policies: readonly string[]): Promise<string[]> {
  const pages = await builtPages(distDir);
  const own = policies.map((id) => `policies/${id}/`);
  const targets = policies.map((id) => policyPath(base, id));
  const touched = new Set(pages.filter((page) => own.some((folder) => page.startsWith(folder)) || LISTING_PAGES.includes(page)));
  for (const page of pages) {
    if (touched.has(page)) continue;
    const html = await readFile(path.join(distDir, page));
    // A page that names none of the policies' addresses cannot link to one: only the few that do are
    // parsed (a policy id is plain letters, digits and hyphens, so a link to it is written as it is).
    if (!targets.some((target) => html.includes(target))) continue;
    const links = hrefsIn(parsePage(html.toString('utf8')));
    if (links.some((href) => targets.some((target) => href.startsWith(target)))) touched.add(page);
  }
  return [...touched].sort();
}
