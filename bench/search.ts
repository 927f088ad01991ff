/**
 * How fast search is at scale: builds (or reuses, with --site) a generated library, serves it, and in
 * Chromium measures for each query the time from pressing Enter to the results being drawn, and the
 * kilobytes of search files (Pagefind's and search-data/) downloaded, each query on a fresh page.
 *   npm run bench:search -- --policies 500 [--site /tmp/policy-bench-xxxx] [--runs 3]
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus.ts';
import { median, timedRun } from './measure.ts';
import { BUILD_SCRIPT, copyProject } from './site-copy.ts';
import { launchBrowser } from '#src/accessibility/chromium.ts';
import { serveStatic } from '#src/site/static-server.ts';

/** Typical questions against the generated library's words, a misspelling among them. */
const QUERIES = ['sickness absence', 'grievance', 'complaint investigation', 'password', 'flexible working request', 'safeguarding concern', 'apeal hearing', 'what happens if I am off sick'];

const { values } = parseArgs({ options: { policies: { type: 'string', default: '500' }, site: { type: 'string' }, runs: { type: 'string', default: '3' } } });
let root = values.site;
if (!root || !existsSync(path.join(root, 'dist', 'pagefind'))) {
  root = await copyProject('policy-search-bench-');
  await writeCorpus(root, { policies: Number(values.policies), seed: 1, words: 2500 }, (message) => console.log(message));
  console.log(`Building ${values.policies} policies in ${root}…`);
  const build = await timedRun(process.execPath, [BUILD_SCRIPT], root, { POLICY_SITE_TODAY: '2026-11-25' });
  if (build.code !== 0) throw new Error(`The build failed:\n${build.output.slice(-3000)}`);
}
const server = await serveStatic(path.join(root, 'dist'));
const browser = await launchBrowser();
const rows: { query: string; ms: number[]; kb: number[] }[] = [];
try {
  for (const query of QUERIES) {
    const row = { query, ms: [] as number[], kb: [] as number[] };
    for (let run = 0; run < Number(values.runs); run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let bytes = 0;
      page.on('response', async (response) => {
        if (!/\/(pagefind|search-data)\//.test(response.url())) return;
        bytes += Number((await response.headerValue('content-length').catch(() => null)) ?? (await response.body().catch(() => Buffer.alloc(0))).length);
      });
      await page.goto(`${server.url}search/`);
      // The page is ready once the filters (read from the index) are drawn.
      await page.waitForSelector('#search-filter-groups fieldset', { state: 'attached' });
      await page.locator('#search-q').evaluate((input, text) => { (input as HTMLInputElement).value = text; }, query);
      const started = await page.evaluate(() => performance.now());
      await page.locator('#search-q').press('Enter');
      await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '') !== '', undefined, { timeout: 30000 });
      const finished = await page.evaluate(() => performance.now());
      await page.waitForLoadState('networkidle');
      row.ms.push(finished - started);
      row.kb.push(bytes / 1024);
      await context.close();
    }
    rows.push(row);
    console.log(`${query.padEnd(32)} ${Math.round(median(row.ms))} ms  ${Math.round(median(row.kb))} KB`);
  }
} finally {
  await browser.close();
  await server.close();
}
const all = rows.map((row) => median(row.ms));
const kb = rows.map((row) => median(row.kb));
console.log(JSON.stringify({ site: root, medianMs: Math.round(median(all)), maxMs: Math.round(Math.max(...all)), medianKb: Math.round(median(kb)), maxKb: Math.round(Math.max(...kb)), queries: rows.map((row) => ({ query: row.query, ms: Math.round(median(row.ms)), kb: Math.round(median(row.kb)) })) }, null, 2));
