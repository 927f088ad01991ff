import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { createFixtureSite, policySource, runAstroBuild, TEST_TODAY } from '../helpers/fixture-site.ts';
import { htmlText } from '../helpers/html.ts';

const run = promisify(execFile);

/** Runs `npm run new-policy -- …` as a person would, in a copy of the repository. */
async function newPolicy(root: string, args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(root, 'src/governance/new-policy-command.ts'), ...args], {
      cwd: root,
      env: { ...process.env, POLICY_SITE_TODAY: TEST_TODAY },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

async function repositoryCopy(): Promise<string> {
  const root = await createFixtureSite({ policies: { 'pay/index.mdx': policySource({ title: 'Pay Policy' }) } });
  return root;
}

test('npm run new-policy makes a draft that builds into a page, and says what to do next', async () => {
  const root = await repositoryCopy();
  const made = await newPolicy(root, ['flexible-working', 'Flexible Working Policy']);
  assert.equal(made.code, 0, made.output);
  assert.match(made.output, /^Made a draft policy, "Flexible Working Policy" \(version 0\.1\): policies\/flexible-working\/index\.mdx\./);
  assert.match(made.output, /What to do next:\n {2}1\. Open policies\/flexible-working\/index\.mdx and replace every part that says "Replace"/);
  assert.match(made.output, /npm run codeowners/);
  assert.deepEqual(await readdir(path.join(root, 'policies/flexible-working')), ['index.mdx']);

  const build = await runAstroBuild(root, { POLICY_SITE_TODAY: TEST_TODAY });
  assert.equal(build.code, 0, build.output);
  const text = htmlText(await readFile(path.join(root, 'dist/policies/flexible-working/index.html'), 'utf8'));
  for (const expected of ['Flexible Working Policy', 'Draft for consultation: not approved by the Trust Board', 'Version 0.1', 'Current: next review by 25 November 2027', 'Purpose', 'Who this policy applies to']) {
    assert.ok(text.includes(expected), `the new page shows "${expected}"`);
  }
});

test('a folder name that is not a web address, an existing policy or a missing title is refused, and nothing is made', async () => {
  const root = await repositoryCopy();
  const cases: [string[], string][] = [
    [['Flexible Working', 'Flexible Working Policy'], 'No policy was made: "Flexible Working" cannot be a policy\'s folder name. It becomes the policy\'s web address, so use only lower-case letters, digits and single hyphens, like flexible-working.'],
    [['pay', 'Pay Policy'], 'No policy was made: policies/pay already exists. Choose another folder name, or edit policies/pay/index.mdx instead.'],
    [['flexible-working'], 'No policy was made: the title is missing.'],
    [['flexible-working', 'Flexible', 'Working'], 'No policy was made: there is more after the title (Working). Put the whole title in quotes.'],
  ];
  for (const [args, message] of cases) {
    const refused = await newPolicy(root, args);
    assert.equal(refused.code, 1, refused.output);
    assert.equal(refused.output.split('\n')[0], message);
  }
  assert.deepEqual((await readdir(path.join(root, 'policies'))).sort(), ['pay']);
  assert.equal(await readFile(path.join(root, 'policies/pay/index.mdx'), 'utf8'), policySource({ title: 'Pay Policy' }), 'the existing policy is untouched');
});
