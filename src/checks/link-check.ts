import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { builtPages } from '#src/site/built-pages.ts';
import { hrefsIn, idsIn, parsePage } from './page-links.ts';

export interface BrokenLink { page: string; href: string; reason: string }

const ORIGIN = 'http://site.invalid';

/**
 * Checks every internal link on every built page: it must sit under the base path, lead to a
 * file in the build, and any #fragment must be an id on the page it leads to.
 */
export async function brokenInternalLinks(distDir: string, base: string): Promise<BrokenLink[]> {
  const broken: BrokenLink[] = [];
  const idCache = new Map<string, Set<string>>();
  const idsOf = async (file: string) => {
    let ids = idCache.get(file);
    if (!ids) idCache.set(file, (ids = idsIn(parsePage(await readFile(file, 'utf8')))));
    return ids;
  };
  for (const page of await builtPages(distDir)) {
    const file = path.join(distDir, page);
    const html = parsePage(await readFile(file, 'utf8'));
    const pageUrl = new URL(`${ORIGIN}${base}${page.replace(/(^|\/)index\.html$/, '$1')}`);
    for (const href of hrefsIn(html)) {
      const target = new URL(href, pageUrl);
      if (target.origin !== pageUrl.origin) continue;
      if (!target.pathname.startsWith(base)) {
        broken.push({ page, href, reason: `does not start with the base path ${base}` });
        continue;
      }
      let targetFile = path.join(distDir, decodeURIComponent(target.pathname.slice(base.length)));
      if (target.pathname.endsWith('/')) targetFile = path.join(targetFile, 'index.html');
      const exists = await stat(targetFile).then((info) => info.isFile(), () => false);
      if (!exists) {
        broken.push({ page, href, reason: 'leads to no page' });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && targetFile.endsWith('.html') && !(await idsOf(targetFile)).has(fragment)) {
        broken.push({ page, href, reason: `has no id "${fragment}" on the page it leads to` });
      }
    }
  }
  return broken;
}

/** Every link to another site, with the pages it is on. */
export async function externalLinks(distDir: string): Promise<Map<string, string[]>> {
  const links = new Map<string, string[]>();
  for (const page of await builtPages(distDir)) {
    const html = parsePage(await readFile(path.join(distDir, page), 'utf8'));
    for (const href of hrefsIn(html)) {
      if (!/^https?:\/\//i.test(href)) continue;
      const url = href.replace(/#.*$/, '');
      links.set(url, [...new Set([...(links.get(url) ?? []), page])]);
    }
  }
  return links;
}

/** Whether an outside address answers; a HEAD refused by the server is retried as a GET. */
export async function checkExternalLink(url: string, timeoutMs: number): Promise<string | undefined> {
  const attempt = async (method: 'HEAD' | 'GET') => fetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
  try {
    let response = await attempt('HEAD');
    if (response.status === 405 || response.status === 403 || response.status === 501) response = await attempt('GET');
    return response.ok ? undefined : `answered ${response.status} ${response.statusText}`.trim();
  } catch (error) {
    return error instanceof Error && error.name === 'TimeoutError' ? `did not answer within ${timeoutMs / 1000} seconds` : `could not be reached (${error instanceof Error ? error.message : String(error)})`;
  }
}
