import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createFixtureSite, runAstroBuild, TEST_TODAY } from '../helpers/fixture-site.ts';

/** Each variable a tester got wrong, and the one message the build should print for it. */
const MISTAKES: [string, string, string][] = [
  ['POLICY_SITE_DUE_SOON_DAYS', 'abc', 'POLICY_SITE_DUE_SOON_DAYS: "abc" is not a whole number of days. Write it like POLICY_SITE_DUE_SOON_DAYS=90.'],
  ['POLICY_SITE_TODAY', '31/12/2026', 'POLICY_SITE_TODAY: "31/12/2026" is not a day. Write it like POLICY_SITE_TODAY=2026-11-25.'],
  ['POLICY_SITE_CONTACT_EMAIL', 'nope', 'POLICY_SITE_CONTACT_EMAIL: "nope" is not an email address. Write it like POLICY_SITE_CONTACT_EMAIL=hr@example.org, or leave it out.'],
  ['POLICY_SITE_REPOSITORY', 'foo', 'POLICY_SITE_REPOSITORY: "foo" is not a GitHub repository. Write it as owner/name, like POLICY_SITE_REPOSITORY=true-learning-partnership/staff-policies, or leave it empty for no "Edit this policy" link.'],
  ['POLICY_SITE_BRANCH', 'a..b', 'POLICY_SITE_BRANCH: "a..b" is not a branch name. Write it like POLICY_SITE_BRANCH=main.'],
  ['POLICY_SITE_URL', 'notaurl', 'POLICY_SITE_URL: "notaurl" is not a web address. Write it in full, starting with https://, like POLICY_SITE_URL=https://policies.example.org/.'],
  ['POLICY_SITE_BASE', 'my site', 'POLICY_SITE_BASE: "my site" is not a path. Write only the part after the site\'s address, like POLICY_SITE_BASE=/policies/, or POLICY_SITE_BASE=/ for the whole site.'],
];

test('npm run build stops on a mistake in an environment variable with only the message, naming the variable, and no stack trace', async () => {
  const root = await createFixtureSite();
  for (const [variable, value, message] of MISTAKES) {
    const build = await runAstroBuild(root, { POLICY_SITE_TODAY: TEST_TODAY, [variable]: value });
    assert.notEqual(build.code, 0, `${variable}=${value} stops the build`);
    assert.equal(build.output.trim(), message, `${variable}=${value}: the message is all that is printed`);
  }
});

test('npm run build stops on a mistake in trust/settings.yaml with the list of problems and no stack trace', async () => {
  const root = await createFixtureSite();
  const settingsFile = path.join(root, 'trust/settings.yaml');
  await writeFile(settingsFile, (await readFile(settingsFile, 'utf8')).replace(/^basePath: .*$/m, 'basePath: my site'));
  const build = await runAstroBuild(root, { POLICY_SITE_TODAY: TEST_TODAY });
  assert.notEqual(build.code, 0);
  assert.match(build.output, /^Found 1 problem in trust\/settings\.yaml\. Fix it and build again:\n {2}trust\/settings\.yaml:\d+: basePath: "my site" is not a path\./);
  assert.doesNotMatch(build.output, /Stack trace|Location:|\n\s+at /);
});

test('npm start runs the same check, so a mistake in a variable stops it before Astro starts', async () => {
  const root = await createFixtureSite();
  const { scripts } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const output = await new Promise<{ code: number; output: string }>((resolve, reject) => {
    // As npm runs it: in a shell, with the project's node_modules/.bin and this Node first on the PATH.
    const child = spawn(scripts['start']!, {
      cwd: root,
      shell: true,
      env: {
        ...process.env,
        PATH: [path.join(root, 'node_modules/.bin'), path.dirname(process.execPath), process.env['PATH']].join(path.delimiter),
        POLICY_SITE_URL: 'notaurl',
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
    });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output: text }));
  });
  assert.notEqual(output.code, 0);
  assert.equal(output.output.trim(), MISTAKES.find(([variable]) => variable === 'POLICY_SITE_URL')![2]);
});
