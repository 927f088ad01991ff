import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { AXE_TAGS, recordAccessibilityReport } from '#src/accessibility/accessibility-report.ts';
import { axePages } from '#src/accessibility/axe-pages.ts';
import { buildDate } from '#src/site/build-date.ts';
import { openBuiltSite, type BrowserSite } from '../helpers/browser-site.ts';
import { builtPages, pageUrl } from '#src/site/built-pages.ts';
import { REPOSITORY_ROOT } from '../helpers/fixture-site.ts';
import { nuHtmlCheck } from '#src/accessibility/nu-html-checker.ts';

let site: BrowserSite;
let pages: string[];
before(async () => {
  site = await openBuiltSite();
  // The list comes from the build itself, so a new page is checked without anyone adding it here.
  pages = await builtPages(site.build.distDir);
});
after(async () => { await site?.close(); });

test('the build has the pages this test expects to check', () => {
  for (const page of ['index.html', '404.html', 'accessibility/index.html', 'policies/social-media/index.html']) assert.ok(pages.includes(page), page);
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

test('a wide table\'s caption stays in view while the table scrolls sideways on a phone', async () => {
  for (const width of [320, 375]) {
    const { page } = await site.newPage({ width, height: 700 });
    for (const path of ['reviews/', 'policies/social-media/versions/']) {
      await page.goto(`${site.server.url}${path}`);
      const place = await page.evaluate(() => {
        const region = document.querySelector('.table-scroll')!;
        region.scrollLeft = region.scrollWidth;
        const words = document.createRange();
        words.selectNodeContents(region.querySelector('caption')!);
        const caption = words.getBoundingClientRect();
        const box = region.getBoundingClientRect();
        return { scrolled: region.scrollLeft, inView: caption.left >= box.left - 1 && caption.right <= box.right + 1 };
      });
      assert.ok(place.scrolled > 0, `${path} at ${width} px: the table scrolls sideways`);
      assert.ok(place.inView, `${path} at ${width} px: the caption is still in view when the table is scrolled to its end`);
    }
    await page.context().close();
  }
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
