import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildFixtureSite, REPOSITORY_ROOT, type BuildResult } from '../helpers/fixture-site.ts';
import { approvedSocialMediaLines } from '../helpers/approved-text.ts';
import { htmlText, idsIn } from '../helpers/html.ts';
import { socialMediaPolicyWordFile } from '../helpers/word-document.ts';

let source: string;
let report: string;
let lint: { status: number | null; output: string };
let build: BuildResult;
let html: string;

before(async () => {
  const work = await mkdtemp(path.join(tmpdir(), 'social-media-import-'));
  await writeFile(path.join(work, 'Social Media Policy.docx'), await socialMediaPolicyWordFile());
  const imported = spawnSync(process.execPath, [path.join(REPOSITORY_ROOT, 'src/import/import-command.ts'), 'Social Media Policy.docx', '--id', 'social-media', '--owner', 'Director of People'], {
    cwd: work, encoding: 'utf8', env: { ...process.env, INIT_CWD: work, POLICY_SITE_POLICIES_DIR: path.join(work, 'policies') },
  });
  report = `${imported.stdout}${imported.stderr}`;
  assert.equal(imported.status, 0, report);
  const file = path.join(work, 'policies/social-media/index.mdx');
  source = await readFile(file, 'utf8');
  const linted = spawnSync(path.join(REPOSITORY_ROOT, 'node_modules/.bin/remark'), [file, '--rc-path', path.join(REPOSITORY_ROOT, '.remarkrc.mjs'), '--quiet', '--frail', '--no-stdout'], { cwd: work, encoding: 'utf8' });
  lint = { status: linted.status, output: `${linted.stdout}${linted.stderr}` };
  build = await buildFixtureSite({ policies: { 'social-media/index.mdx': source } });
  assert.equal(build.code, 0, build.output);
  html = await readFile(path.join(build.distDir, 'policies/social-media/index.html'), 'utf8');
});

test('the imported file passes npm run lint:policies and builds as it is', () => {
  assert.equal(lint.status, 0, lint.output);
  assert.match(report, /It builds as it is/);
});

test('the page holds every sentence of the approved text', async () => {
  const text = htmlText(html);
  const lines = await approvedSocialMediaLines();
  assert.deepEqual(lines.filter((line) => !text.includes(line)), [], 'lines of the approved text missing from the page');
});

test('paragraphs A to E are lettered and linkable, and each of the 13 sections is a heading', () => {
  assert.match(html, /<ol type="A" class="lettered">/);
  const ids = idsIn(html);
  for (const letter of 'abcde') assert.ok(ids.has(`paragraph-${letter}`), `paragraph-${letter}`);
  const headings = [...html.matchAll(/<h2 id="[^"]+">([^<]+)<\/h2>/g)].map((match) => match[1]);
  for (const heading of [
    'Scope', 'Aims', 'Purpose of the policy', 'Principles', 'Definition of social media', 'Personal use of social media at work',
    'Social media in a personal capacity', 'Security and identity theft', 'Defamatory statements', 'Libellous statements',
    'Disciplinary action', 'Equality', 'Monitoring',
  ]) assert.ok(headings.includes(heading), `heading "${heading}"`);
});

test('the contents list is not in the text, and who approved it and when are in the details', () => {
  const body = source.slice(source.indexOf('\n---\n', 4));
  assert.doesNotMatch(body, /Contents|\t\d/);
  assert.match(source, /^approvedBy: Trust Board$/m);
  assert.match(source, /^approved: 2021-07$/m);
  assert.match(source, /^owner: Director of People$/m);
  assert.match(htmlText(html), /Approved By the Trust Board, July 2021/);
});
