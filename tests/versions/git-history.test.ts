import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { readBlobs, readRepositoryHistory, type FileRevision } from '#src/versions/git-history.ts';
import { commitFiles, git, initRepository } from '../helpers/git-repository.ts';

const run = promisify(execFile);
const ONLINE_SAFETY = 'policies/online-safety/index.mdx';
const WHISTLEBLOWING = 'policies/whistleblowing/index.mdx';
const TEXT = {
  draft: '---\nversion: "0.1"\n---\n\nStaff should think before accepting friend requests.\n',
  first: '---\nversion: "1.0"\n---\n\nStaff must not accept friend requests.\n',
  second: '---\nversion: "1.1"\n---\n\nStaff must not accept friend requests from pupils or parents. A fine of £50 — or more — is not a café.\n',
  whistleblowing: '---\nversion: "1.0"\n---\n\nSpeak to your line manager.\n',
};

let root: string;
let policiesDir: string;
/** Commit ids, by the message they were made with. */
const commits = new Map<string, string>();

before(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'policy-git-history-'));
  policiesDir = path.join(root, 'policies');
  await initRepository(root);
  const commit = async (files: Record<string, string>, message: string, date: string) => {
    await commitFiles(root, files, message, date);
    commits.set(message, (await git(root, ['rev-parse', 'HEAD'])).trim());
  };
  await commit({ [ONLINE_SAFETY]: TEXT.draft, 'notes/index.mdx': 'Not a policy.\n' }, 'Draft online safety', '2021-03-01');
  await commit({ [ONLINE_SAFETY]: TEXT.first, [WHISTLEBLOWING]: TEXT.whistleblowing }, 'Approve online safety 1.0 and whistleblowing', '2021-07-14');
  await commit({ 'README.md': 'About the policies.\n', 'notes/index.mdx': 'Still not a policy.\n' }, 'Write a README', '2022-01-10');
  await commit({ [ONLINE_SAFETY]: TEXT.second, 'policies/online-safety/easy-read.mdx': 'Easy read.\n' }, 'Approve online safety 1.1', '2024-03-05');
  // Written but never committed.
  await writeFile(path.join(policiesDir, 'new-policy.mdx'), 'placeholder\n');
});

const summary = (revisions: readonly FileRevision[] | undefined) =>
  (revisions ?? []).map(({ commit, committedAt }) => ({ commit, committedAt }));

test("each policy's revisions come back newest first, with the commit and the time it was committed", async () => {
  const history = await readRepositoryHistory(policiesDir, ['index.mdx']);
  assert.equal(history.availability, 'full');
  assert.equal(history.topLevel, root);
  assert.deepEqual(summary(history.revisions.get(ONLINE_SAFETY)), [
    { commit: commits.get('Approve online safety 1.1'), committedAt: '2024-03-05T12:00:00+00:00' },
    { commit: commits.get('Approve online safety 1.0 and whistleblowing'), committedAt: '2021-07-14T12:00:00+00:00' },
    { commit: commits.get('Draft online safety'), committedAt: '2021-03-01T12:00:00+00:00' },
  ]);
  assert.deepEqual(summary(history.revisions.get(WHISTLEBLOWING)), [
    { commit: commits.get('Approve online safety 1.0 and whistleblowing'), committedAt: '2021-07-14T12:00:00+00:00' },
  ], 'a policy untouched since it was added has one revision');
});

test('each revision comes with its text, read exactly, accents, pound signs and dashes included', async () => {
  const history = await readRepositoryHistory(policiesDir, ['index.mdx']);
  const texts = (history.revisions.get(ONLINE_SAFETY) ?? []).map((revision) => history.contents.get(revision.blob));
  assert.deepEqual(texts, [TEXT.second, TEXT.first, TEXT.draft]);
  const [whistleblowing] = history.revisions.get(WHISTLEBLOWING) ?? [];
  assert.equal(history.contents.get(whistleblowing!.blob), TEXT.whistleblowing);
  assert.equal(history.contents.size, 4, 'one text per distinct blob, and no others');
});

test('only the named files inside the policies folder are read: not easy reads, other folders or commits that touch neither', async () => {
  const history = await readRepositoryHistory(policiesDir, ['index.mdx']);
  assert.deepEqual([...history.revisions.keys()].sort(), [ONLINE_SAFETY, WHISTLEBLOWING]);
  const allCommits = [...history.revisions.values()].flat().map((revision) => revision.commit);
  assert.ok(!allCommits.includes(commits.get('Write a README')!), 'a commit that changes no policy is no revision');

  const both = await readRepositoryHistory(policiesDir, ['index.mdx', 'easy-read.mdx']);
  assert.deepEqual(summary(both.revisions.get('policies/online-safety/easy-read.mdx')), [
    { commit: commits.get('Approve online safety 1.1'), committedAt: '2024-03-05T12:00:00+00:00' },
  ]);
  assert.equal(both.contents.get(both.revisions.get('policies/online-safety/easy-read.mdx')![0]!.blob), 'Easy read.\n');
});

test('a file that was never committed has no revisions, and reading it does not fail', async () => {
  await writeFile(path.join(policiesDir, 'online-safety', 'draft-notes.mdx'), 'Never committed.\n');
  const history = await readRepositoryHistory(policiesDir, ['index.mdx', 'draft-notes.mdx', 'new-policy.mdx']);
  assert.equal(history.availability, 'full');
  assert.equal(history.revisions.get('policies/online-safety/draft-notes.mdx'), undefined);
  assert.equal(history.revisions.get('policies/new-policy.mdx'), undefined);
  assert.equal(history.revisions.get(ONLINE_SAFETY)?.length, 3, 'the committed files are still read');
});

