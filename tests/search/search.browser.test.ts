import { after, before, describe, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { openSampleSite, type BrowserSite } from '../helpers/browser-site.ts';
import { launchBrowser } from '#src/accessibility/chromium.ts';
import { buildFixtureSite, policySource } from '../helpers/fixture-site.ts';
import { serveStatic } from '#src/site/static-server.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Waits until the live region announces the outcome of a search for `query`. */
async function announced(page: Page, query: string): Promise<string> {
  await page.waitForFunction((words) => document.getElementById('search-status')?.textContent?.includes(`“${words}”`), query);
  return page.getByRole('status').innerText();
}

async function searchFor(page: Page, query: string): Promise<string> {
  await page.getByRole('searchbox', { name: 'Search all policies' }).fill(query);
  return announced(page, query);
}

interface Result { title: string; section: string; href: string; labels: string; excerpt: string; marked: string[] }

async function results(page: Page): Promise<Result[]> {
  const items = await page.locator('#search-results-list > li').all();
  return Promise.all(items.map(async (item) => {
    const link = item.getByRole('heading', { level: 3 }).getByRole('link');
    return {
      title: await link.locator('.search-result__title').innerText(),
      section: await link.locator('.search-result__section').innerText(),
      href: (await link.getAttribute('href')) ?? '',
      labels: await item.locator('.search-result__labels').innerText(),
      excerpt: await item.locator('.search-result__excerpt').innerText(),
      marked: await item.locator('.search-result__excerpt mark').allInnerTexts(),
    };
  }));
}

describe('search at the site root', () => {
  let site: BrowserSite;
  before(async () => { site = await openSampleSite(); });
  after(async () => { await site?.close(); });

  test('"twitter" finds the Social Media Policy at its definition section, announced, with the query in the address', async (t: TestContext) => {
    const { page, requests } = await site.newPage();
    await page.goto(`${site.server.url}search/`);
    const started = performance.now();
    const status = await searchFor(page, 'twitter');
    t.diagnostic(`typing to results announced: ${Math.round(performance.now() - started)} ms, including the 250 ms pause after typing`);
    assert.equal(status, '1 result for “twitter”.');
    const [first] = await results(page);
    assert.deepEqual(
      { title: first!.title, section: first!.section, href: first!.href, marked: first!.marked },
      { title: 'Social Media Policy', section: 'Definition of social media', href: '/policies/social-media/#definition-of-social-media', marked: ['Twitter'] },
    );
    assert.equal(await page.evaluate(() => location.search), '?q=twitter');
    assert.equal(await page.getByRole('heading', { level: 2, name: 'Results' }).isVisible(), true);
    assert.deepEqual(requests.filter((url) => !url.startsWith(site.server.origin)), [], 'no request leaves the site');
  });

  test('"friend request" finds paragraph C of the Social Media Policy and following it lands there', async () => {
    const { page } = await site.newPage({ width: 390, height: 800 });
    await page.goto(`${site.server.url}search/`);
    assert.match(await searchFor(page, 'friend request'), /^\d+ results for “friend request”\.$/);
    const found = await results(page);
    const [first] = found;
    assert.equal(first!.title, 'Social Media Policy');
    assert.equal(first!.section, 'Social media in a personal capacity, paragraph C');
    assert.equal(first!.href, '/policies/social-media/#paragraph-c');
    assert.match(first!.excerpt, /accepting any requests to become a named friend on a social networking site made by a student/);
    assert.deepEqual(first!.marked, ['requests', 'friend']);
    assert.ok(found.some((result) => result.title === 'Employee Code of Conduct' && /^Draft: not approved/.test(result.labels)), 'a draft is labelled as one');
    assert.equal(found.filter((result) => result.title === 'Social Media Policy').length, 1, 'a policy and its easy read take one place');
    assert.match(await page.locator('#search-results-list > li').first().locator('.search-result__more').innerText(), /easy read: /);
    assert.doesNotMatch(first!.labels, /Draft/);
    await page.locator('#search-results-list > li').first().getByRole('heading').getByRole('link').click();
    await page.waitForURL(/\/policies\/social-media\/#paragraph-c$/);
    const paragraph = page.locator('#paragraph-c');
    assert.equal(await paragraph.evaluate((element) => element.matches(':target')), true);
    const top = await paragraph.evaluate((element) => element.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 400, `paragraph C is on screen (top ${top})`);
  });

  test('the questions and words staff actually type find the policy that answers', async () => {
    const { page } = await site.newPage();
    await page.goto(`${site.server.url}search/`);
    const expected: [query: string, title: string, section: RegExp][] = [
      ['can I accept a friend request from a parent', 'Social Media Policy', /^Social media in a personal capacity, paragraph C$/],
      ['X', 'Social Media Policy', /^(Matches the keyword “X”|What social media is)$/],
      ['facebook', 'Social Media Policy', /^Definition of social media$/],
      ['bullying', 'Dignity at Work: preventing bullying and harassment', /bull/i],
      ['grievance', 'Dignity at Work: preventing bullying and harassment', /^Making a formal complaint$/],
      ['whistleblowing', 'Whistleblowing Procedure', /^What whistleblowing is$/],
      ['disciplinary hearing', 'Disciplinary Procedure', /^The disciplinary hearing$/],
      // A policy's name leads to that policy, though others name it more often ("see the Whistleblowing Policy"), at a section its name picks: "policy" says nothing of where.
      ['whistleblowing policy', 'Whistleblowing Procedure', /^What whistleblowing is$/],
      ['disciplinary policy', 'Disciplinary Procedure', /./],
      ['dignity at work', 'Dignity at Work: preventing bullying and harassment', /./],
      // A lettered paragraph's own search words ("side room", "1 to 1") lead to it, not to the top of its section.
      ['doing 1 to 1 reading with a child in a side room on my own', 'Employee Code of Conduct', /^Professional boundaries and relationships with pupils, paragraph E$/],
      // A long, worried message: its point is in its commoner words, among passing ones.
      ['head says a post i made has got to come down today or else, can they actually make me take it off my own page', 'Social Media Policy', /^Disciplinary action$/],
    ];
    for (const [query, title, section] of expected) {
      assert.match(await searchFor(page, query), /^\d+ results? for/, query);
      const [first] = await results(page);
      assert.equal(first?.title, title, query);
      assert.match(first!.section, section, query);
    }
    assert.ok((await results(page)).length >= 1);
    // "phone" alone could mean several policies: the one on devices leads, at a section about phones, and the Social Media Policy is near the top.
    await searchFor(page, 'phone');
    const phone = (await results(page)).slice(0, 3);
    assert.ok(phone[0]?.title === 'Acceptable Use of Email, Intranet and Internet' && /devices|pupils and parents/.test(phone[0].section), '"phone" finds the Acceptable Use policy at a section on phones');
    assert.ok(phone.some((result) => result.title === 'Social Media Policy'), '"phone" finds the Social Media Policy, a keyword of it');
  });

  test('a question like those the judgement lists answer leads where they do, though it is in none of them; a search of a word or two never fetches what they teach; without it, search still answers', async () => {
    const question = 'think our business manager is fiddling invoices who should i tell';
    const { page, requests } = await site.newPage();
    const taught = () => requests.filter((url) => url.endsWith('/search-data/questions.json')).length;
    await page.goto(`${site.server.url}search/`);
    await searchFor(page, 'fiddling invoices');
    assert.equal(taught(), 0, 'two words: nothing more is downloaded');
    await searchFor(page, question);
    assert.equal(taught(), 1);
    const [first] = await results(page);
    assert.equal(first?.title, 'Whistleblowing Procedure');
    assert.equal(first?.href, '/policies/whistleblowing/#raising-a-concern-inside-the-trust');

    const { page: without } = await site.newPage();
    await without.route('**/search-data/questions.json', (route) => route.fulfill({ status: 404 }));
    await without.goto(`${site.server.url}search/`);
    assert.match(await searchFor(without, question), /^\d+ results? for/);
    assert.ok((await results(without)).length >= 1);
  });

  test('a status filter narrows the results, is kept in the address, and a format filter can be ticked', async () => {
    const { page } = await site.newPage();
    await page.goto(`${site.server.url}search/?q=friend+request`);
    const everything = Number(/^(\d+) results for “friend request”\.$/.exec(await announced(page, 'friend request'))?.[1]);
    await page.getByText('Filter the results').click();
    const status = page.getByRole('group', { name: 'Status' });
    await status.getByRole('checkbox', { name: 'Approved' }).check();
    await page.waitForFunction(() => document.getElementById('search-status')?.textContent?.includes('with the filters you chose'));
    const approved = Number(/^(\d+) results? for “friend request” with the filters you chose\.$/.exec(await page.getByRole('status').innerText())?.[1]);
    assert.ok(approved >= 1 && approved < everything, `the filter narrows ${everything} results to ${approved}`);
    const titles = (await results(page)).map((result) => result.title);
    assert.equal(titles[0], 'Social Media Policy');
    assert.equal(new Set(titles).size, titles.length, 'the policy and its easy read are one result');
    assert.equal(await page.evaluate(() => location.search), '?q=friend+request&status=Approved');

    await status.getByRole('checkbox', { name: 'Approved' }).uncheck();
    await status.getByRole('checkbox', { name: 'Draft' }).check();
    await page.waitForFunction(() => location.search.includes('status=Draft'));
    // The address changes before the new results are drawn: wait for the list itself to change.
    await page.waitForFunction(() => document.querySelector('#search-results-list .search-result__title')?.textContent === 'Employee Code of Conduct');
    assert.ok((await results(page)).every((result) => /^Draft/.test(result.labels)), 'only drafts');
    const drafts = await page.getByRole('status').innerText();
    assert.match(drafts, /^\d+ results? for “friend request” with the filters you chose\.$/);

    await page.getByRole('group', { name: 'Format' }).getByRole('checkbox', { name: 'Full policy' }).check();
    await page.waitForFunction(() => location.search.includes('format=Full+policy'));
    await page.waitForFunction(() => [...document.querySelectorAll('#search-results-list .search-result__labels')].every((labels) => !/Easy read/.test(labels.textContent ?? '')));

    // The same address, opened afresh, shows the same search with its filters ticked and open.
    await page.goto(`${site.server.url}search/?q=friend+request&status=Draft`);
    assert.equal(await announced(page, 'friend request'), drafts);
    assert.equal(await page.getByRole('checkbox', { name: 'Draft' }).isChecked(), true);
    assert.equal(await page.locator('#search-filters').evaluate((details) => (details as HTMLDetailsElement).open), true);
  });

  test('with no archived copies to search, the filters offer none, and the page loads without a failed request', async () => {
    const { page } = await site.newPage();
    const failed: string[] = [];
    page.on('response', (response) => { if (!response.ok()) failed.push(`${response.status()} ${response.url()}`); });
    page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
    await page.goto(`${site.server.url}search/?q=sick`);
    await announced(page, 'sick');
    await page.getByText('Filter the results').click();
    assert.equal(await page.getByRole('group', { name: 'Status' }).isVisible(), true);
    assert.equal(await page.getByLabel('Include archived copies of earlier versions').count(), 0);
    assert.deepEqual(failed, [], 'every file the page asked for was there');
  });

  test('a search with no results says so and offers the A to Z register', async () => {
    const { page } = await site.newPage();
    await page.goto(`${site.server.url}search/`);
    assert.equal(await searchFor(page, 'xyzzy'), 'No policies match “xyzzy”.');
    assert.deepEqual(await results(page), []);
    assert.equal(await page.locator('#search-results').isVisible(), false);
    await page.getByRole('link', { name: 'A to Z list of all policies' }).click();
    await page.waitForURL(site.server.url);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Staff policies');
  });

  test('a word no policy uses is corrected when it is a slip, not when it is a real word; what only related words find is offered as a guess, with the email', async () => {
    const { page } = await site.newPage();
    await page.goto(`${site.server.url}search/`);
    await page.getByRole('searchbox', { name: 'Search all policies' }).fill('harrasment');
    assert.match(await announced(page, 'harassment'), /results? for “harassment”/);
    assert.match(await page.locator('#search-spelling').innerText(), /^Showing results for harassment; search instead for harrasment\.$/);
    await page.getByRole('searchbox', { name: 'Search all policies' }).fill('What counts as harrasment?');
    assert.match(await announced(page, 'What counts as harassment?'), /for “What counts as harassment\?”/, 'the question as typed, only the slip put right');
    assert.match(await page.locator('#search-spelling').innerText(), /^Showing results for What counts as harassment\?; search instead for What counts as harrasment\?\.$/);
    assert.match(await searchFor(page, 'social-media'), /^\d+ results? for “social-media”\.$/, 'a hyphenated word no policy writes with a hyphen is searched as its parts');
    assert.equal((await results(page))[0]?.title, 'Social Media Policy');
    const guess = await searchFor(page, 'garage');
    assert.match(guess, /^No policy uses the words “garage”\. \d+ results? with words like them, which may not be what you need\.$/, 'not "corrected" to another word, and not passed off as an answer');
    assert.equal(await page.locator('#search-spelling').isVisible(), false);
    assert.equal(await page.locator('#search-no-results').isVisible(), true, 'what to try, and the email, still show');
    const tellUs = page.locator('#search-tell-us');
    assert.match(await tellUs.innerText(), /Tell us what you were looking for/);
  });

  test('with the keyboard alone: nothing is focused on arrival, type, tab to the first result and open it', async () => {
    const { page } = await site.newPage();
    await page.goto(`${site.server.url}search/`);
    assert.equal(await page.evaluate(() => document.activeElement === document.body), true, 'no autofocus');
    const stops: string[] = [];
    const focused = () => page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      return `${element.tagName.toLowerCase()}:${element.id || element.textContent?.trim().slice(0, 40)}`;
    });
    for (let press = 0; press < 10 && !stops.includes('input:search-q'); press++) {
      await page.keyboard.press('Tab');
      stops.push(await focused());
    }
    assert.equal(stops.at(-1), 'input:search-q', `Tab reaches the search box: ${stops.join(', ')}`);
    await page.keyboard.type('friend request');
    await announced(page, 'friend request');
    await page.keyboard.press('Enter');
    const seen: string[] = [];
    for (let press = 0; press < 6; press++) {
      await page.keyboard.press('Tab');
      seen.push(await focused());
      if (seen.at(-1)!.startsWith('a:Social Media Policy')) break;
    }
    assert.deepEqual(seen.slice(0, 2), ['button:Search', 'summary:Filter the results'], 'Tab goes through the form in order');
    assert.match(seen.at(-1)!, /^a:Social Media Policy/, `Tab reaches the first result: ${seen.join(', ')}`);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    assert.notEqual(outline, 'none', 'the focused result shows its focus');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/policies\/social-media\/#paragraph-c$/);
  });

  test('the back button returns to the earlier search, and a shared address shows its results', async () => {
    const { page } = await site.newPage();
    await page.goto(`${site.server.url}search/?q=twitter`);
    assert.equal(await announced(page, 'twitter'), '1 result for “twitter”.');
    const box = page.getByRole('searchbox', { name: 'Search all policies' });
    assert.equal(await box.inputValue(), 'twitter');
    await box.fill('bullying');
    await box.press('Enter');
    await announced(page, 'bullying');
    await page.goBack();
    assert.equal(await announced(page, 'twitter'), '1 result for “twitter”.');
    assert.equal(await box.inputValue(), 'twitter');
  });

  test('the search box in the header of any page takes a query to the search page', async () => {
    const { page } = await site.newPage();
    await page.goto(`${site.server.url}policies/equality/`);
    const header = page.getByRole('search', { name: 'Search policies' });
    await header.getByRole('searchbox', { name: 'Search policies' }).fill('twitter');
    await header.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(`${site.server.url}search/?q=twitter`);
    assert.equal(await announced(page, 'twitter'), '1 result for “twitter”.');
  });

  test('axe finds nothing wrong with results and filters showing, and nothing scrolls sideways at 320 pixels', async () => {
    for (const width of [1280, 320]) {
      const { page } = await site.newPage({ width, height: 800 });
      await page.goto(`${site.server.url}search/?q=friend+request&status=Draft&status=Approved`);
      await announced(page, 'friend request');
      const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      assert.deepEqual(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), [], `at ${width}px`);
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
      assert.ok(scrollWidth <= innerWidth, `${scrollWidth}px wide in a ${innerWidth}px window`);
    }
  });

  test('if the index cannot be loaded, the page says search is not working and offers the register', async () => {
    const { page } = await site.newPage();
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(`${site.server.url}search/?q=twitter`);
    await page.waitForFunction(() => document.getElementById('search-status')?.textContent !== '');
    assert.equal(await page.getByRole('status').innerText(), 'Search is not working at the moment.');
    assert.equal(await page.getByRole('link', { name: 'A to Z list of all policies' }).isVisible(), true);
  });

  test('without JavaScript the search page says so and links to the register; the header box still submits', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}policies/social-media/`);
    await page.getByRole('searchbox', { name: 'Search policies' }).fill('twitter');
    await page.getByRole('searchbox', { name: 'Search policies' }).press('Enter');
    await page.waitForURL(`${site.server.url}search/?q=twitter`);
    const message = page.getByRole('heading', { name: 'Search needs JavaScript' });
    assert.equal(await message.isVisible(), true);
    await page.getByRole('link', { name: 'A to Z list of all policies' }).first().click();
    await page.waitForURL(site.server.url);
    await context.close();
  });
});

describe('search under a base path', () => {
  let site: BrowserSite;
  before(async () => { site = await openSampleSite({ POLICY_SITE_BASE: '/policies-site/' }); });
  after(async () => { await site?.close(); });

  test('results link under the base path, and nothing is fetched from outside it', async () => {
    const { page, requests } = await site.newPage();
    await page.goto(`${site.server.url}search/?q=friend+request`);
    assert.match(await announced(page, 'friend request'), /^\d+ results for “friend request”\.$/);
    const [first] = await results(page);
    assert.equal(first!.href, '/policies-site/policies/social-media/#paragraph-c');
    await page.locator('#search-results-list > li').first().getByRole('heading').getByRole('link').click();
    await page.waitForURL(`${site.server.url}policies/social-media/#paragraph-c`);
    const outside = requests.filter((url) => !url.startsWith(`${site.server.origin}/policies-site/`));
    assert.deepEqual(outside, []);
  });
});

