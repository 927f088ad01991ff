import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { AXE_TAGS, recordAccessibilityReport } from '#src/accessibility/accessibility-report.ts';
import { axePages } from '#src/accessibility/axe-pages.ts';
import { buildDate } from '#src/site/build-date.ts';
import { openTrustSite, type BrowserSite } from '../helpers/browser-site.ts';
import { builtPages, pageUrl } from '#src/site/built-pages.ts';
import { REPOSITORY_ROOT } from '../helpers/fixture-site.ts';
import { nuHtmlCheck } from '#src/accessibility/nu-html-checker.ts';
import { brokenInternalLinks } from '#src/checks/link-check.ts';
import { policyFolders } from '#src/policy/policy-folders.ts';
import { trustPoliciesDir } from '../helpers/sample-policies.ts';

/**
 * Every page the Trust publishes, built from its own policies (the samples while the site still has
 * them, none at all just after it removes them), checked as its staff will meet them.
 */
let site: BrowserSite;
let pages: string[];
before(async () => {
  site = await openTrustSite();
  // The list comes from the build itself, so a new page is checked without anyone adding it here.
  pages = await builtPages(site.build.distDir);
});
after(async () => { await site?.close(); });

test('the build has the pages this test expects to check: the site\'s own, and a page for each policy the Trust has', async () => {
  const policies = await policyFolders(trustPoliciesDir());
  for (const page of ['index.html', '404.html', 'accessibility/index.html', ...policies.map((id) => `policies/${id}/index.html`)]) assert.ok(pages.includes(page), page);
});

test('every internal link on every page resolves', async () => {
  assert.deepEqual(await brokenInternalLinks(site.build.distDir, '/'), []);
});

test('the W3C\'s Nu Html Checker finds no error and no warning on any built page', async () => {
  const messages = await nuHtmlCheck(site.build.distDir);
  const described = messages.map((message) => `${message.url.replace(/^.*\/dist\//, '')}:${message.lastLine ?? ''}: ${message.type}${message.subType ? ` (${message.subType})` : ''}: ${message.message}`);
  assert.deepEqual(described, []);
});

test('axe finds no WCAG 2.2 AA violation on any built page', async () => {
  const { violations, failures, axeCoreVersion } = await axePages(site.browser, site.server.url, pages);
  // The accessibility statement shows this run: the day comes from the clock in UK time, never from
  // POLICY_SITE_TODAY, which fixes the day the test site is built for, not the day it was tested.
  await recordAccessibilityReport(REPOSITORY_ROOT, {
    checkedOn: buildDate({}),
    pagesChecked: pages.length,
    axeCoreVersion,
    tags: [...AXE_TAGS],
    violations,
  });
  assert.deepEqual(failures, []);
});

test('no page scrolls sideways on a 320 pixel wide screen', async () => {
  const { page } = await site.newPage({ width: 320, height: 640 });
  const wide: string[] = [];
  for (const file of pages) {
    await page.goto(pageUrl(site.server.url, file));
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    if (scrollWidth > innerWidth) wide.push(`${file}: ${scrollWidth}px wide in a ${innerWidth}px window`);
  }
  assert.deepEqual(wide, []);
});

test('no page makes a request to anywhere but the site itself', async () => {
  const { page, requests } = await site.newPage();
  for (const file of pages) {
    await page.goto(pageUrl(site.server.url, file));
    await page.waitForLoadState('networkidle');
  }
  const outside = requests.filter((url) => !url.startsWith(site.server.origin) && !url.startsWith('data:'));
  assert.deepEqual(outside, []);
  assert.ok(requests.length >= pages.length);
});