test('however many policies and commits there are, the history is read with one git log and one git cat-file', async () => {
  const shimDir = await mkdtemp(path.join(tmpdir(), 'policy-git-shim-'));
  const realGit = (await run('sh', ['-c', 'command -v git'])).stdout.trim();
  const calls = path.join(shimDir, 'calls.txt');
  await writeFile(calls, '');
  await writeFile(path.join(shimDir, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> "${calls}"\nexec "${realGit}" "$@"\n`);
  await chmod(path.join(shimDir, 'git'), 0o755);
  const savedPath = process.env['PATH'];
  process.env['PATH'] = `${shimDir}${path.delimiter}${savedPath ?? ''}`;
  let history;
  try {
    history = await readRepositoryHistory(policiesDir, ['index.mdx', 'easy-read.mdx']);
  } finally {
    process.env['PATH'] = savedPath;
  }
  assert.equal([...history.revisions.values()].flat().length, 5, 'five revisions of three files were read');
  // The subcommand is the first word that is not an option or an option's value (git -c name=value log …).
  const subcommands = (await readFile(calls, 'utf8')).trim().split('\n').map((line) => line.replace(/^(-c \S+ )+/, '').split(' ')[0]!);
  assert.equal(subcommands.filter((name) => name === 'log').length, 1, subcommands.join(', '));
  assert.equal(subcommands.filter((name) => name === 'cat-file').length, 1, subcommands.join(', '));
  assert.ok(subcommands.length <= 6, `a handful of git processes in all, not one per file: ${subcommands.join(', ')}`);
});

test('a shallow clone says its history is shallow, and holds no earlier revision of any policy', async () => {
  const clone = await mkdtemp(path.join(tmpdir(), 'policy-git-shallow-'));
  await git(root, ['clone', '--quiet', '--depth', '1', `file://${root}`, clone]);
  const history = await readRepositoryHistory(path.join(clone, 'policies'), ['index.mdx']);
  assert.equal(history.availability, 'shallow');
  assert.equal(history.topLevel, clone);
  for (const [file, revisions] of history.revisions) {
    assert.ok(revisions.length <= 1, `${file} has only the one commit the clone holds`);
  }
});

test('a folder outside any git repository says so; a repository with no commits yet has no revisions', async () => {
  const loose = await mkdtemp(path.join(tmpdir(), 'policy-git-none-'));
  await writeFile(path.join(loose, 'index.mdx'), TEXT.first);
  const none = await readRepositoryHistory(loose, ['index.mdx']);
  assert.equal(none.availability, 'not-a-repository');
  assert.equal(none.topLevel, '');
  assert.equal(none.revisions.size, 0);

  await initRepository(loose);
  const fresh = await readRepositoryHistory(loose, ['index.mdx']);
  assert.equal(fresh.availability, 'full');
  assert.equal(fresh.topLevel, loose);
  assert.equal(fresh.revisions.size, 0);
  assert.equal(fresh.contents.size, 0);
});

test('readBlobs returns the text of each blob asked for, and nothing when asked for none', async () => {
  const first = (await git(root, ['rev-parse', `${commits.get('Approve online safety 1.0 and whistleblowing')}:${ONLINE_SAFETY}`])).trim();
  const second = (await git(root, ['rev-parse', `${commits.get('Approve online safety 1.1')}:${ONLINE_SAFETY}`])).trim();
  const whistleblowing = (await git(root, ['rev-parse', `HEAD:${WHISTLEBLOWING}`])).trim();
  const contents = await readBlobs(root, [second, first, whistleblowing]);
  assert.deepEqual(Object.fromEntries(contents), { [second]: TEXT.second, [first]: TEXT.first, [whistleblowing]: TEXT.whistleblowing });
  assert.deepEqual(await readBlobs(root, []), new Map());
});

test('a blob git no longer has is left out, and the blobs after it are still read whole', async () => {
  const first = (await git(root, ['rev-parse', `${commits.get('Approve online safety 1.0 and whistleblowing')}:${ONLINE_SAFETY}`])).trim();
  const gone = 'f'.repeat(40);
  const contents = await readBlobs(root, [gone, first]);
  assert.deepEqual(Object.fromEntries(contents), { [first]: TEXT.first });
});

test('a project reached through a symbolic link, or in a folder with an accent, keeps its history', async () => {
  const link = path.join(await mkdtemp(path.join(tmpdir(), 'policy-link-')), 'site');
  await symlink(root, link, 'dir');
  const throughLink = await readRepositoryHistory(path.join(link, 'policies'), ['index.mdx']);
  assert.equal(throughLink.revisions.get(ONLINE_SAFETY)?.length, 3);

  const accented = await mkdtemp(path.join(tmpdir(), 'policy-café-'));
  await initRepository(accented);
  await commitFiles(accented, { 'policies/santé/index.mdx': TEXT.first }, 'A policy in a folder with an accent', '2021-07-14');
  const history = await readRepositoryHistory(path.join(accented, 'policies'), ['index.mdx']);
  assert.deepEqual([...history.revisions.keys()], ['policies/santé/index.mdx']);
});
