import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { policySource, REPOSITORY_ROOT } from '../helpers/fixture-site.ts';
import { commitFiles, git, initRepository } from '../helpers/git-repository.ts';
import { escape } from '#src/publish/pr-summary-markdown.ts';

const run = promisify(execFile);
const COMMAND = path.join(REPOSITORY_ROOT, 'src/publish/pr-summary-command.ts');

const body = (friendRequests: string) => `## Scope\n\nThis policy applies to all staff.\n\n## Friend requests\n\n${friendRequests}\n\n## Reporting\n\nTell the headteacher.\n`;
const HISTORY_1_0 = '\n  - version: "1.0"\n    date: 2025-09\n    approvedBy: Trust Board\n    summary: First version.';
const EASY_READ = '---\nbasedOnVersion: "1.0"\ncheckedByReaders: not yet\n---\n\n<Point picture="mobile-phone" alt="A mobile phone">\n\nDo not be friends with pupils online.\n\n</Point>\n';

let root: string;
before(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'policy-site-pr-summary-'));
  await initRepository(root);
  await commitFiles(root, {
    'policies/online-safety/index.mdx': policySource({ title: 'Online Safety Policy', history: HISTORY_1_0 }, body('Staff must not accept friend requests from pupils.')),
    'policies/online-safety/easy-read.mdx': EASY_READ,
    'policies/untouched/index.mdx': policySource({ title: 'Untouched Policy' }),
  }, 'Version 1.0', '2025-09-01');
  await git(root, ['checkout', '--quiet', '-b', 'edit-online-safety']);
  await commitFiles(root, {
    'policies/online-safety/index.mdx': policySource(
      { title: 'Online Safety Policy', version: '"1.1"', owner: 'Head of Safeguarding', nextReview: '2029-01', history: `\n  - version: "1.1"\n    date: 2026-11\n    approvedBy: Trust Board\n    summary: Parents added to the rule on friend requests.${HISTORY_1_0}` },
      body('Staff must never accept friend requests from pupils or their parents.'),
    ),
    'policies/new-one/index.mdx': policySource({ title: 'Brand New Policy', status: 'draft', version: '"0.1"', approvedBy: undefined, approved: undefined }),
  }, 'Version 1.1', '2026-11-20');
});

async function summary(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [COMMAND, ...args], { cwd: root });
  return stdout;
}

test('a branch that edits a policy: its version change, changed details, and the words added in the section they are in', async () => {
  const markdown = await summary('--base', 'main');
  assert.match(markdown, /2 policies changed since `main`/);
  const online = markdown.slice(markdown.indexOf('### Online Safety Policy'));
  assert.match(online, /\*\*Version 1\.0 → 1\.1\.\*\*/);
  assert.match(online, /What changed, in the history entry: Parents added to the rule on friend requests\./);
  assert.match(online, /\| Owner \| Director of People \| Head of Safeguarding \|/);
  assert.match(online, /\| Next review \| 2028-09 \| 2029-01 \|/);
  assert.match(online, /\*\*Text\*\*: 1 section changed\./);
  assert.match(online, /- \*\*Friend requests\*\*: 4 words added, 1 word removed\.\n  - Added: “never”\n  - Added: “or their parents”\n  - Removed: “not”\n/);
  assert.doesNotMatch(online, /Reporting|Scope/, 'unchanged sections are not listed');
  assert.match(online, /\*\*Easy read\*\*: out of date\. It explains version 1\.0, but the policy is now version 1\.1\./);
  assert.match(online, /\*\*Links\*\*: not checked here/);
  assert.doesNotMatch(markdown, /Untouched Policy/);
});

test('a new policy is named as new, with its version', async () => {
  const markdown = await summary('--base', 'main');
  assert.match(markdown, /### Brand New Policy\n\nFile: `policies\/new-one\/index\.mdx`\n\n\*\*New policy\*\*, version 0\.1\./);
});

test('the same branch compared with itself changes nothing, and an unknown base says how to fix it', async () => {
  assert.match(await summary('--base', 'HEAD'), /No policy file changed since `HEAD`/);
  await assert.rejects(summary('--base', 'no-such-branch'), (error: { stderr: string; code: number }) => {
    assert.equal(error.code, 2);
    assert.match(error.stderr, /"no-such-branch" is not a commit, branch or tag in this repository/);
    assert.doesNotMatch(error.stderr, /at .*\.ts:\d+/, 'no stack trace');
    return true;
  });
});

test('policy words reach the summary exactly as typed, never as Markdown or HTML', () => {
  assert.equal(escape('Use <b>bold</b> | *not* [links](x) & `code`'), 'Use \\<b\\>bold\\</b\\> \\| \\*not\\* \\[links\\]\\(x\\) &amp; \\`code\\`');
});
