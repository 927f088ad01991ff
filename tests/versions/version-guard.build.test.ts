import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPOSITORY_ROOT } from '../helpers/fixture-site.ts';
import { commitFiles, git, initRepository } from '../helpers/git-repository.ts';
import { VERSION_SOURCES } from '../helpers/versioned-policy.ts';

const run = promisify(execFile);
const FILE = 'policies/online-safety/index.mdx';

async function checkVersions(cwd: string, base: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(REPOSITORY_ROOT, 'src/versions/check-versions-command.ts'), '--base', base], { cwd });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

test('the version guard, in a real repository: text changed without a new version fails; with one it passes', async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'policy-guard-'));
  await initRepository(root);
  await commitFiles(root, { [FILE]: VERSION_SOURCES.first }, 'Approve version 1.0', '2021-07-14');
  await git(root, ['checkout', '--quiet', '-b', 'edit-policy']);

  await writeFile(path.join(root, FILE), VERSION_SOURCES.first.replace('must not accept', 'may accept'));
  const quiet = await checkVersions(root, 'main');
  assert.equal(quiet.code, 1, quiet.output);
  assert.match(quiet.output, /policies\/online-safety\/index\.mdx: the text of approved version 1\.0 was changed after it was approved\./);

  await writeFile(path.join(root, FILE), VERSION_SOURCES.second);
  const bumped = await checkVersions(root, 'main');
  assert.equal(bumped.code, 0, bumped.output);
  assert.match(bumped.output, /Checked 1 policy against main/);
  assert.equal(await readFile(path.join(root, FILE), 'utf8'), VERSION_SOURCES.second);
});
