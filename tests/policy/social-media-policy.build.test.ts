import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildFixtureSite, type BuildResult } from '../helpers/fixture-site.ts';
import { approvedSocialMediaLines } from '../helpers/approved-text.ts';
import { htmlText, idsIn } from '../helpers/html.ts';

let build: BuildResult;
let html: string;

before(async () => {
  build = await buildFixtureSite({ withSamplePolicies: true });
  assert.equal(build.code, 0, build.output);
  html = await readFile(path.join(build.distDir, 'policies/social-media/index.html'), 'utf8');
});

test('every sentence, list item and word of the approved 2021 text is on the page, unchanged', async () => {
  const text = htmlText(html);
  const lines = await approvedSocialMediaLines();
  assert.ok(lines.length >= 58, 'the seed was read');
  const missing = lines.filter((line) => !text.includes(line));
  assert.deepEqual(missing, [], 'lines of the approved text missing from the page');
});

test('every section of the policy is a heading, including the two the source contents list leaves out', () => {
  const headings = [...html.matchAll(/<h2 id="([^"]+)">([^<]+)<\/h2>/g)].map((match) => match[2]);
  for (const heading of [
    'Scope', 'Aims', 'Purpose of the policy', 'Principles', 'Definition of social media', 'Personal use of social media at work',
    'Social media in a personal capacity', 'Security and identity theft', 'Defamatory statements', 'Libellous statements',
    'Disciplinary action', 'Equality', 'Monitoring',
  ]) {
    assert.ok(headings.includes(heading), `heading "${heading}"`);
  }
  const contents = html.slice(html.indexOf('On this page'), html.indexOf('</nav>', html.indexOf('On this page')));
  assert.match(contents, /href="#definition-of-social-media"/);
  assert.match(contents, /href="#defamatory-statements"/);
});

test('paragraphs A to E stay lettered and can be linked', () => {
  assert.match(html, /<ol type="A" class="lettered">/);
  const ids = idsIn(html);
  for (const letter of 'abcde') assert.ok(ids.has(`paragraph-${letter}`), `paragraph-${letter}`);
  assert.match(html, /<li id="paragraph-c">abuse their position of trust when working with students/);
});

test('the page shows its version, approval, owner and that it is overdue for review, and runs no script', () => {
  const text = htmlText(html);
  assert.match(text, /Version 1\.0/);
  assert.match(text, /Approved By the Trust Board, July 2021/);
  assert.match(text, /Overdue for review: it was due by July 2024/);
  assert.match(text, /This policy was due for review by July 2024\. It stays in force until it is replaced\./);
  assert.doesNotMatch(html, /<script/i);
});
