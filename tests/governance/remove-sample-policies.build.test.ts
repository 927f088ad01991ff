import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { SAMPLE_SEARCH_TERMS_FILE, SAMPLES_FOR_TESTS } from '#src/governance/sample-policies.ts';
import { SAMPLE_POLICIES } from '#src/policy/sample-policies.ts';
import { createFixtureSite, policySource, REPOSITORY_ROOT, runAstroBuild, TEST_TODAY } from '../helpers/fixture-site.ts';
import { git, initRepository } from '../helpers/git-repository.ts';
import { copySamplePolicies, findSamplePolicies } from '../helpers/sample-policies.ts';
import { tinyPng } from '../helpers/word-document.ts';

const run = promisify(execFile);

async function removeSamples(root: string, ...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ['src/governance/remove-sample-policies-command.ts', ...args], { cwd: root });
  return stdout;
}

/** Every file in a folder, by its path inside it, with its bytes. */
async function filesIn(folder: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = new Map<string, Buffer>();
  for (const entry of entries.filter((found) => found.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(folder, file), await readFile(file));
  }
  return files;
}

test('every sample policy is found, with the title and summary the removal knows it by', async () => {
  const samples = await findSamplePolicies();
  assert.deepEqual(samples.folders.map((sample) => sample.id), SAMPLE_POLICIES.map((sample) => sample.id));
});

