import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildFixtureSite, policySource, REPOSITORY_ROOT } from '../helpers/fixture-site.ts';
import { easyReadSource, point } from '../helpers/easy-read-fixture.ts';
import { hrefsIn, htmlText, imagesIn } from '../helpers/html.ts';
import { PAGE_PICTURES } from '#src/easy-read/easy-read-status.ts';
import { SAMPLE_POLICIES } from '#src/policy/sample-policies.ts';
import { policyFolders } from '#src/policy/policy-folders.ts';
import { copySamplePolicies } from '../helpers/sample-policies.ts';

const TOO_LONG = 'Employees must limit their personal use of social media on their own equipment to outside of their professional commitments at all times of the day.';

test('an unknown picture and a 25-word sentence fail the build, naming the file, line and column', async () => {
  const build = await buildFixtureSite({
    policies: {
      'test/index.mdx': policySource(),
      'test/easy-read.mdx': easyReadSource({}, [point('You can use your own phone at break time.', 'mobil-phone'), point(TOO_LONG)].join('\n')),
    },
  });
  assert.notEqual(build.code, 0, 'the build must fail');
  const lines = build.output.split('\n').map((line) => line.trim());
  for (const expected of [
    'policies/test/easy-read.mdx:6:8: error: There is no picture called "mobil-phone". Did you mean mobile-phone, mobile-phone-off or mobile-phone-with-arrow? Find more at https://openmoji.org/library/. [point-picture: CONTRIBUTING.md#easy-read-point-picture]',
    'policies/test/easy-read.mdx:14:1: error: This sentence has 25 words. Keep each sentence to 15 words or fewer: split it into short sentences with one idea each. [sentence-length: CONTRIBUTING.md#easy-read-sentence-length]',
  ]) {
    assert.ok(lines.includes(expected), `expected the line:\n  ${expected}\nin the output:\n${build.output}`);
  }
  const first = lines.findIndex((line) => line.startsWith('Found 2 problems in the easy-read files'));
  assert.ok(first >= 0, `the errors are counted:\n${build.output}`);
});

test('an easy read of an older version of an approved policy fails the build', async () => {
  const build = await buildFixtureSite({
    policies: {
      'test/index.mdx': policySource({ version: '"1.1"' }),
      'test/easy-read.mdx': easyReadSource({ basedOnVersion: '"1.0"' }),
    },
  });
  assert.notEqual(build.code, 0);
  assert.match(build.output, /policies\/test\/easy-read\.mdx:2:1: error: This easy read explains version 1\.0, but the policy is now version 1\.1\./);
});

test('an easy read of an older draft is a warning: the build passes and both pages say so', async () => {
  const build = await buildFixtureSite({
    policies: {
      'test/index.mdx': policySource({ status: 'draft', version: '"0.2"', approvedBy: undefined, approved: undefined }),
      'test/easy-read.mdx': easyReadSource({ basedOnVersion: '"0.1"', checkedByReaders: '2026-03', checkedBy: 'the Speak Up group' }),
    },
  });
  assert.equal(build.code, 0, build.output);
  assert.match(build.output, /policies\/test\/easy-read\.mdx:2:1: warning: This easy read explains version 0\.1, but the policy is now version 0\.2\./);
  const easyRead = htmlText(await readFile(path.join(build.distDir, 'policies/test/easy-read/index.html'), 'utf8'));
  assert.match(easyRead, /This easy read explains version 0\.1\. The policy has changed since\./);
  assert.match(easyRead, /This policy is a draft\./);
  assert.match(easyRead, /People with a learning disability checked this easy read in March 2026\. The group was the Speak Up group\./);
  const policy = htmlText(await readFile(path.join(build.distDir, 'policies/test/index.html'), 'utf8'));
  assert.match(policy, /Easy read version of this policy \(it explains version 0\.1, not the current version\)/);
});

