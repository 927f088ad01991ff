import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { buildFixtureSite, REPOSITORY_ROOT, type BuildResult } from '../helpers/fixture-site.ts';
import { htmlText } from '../helpers/html.ts';

const run = promisify(execFile);
let build: BuildResult;
before(async () => {
  build = await buildFixtureSite({ withSamplePolicies: true });
  assert.equal(build.code, 0, build.output);
});

const read = (file: string) => readFile(path.join(build.distDir, file), 'utf8');

/** Runs one of the site's commands in the built copy, so it reads the sample policies the build had. */
async function script(name: string, args: string[], cwd = build.root, env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(cwd, 'src', name), ...args], { cwd, env: { ...process.env, ...env } });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

test('the Social Media Policy shows as overdue, with its due date, everywhere it is listed', async () => {
  assert.match(htmlText(await read('index.html')), /Social Media Policy .* Overdue for review: it was due by July 2024/);
  assert.match(htmlText(await read('policies/social-media/index.html')), /Overdue for review This policy was due for review by July 2024\. It stays in force until it is replaced\./);
  const reviews = htmlText(await read('reviews/index.html'));
  assert.match(reviews, /1 overdue/);
  assert.match(reviews, /Policy Review Due by Owner Cycle Last approved Social Media Policy Version 1\.0, approved Overdue for review July 2024 Director of People every 3 years July 2021/);
  assert.match(reviews, /Policies waiting for approval Policy Proposed version Replaces Owner Status Acceptable Use of Email, Intranet and Internet 1\.0 \(now draft 0\.1\) new policy Chief Operating Officer Draft/);
  assert.match(await read('reviews.ics'), /SUMMARY:Review due: Social Media Policy\r\n/);
  const register = JSON.parse(await read('policies.json'));
  assert.equal(register.policies.find((policy: { id: string }) => policy.id === 'social-media').reviewStatus, 'overdue');
});

test('policies.json validates against the JSON Schema published beside it', async () => {
  const schema = JSON.parse(await read('policies.schema.json'));
  const register = JSON.parse(await read('policies.json'));
  const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
  const validate = ajv.compile(schema);
  assert.equal(validate(register), true, JSON.stringify(validate.errors, null, 2));
  assert.equal(register.policies.length, 7);
  assert.equal(validate({ ...register, policies: [{ ...register.policies[0], reviewStatus: 'fine' }] }), false, 'the schema rejects a wrong value');
});

test('policies.json lists each policy\'s PDFs, with their kind, size and pages, at addresses that exist', async () => {
  const register = JSON.parse(await read('policies.json')) as { policies: { id: string; downloads: { kind: string; url: string; bytes: number; pages: number }[] }[] };
  const socialMedia = register.policies.find((policy) => policy.id === 'social-media')!;
  assert.deepEqual(socialMedia.downloads.map((download) => download.kind), ['standard', 'large-print', 'easy-read']);
  for (const policy of register.policies) {
    assert.ok(policy.downloads.length >= 2, `${policy.id} lists its PDFs`);
    for (const download of policy.downloads) {
      const file = path.join(build.distDir, new URL(download.url).pathname);
      const { size } = await stat(file);
      assert.equal(download.bytes, size, download.url);
      assert.ok(download.pages >= 1);
    }
  }
});

test('check:reviews exits 0, 1 or 1 for --fail-on never, overdue and due-soon, and 2 for a bad option', async () => {
  assert.equal((await script('reviews/check-reviews-command.ts', ['--as-of', '2026-11-25'])).code, 0);
  const overdue = await script('reviews/check-reviews-command.ts', ['--as-of', '2026-11-25', '--fail-on', 'overdue']);
  assert.equal(overdue.code, 1);
  assert.match(overdue.output, /Social Media Policy \(Director of People\): due by July 2024/);
  assert.match(overdue.output, /Waiting for approval \(6\):\n {2}Acceptable Use of Email, Intranet and Internet \(Chief Operating Officer\): version 1\.0 \(now draft 0\.1\), new policy\n/);
  assert.equal((await script('reviews/check-reviews-command.ts', ['--as-of', '2021-08-01', '--fail-on', 'overdue'])).code, 0, 'nothing was overdue in 2021');
  assert.equal((await script('reviews/check-reviews-command.ts', ['--as-of', '2027-10-01', '--within', '90', '--fail-on', 'due-soon'])).code, 1);
  const bad = await script('reviews/check-reviews-command.ts', ['--as-of', 'next week']);
  assert.equal(bad.code, 2);
  assert.match(bad.output, /--as-of: "next week" is not a day\. Write it like --as-of 2026-11-25\./);
});

test('check:links passes on the real build and fails on a broken anchor, naming the page and the link', async () => {
  const good = await script('checks/check-links-command.ts', ['--dist', build.distDir]);
  assert.equal(good.code, 0, good.output);
  const page = path.join(build.distDir, 'policies/whistleblowing/index.html');
  const html = await readFile(page, 'utf8');
  await writeFile(page, html.replace('href="/policies/social-media/#paragraph-b"', 'href="/policies/social-media/#paragraph-z"'));
  const broken = await script('checks/check-links-command.ts', ['--dist', build.distDir]);
  assert.equal(broken.code, 1);
  assert.match(broken.output, /policies\/whistleblowing\/index\.html: the link "\/policies\/social-media\/#paragraph-z" has no id "paragraph-z" on the page it leads to\./);
  await writeFile(page, html);
});

test('remark-lint names the file and line of a Markdown slip in a policy', async () => {
  const file = path.join(build.root, 'policies/social-media/index.mdx');
  await writeFile(file, `${await readFile(file, 'utf8')}\nRead the [Code of Conduct][conduct] too.\n`);
  const lint = await run(process.execPath, [path.join(REPOSITORY_ROOT, 'node_modules/remark-cli/cli.js'), file, '--rc-path', path.join(REPOSITORY_ROOT, '.remarkrc.mjs'), '--quiet', '--frail', '--no-stdout', '--no-color'])
    .then(() => ({ code: 0, output: '' }), (error: { code: number; stderr: string }) => ({ code: error.code, output: error.stderr }));
  assert.equal(lint.code, 1);
  assert.match(lint.output, /policies\/social-media\/index\.mdx/);
  assert.match(lint.output, /\d+:\d+-\d+:\d+ warning Unexpected reference to undefined definition/);
});
