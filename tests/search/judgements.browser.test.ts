import { after, before, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { openSampleSite, type BrowserSite } from '../helpers/browser-site.ts';

/**
 * The judgement list: questions written the way staff type them, most not in the policies' words and
 * some misspelt, each with the policy and the sections that answer it. Each is typed into the real
 * search page, built from the real policies; at least 90% must have a right section in the first result.
 * Two more lists show how search does on questions nobody fixed it for: the development list (used
 * while building the ranking, never given search words of its own) and the held-out list (written by
 * someone who never saw how search works, and never looked at for what it misses).
 */
const PASS_MARK = 0.9;

/**
 * Where the other lists stood when they were written into the tests: held-out 45 of 70 (64%),
 * development 57 of 96 (59%); after every section had search words (written by someone who never saw
 * these lists) and phrases counted whole: held-out 53 (76%), development 66 (69%); on 1 December 2026,
 * held-out 61 (87%), development 74 (77%); later that day, held-out 62 (89%), development 76 (79%); later
 * still (a phrase counted as what it stands for, a section's heading counting for its paragraphs),
 * held-out 63 (90%), development 79 (82%). These floors, a few questions below where they
 * stand, stop search getting worse on them.
 */
const HELD_OUT_FLOOR = 0.87;
const DEVELOPMENT_FLOOR = 0.78;

interface Judgement { question: string; policy: string; sections: string[] }

async function judgements(file: string): Promise<Judgement[]> {
  const rows = parse(await readFile(new URL(file, import.meta.url), 'utf8')) as [string, string, string][];
  return rows.map(([question, policy, sections]) => ({ question: String(question), policy, sections: sections.split(' ') }));
}

let site: BrowserSite;
before(async () => { site = await openSampleSite(); });
after(async () => { await site?.close(); });

/** Types each question into the search page and lists those whose first result is not a right section. */
async function misses(list: readonly Judgement[]): Promise<string[]> {
  const { page } = await site.newPage();
  const missed: string[] = [];
  for (const { question, policy, sections } of list) {
    // The question arrives in the address, as a search shared or typed on another page does: the page
    // searches once, after its index and its help (spelling, the Trust's terms) have loaded. Typing into
    // the box before they load is tested in search.browser.test.ts; here it would only add a race.
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent(question)}`);
    await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '') !== '');
    const first = await page.locator('#search-results-list > li h3 a').first().getAttribute('href', { timeout: 500 }).catch(() => null);
    const [path = '', fragment = ''] = (first ?? '').split('#');
    if (path !== `/policies/${policy}/` || !sections.includes(fragment)) missed.push(`"${question}": wanted ${policy}#${sections.join(' or #')}, got ${first ?? 'no result'}`);
  }
  return missed;
}

async function score(t: TestContext, list: readonly Judgement[], passMark: number): Promise<void> {
  const missed = await misses(list);
  const right = list.length - missed.length;
  t.diagnostic(`${right} of ${list.length} right (${Math.round((right / list.length) * 100)}%)`);
  for (const miss of missed) t.diagnostic(`miss: ${miss}`);
  assert.ok(right / list.length >= passMark, `${right} of ${list.length} right, under ${passMark * 100}%. Misses:\n${missed.join('\n')}`);
}

test('the judgement list: the right section is the first result for at least 90% of the questions staff ask', async (t: TestContext) => {
  const list = await judgements('judgements.yaml');
  assert.ok(list.length >= 60, `at least 60 questions (${list.length})`);
  await score(t, list, PASS_MARK);
});

test('held-out questions, written by someone who never saw how search works, score no worse than when they were added', async (t: TestContext) => {
  const list = await judgements('judgements-held-out.yaml');
  assert.ok(list.length >= 60, `at least 60 questions (${list.length})`);
  await score(t, list, HELD_OUT_FLOOR);
});

test('the development questions score no worse than when they were added', async (t: TestContext) => {
  const list = await judgements('judgements-development.yaml');
  assert.ok(list.length >= 90, `at least 90 questions (${list.length})`);
  await score(t, list, DEVELOPMENT_FLOOR);
});
