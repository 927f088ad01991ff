import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readPolicyFiles } from '#src/library/policy-files.ts';
import { formatProblem } from '#src/policy/problem.ts';
import { policySource } from '../helpers/fixture-site.ts';

async function policiesFolder(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'policy-files-'));
  for (const [name, source] of Object.entries(files)) {
    await mkdir(path.join(root, 'policies', name), { recursive: true });
    await writeFile(path.join(root, 'policies', name, 'index.mdx'), source);
  }
  return root;
}

test('a mistake in one policy is reported once, not again as a broken link in every policy that links to it', async () => {
  const root = await policiesFolder({
    'social-media': policySource({ title: 'Social Media Policy', related: '[equality, whistleblowing]' }, '## Scope\n\nSee the [Equality Policy](policy:equality#pay), its [training](policy:equality#training) and the [Whistleblowing Procedure](policy:whistleblowing#raising-a-concern).\n'),
    equality: policySource({ title: 'Equality Policy', nextReview: 'next July' }, '## Pay\n\nEqual pay for equal work.\n'),
    whistleblowing: policySource({ title: 'Whistleblowing Procedure' }, '## Raising a concern\n\n<div>Tell your manager.\n'),
  });
  const { policies, problems } = await readPolicyFiles(path.join(root, 'policies'), root);
  assert.deepEqual(policies.map((policy) => policy.id), ['social-media']);
  const lines = problems.map(formatProblem);
  assert.ok(lines.some((line) => /^policies\/equality\/index\.mdx:\d+: nextReview: /.test(line)), lines.join('\n'));
  assert.ok(lines.some((line) => line.startsWith('policies/whistleblowing/index.mdx:')), lines.join('\n'));
  // The link to a section the policy with problems does not have is still a mistake, named against its title.
  assert.ok(lines.some((line) => /the link to "policy:equality#training" points to a section "training" that the Equality Policy does not have/.test(line)), lines.join('\n'));
  assert.deepEqual(lines.filter((line) => /does not exist|is not a policy here|#pay|whistleblowing#raising-a-concern"/.test(line)), []);
  assert.equal(lines.length, 3, lines.join('\n'));
});

test('an approved policy that still has the new-policy template\'s placeholder text stops the build, naming each line; a draft may have it', async () => {
  const placeholder = '## Purpose\n\nReplace this with what the policy is for, and why the Trust has it.\n';
  const root = await policiesFolder({
    'drugs-alcohol': policySource({ title: 'Drugs and Alcohol Policy', summary: 'Replace this with one plain sentence saying what the policy is for.' }, placeholder),
    'flexible-working': policySource({ title: 'Flexible Working Policy', status: 'draft', version: '"0.1"', approvedBy: undefined, approved: undefined }, placeholder),
  });
  const { policies, problems } = await readPolicyFiles(path.join(root, 'policies'), root);
  assert.deepEqual(policies.map((policy) => policy.id), ['flexible-working']);
  assert.deepEqual(problems.map(formatProblem), [
    'policies/drugs-alcohol/index.mdx:3: still says "Replace this with one plain sentence saying what the policy is for.": the new-policy template\'s placeholder, which an approved policy cannot have. Write the policy\'s own words in its place.',
    'policies/drugs-alcohol/index.mdx:22: still says "Replace this with what the policy is for, and why the Trust has it.": the new-policy template\'s placeholder, which an approved policy cannot have. Write the policy\'s own words in its place.',
  ]);
});
