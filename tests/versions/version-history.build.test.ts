import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { linkNodeModules, runAstroBuild, TEST_TODAY } from '../helpers/fixture-site.ts';
import { git } from '../helpers/git-repository.ts';
import { htmlText, idsIn } from '../helpers/html.ts';
import { createVersionedSite } from '../helpers/versioned-policy.ts';

let root: string;
let dist: string;
let output: string;

before(async () => {
  root = await createVersionedSite();
  const build = await runAstroBuild(root, { POLICY_SITE_TODAY: TEST_TODAY });
  assert.equal(build.code, 0, build.output);
  dist = path.join(root, 'dist');
  output = build.output;
});

const page = (file: string) => readFile(path.join(dist, file), 'utf8');

test('three commits give three version pages, each with the text as it stood', async () => {
  assert.match(htmlText(await page('policies/online-safety/versions/0.1/index.html')), /Staff should think before accepting friend requests from pupils\./);
  assert.match(htmlText(await page('policies/online-safety/versions/1.0/index.html')), /Staff must not accept friend requests from pupils\./);
  assert.match(htmlText(await page('policies/online-safety/versions/1.1/index.html')), /Staff must not accept friend requests from pupils or their parents\./);
  assert.doesNotMatch(output, /Earlier policy versions are not built/);
});

test('the versions table says when each version was in force, and drafts never were', async () => {
  const text = htmlText(await page('policies/online-safety/versions/index.html'));
  assert.match(text, /1\.1 Current Approved 5 March 2024 in force since 5 March 2024 Trust Board Updated the rules on friend requests\./);
  assert.match(text, /1\.0 Approved 14 July 2021 in force from 14 July 2021 to 5 March 2024 Trust Board Approved by the Trust Board\./);
  assert.match(text, /0\.1 Draft 1 March 2021 Never in force Not approved First draft for consultation\./);
});

test('an earlier version says when it was in force and what replaced it, and keeps the section ids', async () => {
  const html = await page('policies/online-safety/versions/1.0/index.html');
  assert.match(htmlText(html), /Version 1\.0, in force from 14 July 2021 to 5 March 2024\. It has been replaced by version 1\.1\. Read the current Online Safety Policy\./);
  const current = await page('policies/online-safety/index.html');
  for (const id of ['scope', 'friend-requests']) {
    assert.ok(idsIn(html).has(id) && idsIn(current).has(id), `section id ${id} is on both pages`);
  }
  assert.match(htmlText(await page('policies/online-safety/versions/0.1/index.html')), /Version 0\.1 was a draft\. It was never approved and was never in force\./);
});

test('the compare page marks the words added and removed, for screen readers as well as by sight', async () => {
  const html = await page('policies/online-safety/versions/1.1/compare/index.html');
  assert.match(html, /<ins><span class="visually-hidden">added: <\/span> or their parents<span class="visually-hidden"> end added<\/span><\/ins>|<ins><span class="visually-hidden">added: <\/span>or their parents<span class="visually-hidden"> end added<\/span><\/ins>/);
  assert.match(htmlText(html), /Updated the rules on friend requests\./);
  const first = await page('policies/online-safety/versions/1.0/compare/index.html');
  assert.match(first, /<del><span class="visually-hidden">removed: <\/span>should think before accepting/);
  assert.match(first, /<ins><span class="visually-hidden">added: <\/span>must not accept/);
});

test('the changes feed is well-formed Atom with an entry per version, newest first', async () => {
  const xml = await page('changes.xml');
  assert.equal(SyntaxValidator.validate(xml), true, 'the feed is well-formed XML');
  const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
  assert.equal(feed['@_xmlns'], 'http://www.w3.org/2005/Atom');
  for (const field of ['id', 'title', 'updated', 'author']) assert.ok(feed[field], `feed has ${field}`);
  const entries = feed.entry as { id: string; title: string; updated: string; link: { '@_href': string } }[];
  assert.deepEqual(entries.map((entry) => entry.title), [
    'Online Safety Policy, version 1.1 (approved by the Trust Board)',
    'Online Safety Policy, version 1.0 (approved by the Trust Board)',
    'Online Safety Policy, version 0.1 (draft)',
  ]);
  assert.equal(entries[0]!.updated, '2024-03-05T00:00:00Z');
  assert.match(entries[1]!.link['@_href'], /\/policies\/online-safety\/versions\/1\.0\/$/);
  assert.equal(new Set(entries.map((entry) => entry.id)).size, 3, 'entry ids are unique');
});

test('a shallow clone builds the current version only and says why, in one line, with the fix', async () => {
  const clone = await mkdtemp(path.join(tmpdir(), 'policy-site-shallow-'));
  await git(root, ['clone', '--quiet', '--depth', '1', `file://${root}`, clone]);
  await linkNodeModules(clone);
  const build = await runAstroBuild(clone, { POLICY_SITE_TODAY: TEST_TODAY });
  assert.equal(build.code, 0, build.output);
  const warnings = build.output.split('\n').filter((line) => line.includes('Earlier policy versions are not built'));
  assert.equal(warnings.length, 1, build.output);
  assert.match(warnings[0]!, /shallow clone.*git fetch --unshallow.*fetch-depth: 0/);
  const versions = htmlText(await readFile(path.join(clone, 'dist/policies/online-safety/versions/index.html'), 'utf8'));
  assert.match(versions, /Read version 1\.1/);
  assert.doesNotMatch(versions, /Read version 1\.0/);
});

test('a copy with no git at all (a zip download) still builds and says why', async () => {
  const copy = await mkdtemp(path.join(tmpdir(), 'policy-site-zip-'));
  for (const item of ['src', 'public', 'policies', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    await cp(path.join(root, item), path.join(copy, item), { recursive: true });
  }
  await linkNodeModules(copy);
  const build = await runAstroBuild(copy, { POLICY_SITE_TODAY: TEST_TODAY });
  assert.equal(build.code, 0, build.output);
  assert.match(build.output, /Earlier policy versions are not built: the policies are not in a git repository/);
});
