import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { createFixtureSite, policySource } from '../helpers/fixture-site.ts';

const run = promisify(execFile);

async function codeowners(root: string, args: string[] = []): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(root, 'src/governance/codeowners-command.ts'), ...args], { cwd: root });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

test('npm run codeowners writes CODEOWNERS from the owner roles; --check fails plainly once a role\'s team changes', async () => {
  const root = await createFixtureSite({
    policies: {
      'pay/index.mdx': policySource({ title: 'Pay Policy', owner: 'Director of People' }),
      'acceptable-use/index.mdx': policySource({ title: 'Acceptable Use Policy', owner: 'Chief Operating Officer' }),
    },
  });
  await mkdir(path.join(root, '.github'));
  const mapping = path.join(root, '.github/policy-owners.json');
  await writeFile(mapping, JSON.stringify({ roles: { 'Director of People': '@trust/people', 'Chief Operating Officer': '@trust/operations' } }));

  const missing = await codeowners(root, ['--check']);
  assert.deepEqual(missing, { code: 1, output: '.github/CODEOWNERS is missing: run npm run codeowners and commit the file it writes.\n' });

  assert.deepEqual(await codeowners(root), { code: 0, output: 'Wrote .github/CODEOWNERS. Commit it with your change.\n' });
  const written = await readFile(path.join(root, '.github/CODEOWNERS'), 'utf8');
  assert.match(written, /^\/policies\/acceptable-use\/ @trust\/operations\n\/policies\/pay\/ @trust\/people\n$/m);
  assert.equal((await codeowners(root, ['--check'])).code, 0);

  await writeFile(mapping, JSON.stringify({ roles: { 'Director of People': '@trust/hr', 'Chief Operating Officer': '@trust/operations' } }));
  const stale = await codeowners(root, ['--check']);
  assert.equal(stale.code, 1);
  assert.equal(stale.output, ".github/CODEOWNERS is out of date with the policies' owners: run npm run codeowners and commit the result. The lines to change:\n  - /policies/pay/ @trust/people\n  + /policies/pay/ @trust/hr\n");
  assert.equal(await readFile(path.join(root, '.github/CODEOWNERS'), 'utf8'), written, '--check writes nothing');
});

test('a policy whose owner role has no team stops npm run codeowners with the file and the role', async () => {
  const root = await createFixtureSite({ policies: { 'pay/index.mdx': policySource({ title: 'Pay Policy', owner: 'Finance Director' }) } });
  await mkdir(path.join(root, '.github'));
  await writeFile(path.join(root, '.github/policy-owners.json'), JSON.stringify({ roles: { 'Director of People': '@trust/people' } }));
  const result = await codeowners(root);
  assert.equal(result.code, 1);
  assert.equal(result.output, [
    'Could not make .github/CODEOWNERS. Fix this first:',
    '  policies/pay/index.mdx:4: owner: the role "Finance Director" has no GitHub team in .github/policy-owners.json, so no one would be asked to review changes to this policy. To fix it, add the role to "roles" there, like "Finance Director": "@true-learning-partnership/people-team", or use a role it lists: Director of People.',
    '',
  ].join('\n'));
});
