/**
 * How fast search is at scale: builds (or reuses, with --site) a generated library, serves it with
 * deploy/nginx.conf as a trust's server would (without nginx, with the tests' plain server, which sends
 * scripts uncompressed, so counts more kilobytes), and in Chromium measures for each query the time from
 * pressing Enter to the results being drawn, and the kilobytes of search files (Pagefind's and
 * search-data/) the page downloads to load and answer it, each query on a fresh page.
 *   npm run bench:search -- --policies 500 [--site /tmp/policy-bench-xxxx] [--runs 3]
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus.ts';
import { median, timedRun } from './measure.ts';
import { BUILD_SCRIPT, copyProject, REPOSITORY_ROOT } from './site-copy.ts';
import type { Request } from 'playwright-core';
import { launchBrowser } from '#src/accessibility/chromium.ts';
import { serveStatic } from '#src/site/static-server.ts';
import { startNginx } from '#src/publish/nginx-server.ts';
import { freePort } from '#tests/helpers/free-port.ts';

interface BenchTiming { pressed: number; drawn: number }
type BenchWindow = Window & { benchTiming?: BenchTiming };

/** Typical questions against the generated library's words, a misspelling among them. */
const QUERIES = ['sickness absence', 'grievance', 'complaint investigation', 'password', 'flexible working request', 'safeguarding concern', 'apeal hearing', 'what happens if I am off sick'];

async function serveSite(distDir: string): Promise<{ url: string; close(): Promise<void> }> {
  try {
    const nginx = await startNginx({ root: REPOSITORY_ROOT, distDir, port: await freePort() });
    console.log(`Serving with nginx and deploy/nginx.conf${nginx.brotli ? ', with Brotli' : ''}.`);
    return { url: nginx.url, close: nginx.stop };
  } catch (error) {
    console.log(`${(error as Error).message}\nServing with the tests' plain server instead: the times hold, but scripts are counted uncompressed.`);
    return serveStatic(distDir);
  }
}

const { values } = parseArgs({ options: { policies: { type: 'string', default: '500' }, site: { type: 'string' }, runs: { type: 'string', default: '3' } } });
let root = values.site;
if (!root || !existsSync(path.join(root, 'dist', 'pagefind'))) {
  root = await copyProject('policy-search-bench-');
  await writeCorpus(root, { policies: Number(values.policies), seed: 1, words: 2500 }, (message) => console.log(message));
  console.log(`Building ${values.policies} policies in ${root}…`);
  const build = await timedRun(process.execPath, [BUILD_SCRIPT], root, { POLICY_SITE_TODAY: '2026-11-25' });
  if (build.code !== 0) throw new Error(`The build failed:\n${build.output.slice(-3000)}`);
}
const server = await serveSite(path.join(root, 'dist'));
const browser = await launchBrowser();
const rows: { query: string; ms: number[]; kb: number[] }[] = [];
try {
  for (const query of QUERIES) {
    const row = { query, ms: [] as number[], kb: [] as number[] };
    for (let run = 0; run < Number(values.runs); run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      // Bytes as sent, before the browser unpacks them. Chromium reports none for the worker's script:
      // for that, the length the server declared, or failing that the length of the body.
      const sizes: Promise<number>[] = [];
      const sent = async (request: Request) => {
        const reported = (await request.sizes()).responseBodySize;
        if (reported > 0) return reported;
        const response = await request.response();
        return Number((await response?.headerValue('content-length')) ?? (await response?.body())?.length ?? 0);
      };
      page.on('requestfinished', (request) => {
        if (/\/(pagefind|search-data)\//.test(request.url())) sizes.push(sent(request).catch(() => 0));
      });
      await page.goto(`${server.url}search/`);
      // The page is ready once the filters (read from the index) are drawn.
      await page.waitForSelector('#search-filter-groups fieldset', { state: 'attached' });
      await page.locator('#search-q').evaluate((input, text) => { (input as HTMLInputElement).value = text; }, query);
      // Timed in the page, so the time the test driver takes to talk to the browser is not counted: from the
      // key going down to the frame after the status line (written last, once the results are in) changes.
      await page.evaluate(() => {
        const timing = { pressed: 0, drawn: 0 };
        (window as BenchWindow).benchTiming = timing;
        document.addEventListener('keydown', () => { timing.pressed = performance.now(); }, { capture: true, once: true });
        new MutationObserver((_, observer) => {
          observer.disconnect();
          requestAnimationFrame(() => { timing.drawn = performance.now(); });
        }).observe(document.getElementById('search-status')!, { childList: true, characterData: true, subtree: true });
      });
      await page.locator('#search-q').press('Enter');
      const timed = await page.waitForFunction(() => {
        const timing = (window as BenchWindow).benchTiming;
        return timing !== undefined && timing.drawn > 0 && timing;
      }, undefined, { timeout: 30000 });
      const { pressed, drawn } = await timed.jsonValue() as BenchTiming;
      await page.waitForLoadState('networkidle');
      row.ms.push(drawn - pressed);
      row.kb.push((await Promise.all(sizes)).reduce((sum, size) => sum + size, 0) / 1024);
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
