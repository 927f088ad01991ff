import { after, before, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { openBuiltSite, type BrowserSite } from '../helpers/browser-site.ts';

/**
 * The judgement list: questions written the way staff type them, most not in the policies' words and
 * some misspelt, each with the policy and the sections that answer it. Each is typed into the real
 * search page, built from the real policies; at least 90% must have a right section in the first result.
 */
const PASS_MARK = 0.9;

interface Judgement { question: string; policy: string; sections: string[] }

async function judgements(): Promise<Judgement[]> {
  const rows = parse(await readFile(new URL('judgements.yaml', import.meta.url), 'utf8')) as [string, string, string][];
  return rows.map(([question, policy, sections]) => ({ question: String(question), policy, sections: sections.split(' ') }));
}

let site: BrowserSite;
before(async () => { site = await openBuiltSite(); });
after(async () => { await site?.close(); });

test('the judgement list: the right section is the first result for at least 90% of the questions staff ask', async (t: TestContext) => {
  const list = await judgements();
  assert.ok(list.length >= 60, `at least 60 questions (${list.length})`);
  const { page } = await site.newPage();
  const misses: string[] = [];
  for (const { question, policy, sections } of list) {
    await page.goto(`${site.server.url}search/`);
    const box = page.getByRole('searchbox', { name: 'Search all policies' });
    await box.fill(question);
    await box.press('Enter');
    await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '') !== '');
    const first = await page.locator('#search-results-list > li h3 a').first().getAttribute('href', { timeout: 500 }).catch(() => null);
    const [path = '', fragment = ''] = (first ?? '').split('#');
    if (path !== `/policies/${policy}/` || !sections.includes(fragment)) misses.push(`"${question}": wanted ${policy}#${sections.join(' or #')}, got ${first ?? 'no result'}`);
  }
  const right = list.length - misses.length;
  t.diagnostic(`${right} of ${list.length} right (${Math.round((right / list.length) * 100)}%)`);
  for (const miss of misses) t.diagnostic(`miss: ${miss}`);
  assert.ok(right / list.length >= PASS_MARK, `${right} of ${list.length} right, under ${PASS_MARK * 100}%. Misses:\n${misses.join('\n')}`);
});
