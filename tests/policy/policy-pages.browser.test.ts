import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openSampleSite, type BrowserSite } from '../helpers/browser-site.ts';
import { STATEMENT_HEADINGS } from '../helpers/statement-headings.ts';

let site: BrowserSite;
before(async () => { site = await openSampleSite(); });
after(async () => { await site?.close(); });

test('the register lists the Social Media Policy with its status, version, owner and review status in words', async () => {
  const { page } = await site.newPage();
  await page.goto(site.server.url);
  const item = page.locator('.register > li', { has: page.getByRole('link', { name: 'Social Media Policy', exact: true }) });
  await item.waitFor();
  const text = await item.innerText();
  for (const expected of ['Version', '1.0', 'Approved', 'Director of People', 'Overdue for review: it was due by July 2024']) {
    assert.ok(text.includes(expected), `register entry shows "${expected}": ${text}`);
  }
  await item.getByRole('link', { name: 'Social Media Policy', exact: true }).click();
  await page.waitForURL(/\/policies\/social-media\/$/);
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Social Media Policy');
});

test('the policy page shows every section heading, and its contents list links to each', async () => {
  const { page } = await site.newPage();
  await page.goto(`${site.server.url}policies/social-media/`);
  const headings = await page.locator('.policy-text h2').allInnerTexts();
  assert.deepEqual(headings, [
    'Scope', 'Aims', 'Purpose of the policy', 'Principles', 'Definition of social media', 'Personal use of social media at work',
    'Social media in a personal capacity', 'Security and identity theft', 'Defamatory statements', 'Libellous statements',
    'Disciplinary action', 'Equality', 'Monitoring',
  ]);
  const contents = await page.getByRole('navigation', { name: 'On this page' }).getByRole('link').allInnerTexts();
  assert.deepEqual(contents, headings);
});

test('a section link and a paragraph link land on the section, in view', async () => {
  const { page } = await site.newPage({ width: 390, height: 700 });
  await page.goto(`${site.server.url}policies/social-media/`);
  await page.getByRole('link', { name: 'Link to this section: Libellous statements' }).click();
  assert.match(page.url(), /#libellous-statements$/);
  const top = await page.locator('#libellous-statements').evaluate((element) => element.getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 200, `the heading is at the top of the screen (top ${top})`);

  await page.goto(`${site.server.url}policies/social-media/#paragraph-c`);
  const paragraph = page.locator('#paragraph-c');
  assert.match(await paragraph.innerText(), /^abuse their position of trust when working with students/);
  const box = await paragraph.evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);
  assert.ok(box.top >= 0 && box.top < 700, `paragraph C is on screen (top ${box.top})`);
  assert.equal(await paragraph.evaluate((element) => element.matches(':target')), true);
});

test('the first Tab reaches a visible skip link that moves focus into the main content', async () => {
  const { page } = await site.newPage();
  await page.goto(`${site.server.url}policies/social-media/`);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  assert.equal(await skip.evaluate((element) => element === document.activeElement), true);
  const box = await skip.boundingBox();
  assert.ok(box && box.y >= 0 && box.height > 0, 'the skip link is on screen when focused');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main-content');
});

test('a page that does not exist gets a helpful 404 with a way back to the register', async () => {
  const { page } = await site.newPage();
  const response = await page.goto(`${site.server.url}policies/no-such-policy/`);
  assert.equal(response?.status(), 404);
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Page not found');
  await page.getByRole('link', { name: 'list of all policies, A to Z' }).click();
  await page.waitForURL(site.server.url);
});

test('following a cross-reference lands on the section of the other policy, which refers back', async () => {
  const { page } = await site.newPage({ width: 390, height: 800 });
  await page.goto(`${site.server.url}policies/code-of-conduct/`);
  const link = page.locator('.policy-text a[href$="/policies/social-media/#paragraph-c"]').first();
  await link.click();
  await page.waitForURL(/\/policies\/social-media\/#paragraph-c$/);
  const paragraph = page.locator('#paragraph-c');
  const top = await paragraph.evaluate((element) => element.getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 400, `paragraph C is on screen (top ${top})`);

  const referredToBy = page.getByRole('region', { name: 'Referred to by' });
  assert.match(await referredToBy.innerText(), /Employee Code of Conduct/);
  const related = page.getByRole('region', { name: 'Related policies' });
  assert.equal(await related.getByRole('link').count(), 6);
  await page.getByRole('link', { name: 'Whistleblowing Procedure' }).first().click();
  await page.waitForURL(/\/policies\/whistleblowing\/$/);
  assert.match(await page.getByRole('region', { name: 'Referred to by' }).innerText(), /Social Media Policy: .*Libellous statements/);
});

test('the footer leads to the accessibility statement, whose nine sections are headings in the model statement\'s order', async () => {
  const { page } = await site.newPage({ width: 390, height: 800 });
  await page.goto(`${site.server.url}policies/social-media/`);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement' }).click();
  await page.waitForURL(/\/accessibility\/$/);
  assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /^Accessibility statement/);
  assert.deepEqual(await page.getByRole('main').getByRole('heading', { level: 2 }).allInnerTexts(), STATEMENT_HEADINGS);
  assert.match(await page.getByRole('main').innerText(), /This website was last tested on \d{1,2} [A-Z][a-z]+ \d{4}\./);
});

test('a policy page offers its owner a link to edit the policy\'s own file in GitHub\'s web editor', async () => {
  const { page } = await site.newPage();
  await page.goto(`${site.server.url}policies/social-media/`);
  const href = await page.getByRole('link', { name: 'Edit this policy' }).getAttribute('href');
  assert.match(href ?? '', /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/edit\/main\/policies\/social-media\/index\.mdx$/);
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