test('remove-sample-policies says what it would move, moves the samples into the tests only with --yes (from git when the site no longer has one), and then has nothing to do', async () => {
  const root = await createFixtureSite({
    withSamplePolicies: true,
    policies: { 'flexible-working/index.mdx': policySource({ title: 'Flexible Working Policy', owner: 'Director of People' }) },
  });
  // The teams of the samples' owners, fixed here: a Trust's own .github/policy-owners.json names its own teams.
  await mkdir(path.join(root, '.github'));
  await writeFile(path.join(root, '.github/policy-owners.json'), JSON.stringify({ roles: { 'Director of People': '@trust/people', 'Chief Operating Officer': '@trust/operations' } }));
  await writeFile(path.join(root, '.github/CODEOWNERS'), '');
  await initRepository(root);
  await git(root, ['add', '--all']);
  await git(root, ['commit', '--quiet', '-m', 'The site as it ships'], '2026-11-01');
  // The Trust's own equality policy, imported into the sample's folder name with --force: a draft, as
  // its cover named no approval, whose version 0.1 is the number git already has for the folder.
  const draft = { status: 'draft', version: '"0.1"', approvedBy: undefined, approved: undefined };
  await writeFile(path.join(root, 'policies/equality/index.mdx'), policySource({ title: 'Equality and Diversity Policy', owner: 'Director of People', ...draft }));
  await git(root, ['commit', '--quiet', '-am', 'Our equality policy'], '2026-11-02');
  const samplesBefore = await findSamplePolicies();
  const termsBefore = await readFile(path.join(root, 'trust/search-terms.yaml'), 'utf8');

  const preview = await removeSamples(root);
  assert.match(preview, /^Kept policies\/equality\/: it has a sample's folder name, but it is your policy \("Equality and Diversity Policy"\)\.$/m);
  assert.match(preview, /^These would be moved to tests\/fixtures\/sample-policies\/, where the project's tests still use them; the site would no longer publish them:$/m);
  assert.match(preview, /^ {2}policies\/social-media\/ \(Social Media Policy, with its easy read\)$/m);
  assert.match(preview, /^The sample Equality Policy is no longer in the site: a copy would be taken from git's history into tests\/fixtures\/sample-policies\/equality\/ for the tests\.$/m);
  assert.match(preview, /Nothing has been changed\. To do it, run: npm run remove-sample-policies -- --yes/);
  assert.equal((await readdir(path.join(root, 'policies'))).length, 8, 'a preview changes nothing');
  assert.match(preview, /^ {2}Its policies\/equality\/easy-read\.mdx may still be the sample's: rewrite it for your policy, or delete it\./m);
  // As the preview suggests: the sample's easy read does not explain the Trust's own policy.
  await rm(path.join(root, 'policies/equality/easy-read.mdx'));

  const moved = await removeSamples(root, '--yes');
  assert.match(moved, /^Moved to tests\/fixtures\/sample-policies\/, where the project's tests still use them; the site no longer publishes them:$/m);
  for (const id of ['acceptable-use', 'code-of-conduct', 'dignity-at-work', 'disciplinary', 'social-media', 'whistleblowing']) {
    assert.match(moved, new RegExp(`^  policies/${id}/ \\(`, 'm'));
  }
  assert.match(moved, /^Took the sample Equality Policy from git's history \(commit [0-9a-f]{7}\) into tests\/fixtures\/sample-policies\/equality\/, as the tests build it\.$/m);
  assert.match(moved, /^Kept the search terms the samples' words answer in tests\/fixtures\/sample-policies\/search-terms\.yaml, for the search tests\.$/m);
  assert.match(moved, /^Took \d+ terms out of trust\/search-terms\.yaml: no policy left uses the words they point at \(/m);
  assert.match(moved, /Remade \.github\/CODEOWNERS without their lines\./);
  assert.deepEqual((await readdir(path.join(root, 'policies'))).sort(), ['equality', 'flexible-working']);
  const codeowners = await readFile(path.join(root, '.github/CODEOWNERS'), 'utf8');
  assert.deepEqual(codeowners.split('\n').filter((line) => line.startsWith('/policies/')), [
    '/policies/equality/ @trust/people',
    '/policies/flexible-working/ @trust/people',
  ]);
  const openingComment = (text: string) => text.split('\n')[0];
  assert.equal(openingComment(await readFile(path.join(root, 'trust/search-terms.yaml'), 'utf8')), openingComment(termsBefore), 'the Trust\'s file keeps its comments');
  // The pull request that commits it passes the version guard: the samples were never the Trust's to keep.
  await git(root, ['add', '--all']);
  await git(root, ['commit', '--quiet', '-m', 'Remove the sample policies'], '2026-11-03');
  const guard = await run(process.execPath, ['src/versions/check-versions-command.ts', '--base', 'HEAD~1'], { cwd: root });
  assert.match(guard.stdout, /^Checked 8 policies against HEAD~1: every change to policy text has a new version or an editorial note\.$/m);

  // The tests' copy is complete: every sample, file for file and byte for byte as it was, the one the site had lost included.
  const samplesAfter = await findSamplePolicies(root);
  for (const { id, folder } of samplesAfter.folders) {
    assert.equal(folder, path.join(root, SAMPLES_FOR_TESTS, id), `the helper finds ${id} in the tests' copy`);
    const original = samplesBefore.folders.find((sample) => sample.id === id)!.folder;
    assert.deepEqual(await filesIn(folder), await filesIn(original), `${id} is moved whole`);
  }
  assert.equal(samplesAfter.searchTerms, path.join(root, SAMPLE_SEARCH_TERMS_FILE));
  const keptTerms = await readFile(samplesAfter.searchTerms!, 'utf8');
  assert.match(keptTerms, /^# The search terms the sample policies were tuned with/);
  const shippedTerms = Object.keys(parse(await readFile(samplesBefore.searchTerms!, 'utf8')) as object);
  assert.deepEqual(Object.keys(parse(keptTerms) as object), shippedTerms, 'every term the samples were tuned with is kept beside them');

  const built = await runAstroBuild(root, { POLICY_SITE_TODAY: TEST_TODAY });
  assert.equal(built.code, 0, `the site builds without the samples:\n${built.output}`);
  assert.deepEqual((await readdir(path.join(root, 'dist/policies'), { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort(), ['equality', 'flexible-working']);

  // What the project's tests do next: build the samples from where the helper now finds them, search terms and all.
  const samplesSite = await createFixtureSite();
  await copySamplePolicies(samplesSite, root);
  assert.equal(await readFile(path.join(samplesSite, 'trust/search-terms.yaml'), 'utf8'), keptTerms);
  const samplesBuilt = await runAstroBuild(samplesSite, { POLICY_SITE_TODAY: TEST_TODAY });
  assert.equal(samplesBuilt.code, 0, `the moved samples build:\n${samplesBuilt.output}`);
  for (const { id } of SAMPLE_POLICIES) await readFile(path.join(samplesSite, `dist/policies/${id}/easy-read/index.html`));

  const again = await removeSamples(root, '--yes');
  assert.match(again, /^There are no sample policies to remove\.$/m);
  assert.equal(await readFile(samplesAfter.searchTerms!, 'utf8'), keptTerms, 'a second run leaves the kept terms alone');
});

test('removing the samples from a site that has nothing else leaves a policies folder git keeps, which the policy lint accepts', async () => {
  const root = await createFixtureSite({ withSamplePolicies: true });
  const moved = await removeSamples(root, '--yes');
  assert.doesNotMatch(moved, /Could not find/);
  assert.deepEqual(await readdir(path.join(root, 'policies')), ['.gitkeep']);
  assert.deepEqual((await findSamplePolicies(root)).folders.map(({ folder }) => path.relative(root, path.dirname(folder))), SAMPLE_POLICIES.map(() => SAMPLES_FOR_TESTS));
  const lint = await run(process.execPath, [path.join(REPOSITORY_ROOT, 'node_modules/remark-cli/cli.js'), 'policies', '--ext', 'mdx', '--rc-path', path.join(REPOSITORY_ROOT, '.remarkrc.mjs'), '--quiet', '--frail', '--no-stdout'], { cwd: root });
  assert.equal(lint.stderr, '');
});

test('a shared picture only the samples show moves with them, one the Trust\'s policies show too stays and is copied, and a sample found nowhere is named', async () => {
  const root = await createFixtureSite({
    withSamplePolicies: true,
    policies: { 'pay/index.mdx': policySource({ title: 'Pay Policy' }, '## Scope\n\n![Our pay scales](../_shared/both.png)\n') },
  });
  await mkdir(path.join(root, 'policies/_shared'));
  for (const picture of ['samples-only.png', 'both.png']) await writeFile(path.join(root, 'policies/_shared', picture), tinyPng());
  const socialMedia = path.join(root, 'policies/social-media/index.mdx');
  await writeFile(socialMedia, `${await readFile(socialMedia, 'utf8')}\n![A phone](../_shared/samples-only.png)\n\n![Our pay scales](../_shared/both.png)\n`);
  // Deleted by hand, in a copy git has never seen: there is nowhere to take it from.
  await rm(path.join(root, 'policies/whistleblowing'), { recursive: true });

  const moved = await run(process.execPath, ['src/governance/remove-sample-policies-command.ts', '--yes'], { cwd: root }).then(
    () => assert.fail('a sample found nowhere makes the command fail'),
    (error: { code: number; stdout: string }) => error,
  );
  assert.equal(moved.code, 1);
  assert.match(moved.stdout, /^ {2}policies\/_shared\/samples-only\.png \(a picture only the sample policies show\)$/m);
  assert.match(moved.stdout, /^ {2}policies\/_shared\/both\.png \(a picture your policies show too: it stays, and the samples get a copy\)$/m);
  assert.match(moved.stdout, /^Could not find the sample Whistleblowing Procedure anywhere, not even in git's history, so the tests that build the samples will fail\. Copy policies\/whistleblowing\/ from the project's repository into tests\/fixtures\/sample-policies\/whistleblowing\/\.$/m);
  assert.deepEqual(await readdir(path.join(root, 'policies/_shared')), ['both.png']);
  assert.deepEqual((await readdir(path.join(root, SAMPLES_FOR_TESTS, '_shared'))).sort(), ['both.png', 'samples-only.png']);
  await assert.rejects(findSamplePolicies(root), /^Error: The tests build the sample Whistleblowing Procedure, but it is neither in policies\/whistleblowing\/ nor in tests\/fixtures\/sample-policies\/whistleblowing\/\. Run npm run remove-sample-policies -- --yes/);
});
