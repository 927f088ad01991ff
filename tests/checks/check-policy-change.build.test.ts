import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { createFixtureSite, policySource } from '../helpers/fixture-site.ts';
import { commitFiles, git, initRepository } from '../helpers/git-repository.ts';

const run = promisify(execFile);

async function plan(root: string): Promise<string> {
  const { stdout } = await run(process.execPath, [path.join(root, 'src/checks/check-policy-change-command.ts'), '--base', 'main', '--dry-run'], { cwd: root });
  return stdout.trim();
}

test('a branch that changes only policy files takes the quick path; one that also changes code runs every test', async () => {
  const root = await createFixtureSite({ policies: { 'pay/index.mdx': policySource({ title: 'Pay Policy' }) } });
  await initRepository(root);
  await commitFiles(root, { 'policies/leave/index.mdx': policySource({ title: 'Leave Policy' }) }, 'The site and two policies', '2026-11-01');
  await git(root, ['branch', '-M', 'main']);
  await git(root, ['checkout', '-q', '-b', 'edit-pay']);
  await commitFiles(root, { 'policies/pay/index.mdx': policySource({ title: 'Pay Policy' }, '## Scope\n\nAll staff and governors.\n') }, 'Pay: governors too', '2026-11-02');
  assert.equal(await plan(root), 'Only policy files changed (pay): the quick checks run.');

  await writeFile(path.join(root, 'src/site/new-module.ts'), 'export {};\n');
  assert.match(await plan(root), /^Not only policy files changed \(src\/site\/new-module\.ts\), so every test runs\./, 'a new file not yet added counts too');
  await run('rm', [path.join(root, 'src/site/new-module.ts')]);
  const urls = path.join(root, 'src/site/urls.ts');
  await writeFile(urls, `${await readFile(urls, 'utf8')}\n`);
  assert.match(await plan(root), /^Not only policy files changed \(src\/site\/urls\.ts\), so every test runs\./, 'an uncommitted change to code counts too');
  await commitFiles(root, { 'src/site/urls.ts': await readFile(urls, 'utf8') }, 'A code change', '2026-11-03');
  assert.match(await plan(root), /^Not only policy files changed \(src\/site\/urls\.ts\), so every test runs\./);
  await appendFile(path.join(root, 'policies/pay/index.mdx'), '\nMore.\n');
  assert.match(await plan(root), /so every test runs/, 'a policy edit alongside code still runs everything');
});
