import { test } from 'node:test';
import assert from 'node:assert/strict';
import { access, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createFixtureSite, policySource, runAstroBuild, TEST_TODAY } from '../helpers/fixture-site.ts';
import { easyReadSource, POINT } from '../helpers/easy-read-fixture.ts';
import { commitFiles, initRepository } from '../helpers/git-repository.ts';

const exists = (file: string) => access(file).then(() => true, () => false);

/** A line of MDX that would write `marker` if anything ever ran it. */
const writes = (marker: string) => `export const pwned = (await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'ran')`;

test('code in a policy never runs: the build stops first, naming each file, line and what to write instead', async () => {
  const marker = path.join(tmpdir(), `policy-code-ran-${process.pid}-${Date.now()}`);
  const root = await createFixtureSite({
    policies: {
      'pay/index.mdx': policySource({ title: 'Pay Policy' }, `${writes(marker)}\n\n## Scope\n\nAll staff. {console.log('hi')}\n`),
      'travel/index.mdx': policySource({ title: 'Travel Policy' }, '## Scope\n\n[Claim here](javascript:alert(document.cookie)) or see [the old form](http://example.org/form).\n'),
      'leave/index.mdx': policySource({ title: 'Leave Policy' }),
    },
  });
  // Saved from Notepad in Windows-1252: a curly apostrophe is byte 0x92.
  const leave = path.join(root, 'policies/leave/index.mdx');
  await writeFile(leave, Buffer.concat([Buffer.from(policySource({ title: 'Leave Policy' }, '## Scope\n\nThe Trust')), Buffer.from([0x92]), Buffer.from('s staff.\n')]));
  const build = await runAstroBuild(root, { POLICY_SITE_TODAY: TEST_TODAY });
  assert.notEqual(build.code, 0, 'the build fails');
  assert.equal(await exists(marker), false, 'nothing in the policy ran');
  const lines = build.output.split('\n').map((line) => line.trim());
  const has = (pattern: RegExp) => assert.ok(lines.some((line) => pattern.test(line)), `${pattern} in:\n${build.output}`);
  has(/^policies\/pay\/index\.mdx:\d+:1: error: A line that starts with "import" or "export" is code, and a policy file may not run code\. If it is code, remove it and write what it was for as text; if it is a sentence, start it with a capital letter \("Export of …"\) or reword its start\. \[no-code: CONTRIBUTING\.md#policy-file-no-code\]$/);
  has(/^policies\/pay\/index\.mdx:\d+:\d+: error: Curly brackets \{ \} run code in a policy file\./);
  has(/^policies\/travel\/index\.mdx:\d+:\d+: error: The link address "javascript:alert\(document\.cookie\)" is not allowed/);
  has(/^policies\/leave\/index\.mdx:\d+: is not saved as UTF-8/);
  assert.doesNotMatch(build.output, /\n\s+at /, 'no stack trace');
});

test('code in an easy read never runs either, and an old version in git that holds code is listed but not shown', async () => {
  const marker = path.join(tmpdir(), `easy-read-code-ran-${process.pid}-${Date.now()}`);
  const oldMarker = path.join(tmpdir(), `old-version-code-ran-${process.pid}-${Date.now()}`);
  const root = await createFixtureSite();
  await initRepository(root);
  const file = 'policies/pay/index.mdx';
  const old = policySource({ title: 'Pay Policy', version: '"1.0"', approved: '2021-07-14' }, `${writes(oldMarker)}\n\n## Scope\n\nAll staff.\n`);
  const history = '\n  - version: "1.1"\n    date: 2024-03-05\n    approvedBy: Trust Board\n    summary: Took out the code.\n  - version: "1.0"\n    date: 2021-07-14\n    approvedBy: Trust Board\n    summary: Approved.';
  const current = policySource({ title: 'Pay Policy', version: '"1.1"', approved: '2024-03-05', history }, '## Scope\n\nAll staff, and governors.\n');
  await commitFiles(root, { [file]: old }, 'Version 1.0, which held code', '2021-07-14');
  await commitFiles(root, { [file]: current }, 'Version 1.1', '2024-03-05');

  const clean = await runAstroBuild(root, { POLICY_SITE_TODAY: TEST_TODAY });
  assert.equal(clean.code, 0, clean.output);
  assert.equal(await exists(oldMarker), false, 'the old version\'s code did not run');
  assert.match(clean.output, /policies\/pay\/index\.mdx: version 1\.0 \(commit [0-9a-f]{7}\) holds code or links that policy files may not have, so it is listed but not shown\./);
  assert.equal(await exists(path.join(root, 'dist/policies/pay/versions/1.0/index.html')), false);
  assert.match(await readFile(path.join(root, 'dist/policies/pay/versions/index.html'), 'utf8'), /1\.0/);

  await writeFile(path.join(root, 'policies/pay/easy-read.mdx'), easyReadSource({ basedOnVersion: '"1.1"' }, `${writes(marker)}\n\n${POINT}`));
  const build = await runAstroBuild(root, { POLICY_SITE_TODAY: TEST_TODAY });
  assert.notEqual(build.code, 0);
  assert.equal(await exists(marker), false, 'the easy read\'s code did not run');
  assert.match(build.output, /policies\/pay\/easy-read\.mdx:6:1: error: A line that starts with "import" or "export" is code/);
});