test('every sample policy has an easy read, linked both ways under the base path, with only its pictures copied', async () => {
  const base = '/policies-site/';
  const build = await buildFixtureSite({ withSamplePolicies: true, env: { POLICY_SITE_BASE: base } });
  assert.equal(build.code, 0, build.output);
  const ids = await policyFolders(path.join(build.root, 'policies'));
  assert.equal(ids.length, SAMPLE_POLICIES.length);
  const used = new Set<string>();
  const register = await readFile(path.join(build.distDir, 'index.html'), 'utf8');
  for (const id of ids) {
    const html = await readFile(path.join(build.distDir, `policies/${id}/easy-read/index.html`), 'utf8');
    const policy = await readFile(path.join(build.distDir, `policies/${id}/index.html`), 'utf8');
    assert.ok(hrefsIn(html).includes(`${base}policies/${id}/`), `${id}: the easy read links to its policy`);
    assert.ok(hrefsIn(policy).includes(`${base}policies/${id}/easy-read/`), `${id}: the policy links to its easy read`);
    assert.ok(hrefsIn(register).includes(`${base}policies/${id}/easy-read/`), `${id}: the register links to its easy read`);
    assert.match(html, /data-pagefind-body/);
    assert.match(html, /data-search-kind="easy-read"/);
    assert.match(html, /data-search-format="Easy read"/);
    assert.doesNotMatch(html, /<script/i, `${id}: no script on the easy-read page`);
    assert.doesNotMatch(html, /class="section-link"/, `${id}: no "#" section links beside easy-read headings`);
    // The points' pictures, not the Trust's logo in the header.
    for (const { src, alt } of imagesIn(html).filter((image) => image.className.includes('point__picture'))) {
      assert.ok(src.startsWith(`${base}easy-read/pictures/`), `${id}: ${src} is a picture under the base path`);
      assert.ok(alt.trim() !== '', `${id}: ${src} has alt text`);
      used.add(path.basename(src));
    }
    assert.match(htmlText(html), /OpenMoji.*Licence: CC BY-SA 4\.0/, `${id}: the pictures are credited`);
  }
  // The .br and .gz beside each are the same picture, compressed for the server (src/publish/precompress.ts).
  const copied = (await readdir(path.join(build.distDir, 'easy-read/pictures'))).filter((file) => file.endsWith('.svg')).sort();
  const expected = new Set([...used, ...Object.values(PAGE_PICTURES).map((picture) => `${picture.name}.svg`)]);
  assert.deepEqual(copied, [...expected].sort(), 'only the pictures the pages can show are copied');
  for (const file of copied) assert.match(await readFile(path.join(build.distDir, 'easy-read/pictures', file), 'utf8'), /^<svg/);
});

test('npm run lint:easy-read passes on the samples\' easy reads and fails, naming file and line, on a broken one', async () => {
  const samples = await mkdtemp(path.join(tmpdir(), 'easy-read-samples-'));
  await copySamplePolicies(samples);
  const passing = await run([], REPOSITORY_ROOT, { POLICY_SITE_POLICIES_DIR: path.join(samples, 'policies') });
  assert.equal(passing.code, 0, passing.output);
  assert.match(passing.output, /Easy read: checked 7 files: 0 errors, 0 warnings\./);

  const policiesDir = await mkdtemp(path.join(tmpdir(), 'easy-read-lint-'));
  await mkdir(path.join(policiesDir, 'test'));
  await writeFile(path.join(policiesDir, 'test/index.mdx'), policySource());
  await writeFile(path.join(policiesDir, 'test/easy-read.mdx'), easyReadSource({}, point('DO NOT share your password with anyone.', 'key', '')));
  const broken = await run([], REPOSITORY_ROOT, { POLICY_SITE_POLICIES_DIR: policiesDir });
  assert.equal(broken.code, 1, broken.output);
  assert.match(broken.output, new RegExp(`${policiesDir}/test/easy-read\\.mdx:6:1: error: This picture has no alt text\\.`));
  assert.match(broken.output, new RegExp(`${policiesDir}/test/easy-read\\.mdx:8:1: error: Words in capitals are hard to read\\. Write "DO NOT" in small letters`));
  assert.match(broken.output, /checked 1 file: 2 errors, 0 warnings\./);
});

function run(args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPOSITORY_ROOT, 'src/easy-read/lint-easy-read-command.ts'), ...args], { cwd, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
