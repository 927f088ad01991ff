import { openBuiltSite } from '../helpers/browser-site.ts';
import { matchingSections } from '#src/search/search-sections.ts';
const site = await openBuiltSite();
const { page } = await site.newPage();
await page.goto(`${site.server.url}search/`);
const queries: [string, string[][]][] = [
  ['write down happened', [['write'], ['down'], ['happened']]],
  ['parent give present', [['parent'], ['give'], ['present', 'gifts']]],
  ['post photos class instagram', [['post'], ['photos'], ['class'], ['instagram']]],
  ['manager keeps shouting', [['manager'], ['keeps'], ['shouting']]],
];
for (const [q, asked] of queries) {
  const data = await page.evaluate(async (query) => {
    const pf = await import('/pagefind/pagefind.js' as string);
    await pf.init();
    const r = await pf.search(query);
    return Promise.all(r.results.slice(0, 3).map((x: { data(): Promise<unknown> }) => x.data()));
  }, q);
  console.log('==', q, (data as { url: string }[]).map((d) => d.url));
  for (const d of data as Parameters<typeof matchingSections>[0][]) {
    console.log('  ', (d as unknown as { url: string }).url, matchingSections(d, asked).slice(0, 4).map((s) => `${s.targetId}:${Math.round(s.score)}:${s.matchedWords.join('/')}`).join(' | '));
  }
  const d0 = (data as { anchors: { id: string; text?: string; location: number }[] }[])[0];

}
for (const q of ['should i write down what happened', 'my manager keeps shouting at me']) {
  await page.goto(`${site.server.url}search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '') !== '');
  console.log('UI', q, await page.locator('#search-results-list > li').first().innerText());
}
await site.close();
