import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildFixtureSite, policySource, runAstroBuild, TEST_TODAY } from '../helpers/fixture-site.ts';
import { hrefsIn, htmlText } from '../helpers/html.ts';

const RELATED_POLICIES = ['code-of-conduct', 'whistleblowing', 'dignity-at-work', 'equality', 'acceptable-use', 'disciplinary'];

test('breaking one link in a real policy fails the build, naming the file, line and a suggestion', async () => {
  const build = await buildFixtureSite({ withSamplePolicies: true });
  assert.equal(build.code, 0, build.output);
  const file = path.join(build.root, 'policies/social-media/index.mdx');
  const source = await readFile(file, 'utf8');
  await writeFile(file, source.replace('(policy:whistleblowing)', '(policy:whistleblowing#raising-concerns)').replace('(policy:equality)', '(policy:equalty)'));
  const line = source.split('\n').findIndex((text) => text.includes('(policy:whistleblowing)')) + 1;
  const broken = await runAstroBuild(build.root, { POLICY_SITE_TODAY: TEST_TODAY });
  assert.notEqual(broken.code, 0, 'the build fails');
  assert.match(broken.output, new RegExp(`policies/social-media/index\\.mdx:${line}:\\d+: the link to "policy:whistleblowing#raising-concerns" points to a section "raising-concerns" that the Whistleblowing Procedure does not have\\. Did you mean #raising-a-concern-inside-the-trust\\?`));
  assert.match(broken.output, /policies\/social-media\/index\.mdx:\d+:\d+: the link to "policy:equalty" points to a policy "equalty" that does not exist\. Did you mean policy:equality\?/);
});

test('a pinned section id keeps old links working when a heading is reworded', async () => {
  const build = await buildFixtureSite({
    policies: {
      'whistleblowing/index.mdx': policySource({ title: 'Whistleblowing Procedure' }, '## How to raise a concern with us {#raising-a-concern}\n\nTell your manager.\n'),
      'social-media/index.mdx': policySource({ title: 'Social Media Policy' }, '## Scope\n\nSee [raising a concern](policy:whistleblowing#raising-a-concern).\n'),
    },
  });
  assert.equal(build.code, 0, build.output);
  const html = await readFile(path.join(build.distDir, 'policies/whistleblowing/index.html'), 'utf8');
  assert.match(html, /<h2 id="raising-a-concern">How to raise a concern with us<\/h2>/);
});

test('the Social Media Policy links to all six related policies without a word of its text changing', async () => {
  const build = await buildFixtureSite({ withSamplePolicies: true });
  assert.equal(build.code, 0, build.output);
  const html = await readFile(path.join(build.distDir, 'policies/social-media/index.html'), 'utf8');
  const text = html.slice(html.indexOf('class="policy-text"'), html.indexOf('id="related-policies"'));
  for (const id of RELATED_POLICIES) assert.ok(hrefsIn(text).includes(`/policies/${id}/`), `links to ${id} in the text`);
  assert.match(htmlText(text), /This policy should be read alongside the Trust’s Employee Code of Conduct\./);
  for (const id of RELATED_POLICIES) {
    const page = await readFile(path.join(build.distDir, `policies/${id}/index.html`), 'utf8');
    const referredToBy = htmlText(page.slice(page.indexOf('id="referred-to-by"')));
    assert.match(referredToBy, /Social Media Policy/, `${id} shows the Social Media Policy under "Referred to by"`);
    assert.match(htmlText(page), /Draft for consultation: not approved by the Trust Board/, `${id} is marked as a draft`);
  }
});
