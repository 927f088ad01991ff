import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createFixtureSite, policySource, runAstroBuild, TEST_TODAY } from '../helpers/fixture-site.ts';
import { commitFiles, initRepository } from '../helpers/git-repository.ts';

/*
 * What the incremental build reuses, proved on a real build: Astro copies a page from the last build
 * when its data (the cacheKey each getStaticPaths gives) and its route's code are unchanged; the search
 * index and the compressed copies are reused when the pages they are made from are.
 */

/** The pages a build rendered, as opposed to copied from the last build, from Astro's own log. */
function rendered(output: string): string[] {
  return output.split('\n')
    .filter((line) => line.includes('├─ /policies/') && !/\((cached|restored)\)\s*$/.test(line))
    .map((line) => line.slice(line.indexOf('/policies/')).split(' ')[0]!)
    .sort();
}

const HISTORY = (version: string, older?: string) => `\n  - version: "${version}"\n    date: 2024-03-05\n    approvedBy: Trust Board\n    summary: Changed.${older ? `\n  - version: "${older}"\n    date: 2021-07-14\n    approvedBy: Trust Board\n    summary: Approved.` : ''}`;

let root: string;
const build = () => runAstroBuild(root, { POLICY_SITE_TODAY: TEST_TODAY });

before(async () => {
  root = await createFixtureSite();
  await initRepository(root);
  await commitFiles(root, {
    'policies/pay/index.mdx': policySource({ title: 'Pay Policy', history: HISTORY('1.0') }, '## Scope\n\nAll staff.\n'),
    'policies/leave/index.mdx': policySource({ title: 'Leave Policy' }, '## Scope\n\nSee the [Pay Policy](policy:pay#scope).\n'),
    'policies/travel/index.mdx': policySource({ title: 'Travel Policy' }, '## Scope\n\nAll journeys.\n'),
  }, 'Three policies', '2021-07-14');
  await commitFiles(root, {
    'policies/pay/index.mdx': policySource({ title: 'Pay Policy', version: '"1.1"', approved: '2024-03-05', history: HISTORY('1.1', '1.0') }, '## Scope\n\nAll staff and governors.\n'),
  }, 'Pay 1.1', '2024-03-05');
  const first = await build();
  assert.equal(first.code, 0, first.output);
});

test('a build with nothing changed renders no policy page again: every one is copied from the last build', async () => {
  const again = await build();
  assert.equal(again.code, 0, again.output);
  assert.deepEqual(rendered(again.output), []);
  assert.match(again.output, /The pages marked for search are unchanged since the last build: its search index is reused/);
  assert.match(again.output, /Compressed \d+ files in [\d.]+s, (\d+) of them unchanged/);
  const [, compressed, unchanged] = /Compressed (\d+) files in [\d.]+s, (\d+) of them unchanged/.exec(again.output)!;
  assert.equal(unchanged, compressed, 'every compressed copy is reused');
  assert.match(await readFile(path.join(root, 'dist/policies/pay/versions/1.1/compare/index.html'), 'utf8'), /governors/, 'a copied page is the page');
});

test('editing one policy renders only its own pages and the pages that show it; earlier versions and comparisons are kept', async () => {
  await writeFile(path.join(root, 'policies/pay/index.mdx'), policySource({ title: 'Pay Policy', version: '"1.1"', approved: '2024-03-05', history: HISTORY('1.1', '1.0') }, '## Scope\n\nAll staff, governors and volunteers.\n'));
  const edited = await build();
  assert.equal(edited.code, 0, edited.output);
  assert.deepEqual(rendered(edited.output), [
    '/policies/pay/index.html',
    '/policies/pay/versions/1.1/compare/index.html',
    '/policies/pay/versions/1.1/index.html',
  ]);
  assert.match(await readFile(path.join(root, 'dist/policies/pay/index.html'), 'utf8'), /volunteers/);
  assert.match(edited.output, /Indexed \d+ pages for search/, 'a changed page is indexed again');
});

test('renaming a policy re-renders the pages that name it: the policy it refers to lists it as referring to it', async () => {
  await writeFile(path.join(root, 'policies/leave/index.mdx'), policySource({ title: 'Leave and Absence Policy' }, '## Scope\n\nSee the [Pay Policy](policy:pay#scope).\n'));
  const renamed = await build();
  assert.equal(renamed.code, 0, renamed.output);
  const pages = rendered(renamed.output);
  assert.ok(pages.includes('/policies/leave/index.html'), pages.join(', '));
  assert.ok(pages.includes('/policies/pay/index.html'), `the Pay Policy names what refers to it: ${pages.join(', ')}`);
  assert.ok(!pages.includes('/policies/travel/index.html'), 'an unrelated policy is copied');
  assert.ok(!pages.includes('/policies/pay/versions/1.0/index.html'), 'the Pay Policy\'s earlier version does not show it, so it is copied');
  assert.match(await readFile(path.join(root, 'dist/policies/pay/index.html'), 'utf8'), /Leave and Absence Policy/);
});

test('a change to a template renders every page built from it again', async () => {
  const details = path.join(root, 'src/library/components/PolicyDetails.astro');
  await writeFile(details, (await readFile(details, 'utf8')).replace('<dl class="policy-details">', '<dl class="policy-details policy-details--new">'));
  const changed = await build();
  assert.equal(changed.code, 0, changed.output);
  const pages = rendered(changed.output);
  for (const id of ['pay', 'leave', 'travel']) assert.ok(pages.includes(`/policies/${id}/index.html`), `${id} re-rendered: ${pages.join(', ')}`);
  assert.match(await readFile(path.join(root, 'dist/policies/travel/index.html'), 'utf8'), /policy-details--new/);
});
