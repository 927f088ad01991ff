import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeCorpus } from '../../bench/corpus.ts';
import { createFixtureSite, runAstroBuild, TEST_TODAY } from '../helpers/fixture-site.ts';
import { PDF_LAYOUTS } from '#src/pdf/pdf-layouts.ts';

/*
 * The budget, set from measurement (npm run bench): a generated policy of about 2,500 words makes a
 * page of about 40 KB of HTML; the one stylesheet is about 10 KB. The limits leave room for growth
 * but catch a page that starts carrying something it should not. Timings are the benchmark's job.
 */
const POLICY_PAGE_HTML_KB = 80;
const CSS_KB = 24;
const POLICIES = 20;

test(`a ${POLICIES}-policy library builds every output, within the page budget, with no script on policy pages`, async () => {
  const root = await createFixtureSite();
  const plan = await writeCorpus(root, { policies: POLICIES, seed: 7, words: 2500 });
  const build = await runAstroBuild(root, { POLICY_SITE_TODAY: TEST_TODAY });
  assert.equal(build.code, 0, build.output.slice(-3000));
  const dist = path.join(root, 'dist');
  const size = async (file: string) => (await stat(path.join(dist, file))).size;
  const missing: string[] = [];
  const exists = async (file: string) => stat(path.join(dist, file)).then(() => true, () => (missing.push(file), false));
  for (const policy of plan) {
    const folder = `policies/${policy.id}`;
    for (const page of ['index.html', 'easy-read/index.html', 'versions/index.html', `versions/${policy.versions}.0/index.html`]) await exists(`${folder}/${page}`);
    for (let version = 2; version <= policy.versions; version++) await exists(`${folder}/versions/${version}.0/compare/index.html`);
    for (const layout of PDF_LAYOUTS) await exists(`${folder}/${layout.fileName(policy.id)}`);
    const html = await readFile(path.join(dist, folder, 'index.html'), 'utf8');
    assert.doesNotMatch(html, /<script/i, `${folder}: a policy page ships no JavaScript`);
    assert.doesNotMatch(await readFile(path.join(dist, folder, 'easy-read/index.html'), 'utf8'), /<script/i, `${folder}: nor does its easy read`);
    const kb = (await size(`${folder}/index.html`)) / 1024;
    assert.ok(kb <= POLICY_PAGE_HTML_KB, `${folder}/index.html is ${kb.toFixed(1)} KB, over the ${POLICY_PAGE_HTML_KB} KB budget`);
  }
  for (const file of ['index.html', 'search/index.html', 'reviews/index.html', 'changes/index.html', 'changes.xml', 'reviews.ics', 'policies.json', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json']) await exists(file);
  assert.deepEqual(missing, [], 'every output is there');
  const css = (await readdir(path.join(dist, '_astro'))).filter((file) => file.endsWith('.css'));
  const cssKb = (await Promise.all(css.map((file) => size(`_astro/${file}`)))).reduce((sum, bytes) => sum + bytes, 0) / 1024;
  assert.ok(cssKb <= CSS_KB, `the site's CSS is ${cssKb.toFixed(1)} KB, over the ${CSS_KB} KB budget`);
});
