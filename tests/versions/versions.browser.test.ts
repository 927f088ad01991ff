import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '#src/accessibility/chromium.ts';
import { runAstroBuild, TEST_TODAY } from '../helpers/fixture-site.ts';
import { serveStatic, type StaticSite } from '#src/site/static-server.ts';
import { createVersionedSite } from '../helpers/versioned-policy.ts';

let server: StaticSite;
let browser: Browser;
before(async () => {
  const root = await createVersionedSite();
  const build = await runAstroBuild(root, { POLICY_SITE_TODAY: TEST_TODAY });
  assert.equal(build.code, 0, build.output);
  server = await serveStatic(path.join(root, 'dist'));
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const PAGES = ['policies/online-safety/versions/', 'policies/online-safety/versions/1.0/', 'policies/online-safety/versions/1.1/compare/', 'changes/'];

test('version, compare and changes pages have no axe violations and no sideways scrolling at 320 px', async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  const failures: string[] = [];
  for (const url of PAGES) {
    await page.goto(server.url + url);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    failures.push(...results.violations.map((violation) => `${url}: ${violation.id}: ${violation.help}`));
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    if (wide) failures.push(`${url}: scrolls sideways at 320 px`);
  }
  await context.close();
  assert.deepEqual(failures, []);
});

test('the date picker names the version in force on a date and links to it', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}policies/online-safety/versions/`);
  await page.getByLabel('Date', { exact: true }).fill('2023-03-14');
  await page.getByRole('button', { name: 'Find the version' }).click();
  const answer = page.getByRole('status');
  assert.match(await answer.innerText(), /On 14 March 2023, version 1\.0 was in force\./);
  await answer.getByRole('link', { name: 'Read version 1.0' }).click();
  await page.waitForURL(/\/versions\/1\.0\/$/);

  await page.goto(`${server.url}policies/online-safety/versions/`);
  await page.getByLabel('Date', { exact: true }).fill('2020-01-01');
  await page.getByRole('button', { name: 'Find the version' }).click();
  assert.match(await page.getByRole('status').innerText(), /No approved version was in force on 1 January 2020\./);
});

test('without JavaScript the picker is hidden and the table still answers the question', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${server.url}policies/online-safety/versions/`);
  assert.equal(await page.getByLabel('Date', { exact: true }).isVisible(), false);
  assert.match(await page.getByRole('table').innerText(), /in force from 14 July 2021 to 5 March 2024/);
  await context.close();
});

test('search leaves archived copies out until someone asks for them, then finds the version that has the words', async () => {
  const page = await browser.newPage();
  const status = page.locator('#search-status');
  const results = page.locator('#search-results-list > li');
  const statusChangesAfter = async (change: () => Promise<void>) => {
    const before = await status.textContent();
    await change();
    await page.waitForFunction((text) => (document.getElementById('search-status')?.textContent ?? text) !== text, before);
  };
  const archivedCopies = async () => (await results.allInnerTexts()).filter((text) => /Archived copy/.test(text));
  // Only the first draft told staff to "think before accepting" a friend request.
  await page.goto(`${server.url}search/?q=think+before+accepting`);
  await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '') !== '');
  assert.deepEqual(await archivedCopies(), [], 'no archived copy unless asked for');

  await page.getByText('Filter the results').click();
  await statusChangesAfter(() => page.getByLabel('Include archived copies of earlier versions').check());
  const draft = results.filter({ hasText: 'Archived copy of version 0.1' });
  assert.equal(await draft.count(), 1, 'the draft that said it is found');
  assert.match(await draft.getByRole('link').first().getAttribute('href') ?? '', /\/policies\/online-safety\/versions\/0\.1\/#friend-requests$/);
  assert.match(page.url(), /[?&]versions=all/);

  await statusChangesAfter(() => page.getByLabel('Include archived copies of earlier versions').uncheck());
  assert.deepEqual(await archivedCopies(), [], 'unticked, the archived copies go again');
  await page.close();
});
