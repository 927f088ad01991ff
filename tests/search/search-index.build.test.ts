import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { buildFixtureSite, type BuildResult } from '../helpers/fixture-site.ts';
import { builtPages } from '#src/site/built-pages.ts';
import { toText } from 'hast-util-to-text';
import type { Element } from 'hast';
import { elementById, htmlText } from '../helpers/html.ts';

let build: BuildResult;
let underBase: BuildResult;
before(async () => {
  build = await buildFixtureSite({ withSamplePolicies: true });
  assert.equal(build.code, 0, build.output);
  underBase = await buildFixtureSite({ withSamplePolicies: true, env: { POLICY_SITE_BASE: '/policies-site/' } });
  assert.equal(underBase.code, 0, underBase.output);
});

async function indexFiles(distDir: string): Promise<string[]> {
  const entries = await readdir(path.join(distDir, 'pagefind'), { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(path.join(distDir, 'pagefind'), path.join(entry.parentPath, entry.name)));
}

test('npm run build alone writes the search index, with one entry per policy page and nothing else', async () => {
  const entry = JSON.parse(await readFile(path.join(build.distDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  assert.deepEqual(Object.keys(entry.languages), ['en']);
  const policyPages = (await builtPages(build.distDir)).filter((page) => /^policies\/[^/]+\/(easy-read\/)?index\.html$/.test(page));
  assert.equal(policyPages.length, 14, 'seven policies and their easy reads');
  assert.equal(entry.languages['en']!.page_count, policyPages.length, 'the register, the 404 page and the search page are not in the index');
  assert.match(build.output, /Indexed 14 pages for search/);
  const files = await indexFiles(build.distDir);
  for (const needed of ['pagefind.js', 'pagefind-entry.json', 'wasm.en.pagefind']) assert.ok(files.includes(needed), needed);
  assert.ok(files.some((file) => file.startsWith('fragment/')) && files.some((file) => file.startsWith('index/')) && files.some((file) => file.startsWith('filter/')));
  assert.deepEqual(files.filter((file) => /ui\.(js|css)$|highlight/.test(file)), [], 'no ready-made search interface is published');
});

test('under a base path the index is written beside the pages, and the search page knows where to load it from', async () => {
  assert.ok((await stat(path.join(underBase.distDir, 'pagefind/pagefind.js'))).isFile());
  const search = await readFile(path.join(underBase.distDir, 'search/index.html'), 'utf8');
  assert.match(search, /<form id="search-form"[^>]* action="\/policies-site\/search\/" method="get" data-base="\/policies-site\/"/);
  const policy = await readFile(path.join(underBase.distDir, 'policies/social-media/index.html'), 'utf8');
  assert.match(policy, /<form class="header-search" role="search"[^>]* action="\/policies-site\/search\/" method="get"/);
});

test('only the policy text is marked for the index, with its details, and the keywords are hidden', async () => {
  const html = await readFile(path.join(build.distDir, 'policies/social-media/index.html'), 'utf8');
  const bodies = [...html.matchAll(/<div class="policy-text"([^>]*)>/g)];
  assert.equal(bodies.length, 1);
  assert.equal([...html.matchAll(/data-pagefind-body/g)].length, 1, 'one indexed region: not the header, banners, details or footer');
  const attributes = bodies[0]![1]!;
  for (const expected of ['data-search-title="Social Media Policy"', 'data-search-status-label="Approved"', 'data-search-format="Full policy"', 'data-search-owner="Director of People"', 'data-search-category="Conduct"', 'data-search-audience-1="All staff"']) {
    assert.ok(attributes.includes(expected), expected);
  }
  assert.match(html, /<p id="search-keywords" hidden>.*Social Media Policy\..*X, Twitter, Facebook.*friend request.*<\/p>/s);
  assert.doesNotMatch(htmlText(html.replace(/<p id="search-keywords" hidden>[\s\S]*?<\/p>/, '')), /TikTok/, 'keywords appear nowhere else on the page');
  for (const page of ['index.html', '404.html', 'search/index.html']) {
    assert.doesNotMatch(await readFile(path.join(build.distDir, page), 'utf8'), /data-pagefind-body/, page);
  }
});

test('a lettered paragraph\'s search words are hidden inside its own list item, so the index counts them for that paragraph', async () => {
  const html = await readFile(path.join(build.distDir, 'policies/social-media/index.html'), 'utf8');
  const paragraph = elementById(html, 'paragraph-d');
  assert.ok(paragraph, 'paragraph D is on the page');
  const words = paragraph.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'p');
  assert.equal(words.length, 1);
  assert.deepEqual(words[0]!.properties['className'], ['search-words']);
  assert.equal(words[0]!.properties['hidden'], true);
  assert.match(toText(words[0]!), /^copyright, memes/);
  assert.doesNotMatch(htmlText(html), /memes/, 'nobody sees them');
});

test('every page but the search page has a search box in its header that works without script', async () => {
  for (const page of await builtPages(build.distDir)) {
    const html = await readFile(path.join(build.distDir, page), 'utf8');
    if (page === 'search/index.html') {
      assert.doesNotMatch(html, /header-search/);
      continue;
    }
    const form = /<form class="header-search"[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';
    assert.match(form, /action="\/search\/" method="get"/, page);
    assert.match(form, /<label[^>]* for="header-search-q">Search policies<\/label>/, page);
    assert.match(form, /<input[^>]* type="search" id="header-search-q" name="q"/, page);
  }
});

test('the search page says what to do without JavaScript, and loads its script on no other page', async () => {
  const search = await readFile(path.join(build.distDir, 'search/index.html'), 'utf8');
  const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(search)?.[1] ?? '';
  assert.match(htmlText(noscript), /Search needs JavaScript .* A to Z list of all policies/);
  assert.match(noscript, /href="\/"/);
  assert.match(search, /<label id="search-q-label"[^>]* for="search-q">Search all policies<\/label>/);
  assert.match(search, /<p id="search-status" class="search-status" role="status"><\/p>/);
  assert.doesNotMatch(search, /autofocus/);
  const script = /<script type="module" src="([^"]+)"/.exec(search)?.[1];
  assert.ok(script, 'the search page loads its script from the site');
  const code = await readFile(path.join(build.distDir, script), 'utf8');
  assert.ok(code.length < 36_000, `the search script stays small (${code.length} bytes): it must not pull in build-time code such as zod`);
  // The only other script is the "in force on a date" picker, on each policy's versions page.
  for (const page of await builtPages(build.distDir)) {
    if (page === 'search/index.html' || /^policies\/[^/]+\/versions\/index\.html$/.test(page)) continue;
    assert.doesNotMatch(await readFile(path.join(build.distDir, page), 'utf8'), /<script/i, page);
  }
});
