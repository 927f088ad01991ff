import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { SAMPLE_POLICIES } from '#src/governance/sample-policies.ts';
import { createFixtureSite, policySource, REPOSITORY_ROOT, runAstroBuild, TEST_TODAY } from '../helpers/fixture-site.ts';

const run = promisify(execFile);

async function removeSamples(root: string, ...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ['src/governance/remove-sample-policies-command.ts', ...args], { cwd: root });
  return stdout;
}

test('every policy the site ships with is recognised as a sample', async () => {
  const shipped = (await readdir(path.join(REPOSITORY_ROOT, 'policies'))).sort();
  assert.deepEqual(SAMPLE_POLICIES.map((sample) => sample.id), shipped);
});

test('remove-sample-policies says what it would remove, removes it only with --yes, and then has nothing to remove', async () => {
  const root = await createFixtureSite({
    withRealPolicies: true,
    policies: {
      'flexible-working/index.mdx': policySource({ title: 'Flexible Working Policy', owner: 'Director of People' }),
      // The Trust's own equality policy, imported into the sample's folder name with --force.
      'equality/index.mdx': policySource({ title: 'Equality and Diversity Policy', owner: 'Director of People' }),
    },
  });
  await cp(path.join(REPOSITORY_ROOT, '.github'), path.join(root, '.github'), { recursive: true });

  const preview = await removeSamples(root);
  assert.match(preview, /^Kept policies\/equality\/: it has a sample's folder name, but it is your policy \("Equality and Diversity Policy"\)\.$/m);
  assert.match(preview, /^ {2}policies\/social-media\/ \(Social Media Policy, with its easy read\)$/m);
  assert.match(preview, /Nothing has been changed\. To remove them, run: npm run remove-sample-policies -- --yes/);
  assert.equal((await readdir(path.join(root, 'policies'))).length, 8, 'a preview changes nothing');
  assert.match(preview, /^ {2}Its policies\/equality\/easy-read\.mdx may still be the sample's: rewrite it for your policy, or delete it\./m);
  // As the preview suggests: the sample's easy read does not explain the Trust's own policy.
  await rm(path.join(root, 'policies/equality/easy-read.mdx'));

  const removed = await removeSamples(root, '--yes');
  assert.match(removed, /^Removed:$/m);
  for (const id of ['acceptable-use', 'code-of-conduct', 'dignity-at-work', 'disciplinary', 'social-media', 'whistleblowing']) {
    assert.match(removed, new RegExp(`^  policies/${id}/ \\(`, 'm'));
  }
  assert.match(removed, /Remade \.github\/CODEOWNERS without their lines\./);
  assert.deepEqual((await readdir(path.join(root, 'policies'))).sort(), ['equality', 'flexible-working']);
  const codeowners = await readFile(path.join(root, '.github/CODEOWNERS'), 'utf8');
  assert.deepEqual(codeowners.split('\n').filter((line) => line.startsWith('/policies/')), [
    '/policies/equality/ @true-learning-partnership/people-team',
    '/policies/flexible-working/ @true-learning-partnership/people-team',
  ]);

  assert.match(removed, /^Took \d+ terms out of trust\/search-terms\.yaml: no policy left uses the words they point at \(/m);

  const terms = await readFile(path.join(root, 'trust/search-terms.yaml'), 'utf8');
  assert.match(terms, /^# The Trust's search terms/, 'the file keeps its comments');
  const built = await runAstroBuild(root, { POLICY_SITE_TODAY: TEST_TODAY });
  assert.equal(built.code, 0, `the site builds without the samples:\n${built.output}`);

  const again = await removeSamples(root, '--yes');
  assert.match(again, /^There are no sample policies to remove\.$/m);
});