describe('search with more results than one screenful', () => {
  test('the first 5 show, and "Show more results" adds 5 more at a time and moves focus to the first new one', async () => {
    const policies: Record<string, string> = {};
    for (let number = 1; number <= 12; number++) {
      policies[`policy-${number}/index.mdx`] = policySource({ title: `Test Policy ${number}` }, '## Identity badges\n\nWear your lanyard at all times on site.\n');
    }
    const build = await buildFixtureSite({ policies });
    assert.equal(build.code, 0, build.output);
    const server = await serveStatic(build.distDir);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}search/?q=lanyard`);
      assert.equal(await announced(page, 'lanyard'), '12 results for “lanyard”.');
      assert.equal(await page.locator('#search-results-list > li').count(), 5);
      await page.getByRole('button', { name: 'Show more results (5 of 12 shown)' }).click();
      await page.waitForFunction(() => document.querySelectorAll('#search-results-list > li').length === 10);
      await page.getByRole('button', { name: 'Show more results (10 of 12 shown)' }).click();
      await page.waitForFunction(() => document.querySelectorAll('#search-results-list > li').length === 12);
      const focusedResult = await page.evaluate(() => {
        const items = [...document.querySelectorAll('#search-results-list > li')];
        return items.findIndex((item) => item.contains(document.activeElement));
      });
      assert.equal(focusedResult, 10, 'focus is on the 11th result, the first new one');
      assert.equal(await page.getByRole('button', { name: /Show more results/ }).count(), 0);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
