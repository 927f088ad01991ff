import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { createFixtureSite, policySource, TEST_TODAY } from '../helpers/fixture-site.ts';
import { commitFiles, git, initRepository } from '../helpers/git-repository.ts';
import { hasText, readPdf, type ParsedPdf } from '../helpers/pdf.ts';

const run = promisify(execFile);
const FILE = 'policies/online-safety/index.mdx';
const DRAFT = 'policies/lone-working/index.mdx';

const text = (scope: string, friends: string, last: string) =>
  `## Scope\n\n${scope}\n\n## Friend requests\n\n${friends}\n\n${last}\n`;

const APPROVED = policySource({ title: 'Online Safety Policy', version: '"1.0"', approved: '2025-09' },
  text('This policy applies to all staff.', 'Staff must not accept friend requests from pupils.', 'Staff may post photos of school trips.'));

/** Version 1.1: a sentence rewritten, a paragraph added and one taken out, waiting for approval. */
const PROPOSED = policySource({
  title: 'Online Safety Policy', status: 'under-review', version: '"1.1"', approved: '2025-09', owner: 'Head of Safeguarding',
  history: '\n  - version: "1.1"\n    date: 2026-10-01\n    summary: Friend requests from parents too; no photos of trips.\n  - version: "1.0"\n    date: 2025-09\n    approvedBy: Trust Board\n    summary: First version.',
}, text('This policy applies to all staff.', 'Staff must never accept friend requests from pupils or parents.', 'Staff must report online abuse to the headteacher.'));

const NEW_DRAFT = policySource({ title: 'Lone Working Policy', status: 'draft', version: '"0.2"', approvedBy: undefined, approved: undefined,
  history: '\n  - version: "0.2"\n    date: 2026-10-02\n    summary: Second draft after consultation.\n  - version: "0.1"\n    date: 2026-09-01\n    summary: First draft.' },
'## Scope\n\nStaff working alone must tell a colleague where they are.\n');

async function boardPack(root: string, args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(root, 'src/board-pack/board-pack-command.ts'), ...args], {
      cwd: root, env: { ...process.env, POLICY_SITE_TODAY: TEST_TODAY, INIT_CWD: root },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

/** A copy of the site in a git repository: 1.0 approved and a draft on main, 1.1 proposed on a branch. */
async function repository(): Promise<string> {
  const root = await createFixtureSite();
  await initRepository(root);
  await commitFiles(root, { [FILE]: APPROVED }, 'Approve version 1.0', '2025-09-10');
  await commitFiles(root, { [DRAFT]: NEW_DRAFT }, 'Draft lone working policy', '2026-10-02');
  await git(root, ['checkout', '--quiet', '-b', 'online-safety-1.1']);
  await commitFiles(root, { [FILE]: PROPOSED }, 'Propose version 1.1', '2026-10-03');
  return root;
}

const root = await repository();

async function made(args: string[], file: string): Promise<ParsedPdf> {
  const result = await boardPack(root, [...args, '--out', file]);
  assert.equal(result.code, 0, result.output);
  return readPdf(await readFile(path.join(root, file)));
}

test('with --base, the pack holds the changed policy, each inserted and deleted word beside its label, and names 1.0 to 1.1', async () => {
  const pdf = await made(['--base', 'main', '--meeting', 'Trust Board, 26 November 2026'], 'pack.pdf');
  for (const expected of [
    'Policies for approval: Trust Board, 26 November 2026',
    'Revised: version 1.0 to version 1.1.',
    'Staff must [deleted:] not [end of deletion] [inserted:] never [end of insertion] accept friend requests from pupils [inserted:] or parents [end of insertion].',
    '[New paragraph:] Staff must report online abuse to the headteacher. [end of new paragraph]',
    '[Removed paragraph:] Staff may post photos of school trips. [end of removed paragraph]',
    'Version 1.1, 1 October 2026: Friend requests from parents too; no photos of trips.',
    'Owner: was Director of People; proposed Head of Safeguarding',
  ]) assert.ok(hasText(pdf.text, expected), `the pack reads "${expected}"`);
  assert.ok(!hasText(pdf.text, 'Lone Working Policy'), 'a policy unchanged since main is not in the pack');
  const cover = pdf.pages[0]!.allText;
  for (const cell of ['Online Safety Policy', 'Head of Safeguarding', 'Current version', 'Proposed version', 'Revised']) assert.ok(cover.includes(cell), `the cover's table shows "${cell}"`);

  assert.equal(pdf.marked, true);
  assert.equal(pdf.displayDocTitle, true);
  assert.match(pdf.xmp, /<pdfuaid:part>1<\/pdfuaid:part>/);
  assert.deepEqual(pdf.bookmarks.filter((title) => !['Scope', 'Friend requests', 'Summary of changes', 'Changed details', 'How the changes are marked'].includes(title)),
    ['Policies for approval: Trust Board, 26 November 2026', 'Online Safety Policy']);
  for (const [index, page] of pdf.pages.entries()) {
    assert.ok(page.allText.includes('Draft for approval'), `page ${index + 1} says "Draft for approval"`);
    assert.ok(page.allText.includes(`Page ${index + 1} of ${pdf.pages.length}`), `page ${index + 1} is numbered`);
    if (index > 0) assert.ok(page.lines.some((line) => line.artifact && line.text.includes('Online Safety Policy')), `page ${index + 1} names its policy`);
  }
});

test('without --base, every policy waiting for approval: the revision compared with its last approved version, the draft shown whole as new', async () => {
  const pdf = await made(['--large-print'], 'all.pdf');
  assert.deepEqual(pdf.bookmarks.filter((title) => title.endsWith('Policy')), ['Lone Working Policy', 'Online Safety Policy']);
  for (const expected of [
    'New policy, proposed as version 1.0 (now draft 0.2).',
    'New policy: the whole text below is new.',
    'Staff working alone must tell a colleague where they are.',
    'Version 0.2, 2 October 2026: Second draft after consultation.',
    '[inserted:] or parents [end of insertion]',
  ]) assert.ok(hasText(pdf.text, expected), `the pack reads "${expected}"`);
  const body = pdf.pages.flatMap((page) => page.lines).filter((line) => !line.artifact);
  assert.ok(body.every((line) => line.size >= 16), 'large print: nothing under 16 pt');
  assert.ok(pdf.pages.every((page) => page.lines.filter((line) => line.artifact).every((line) => line.size >= 16)), 'large print: headers and footers too');
});

test('a pack that would be empty, an unknown policy, a missing --out or one in no folder is refused with the reason', async () => {
  const cases: [string[], string][] = [
    [['--base', 'online-safety-1.1', '--out', 'x.pdf'], 'No board pack was made: no policy\'s text or version differs from online-safety-1.1.'],
    [['--policies', 'online-safty', '--out', 'x.pdf'], 'No board pack was made: --policies: there is no policy "online-safty". Did you mean online-safety?'],
    [['--base', 'mian', '--out', 'x.pdf'], 'No board pack was made: --base "mian" is not a branch, tag or commit in this repository. In a shallow clone, fetch it first (git fetch --unshallow).'],
    [[], 'No board pack was made: say where to save the PDF, like --out board-pack.pdf.'],
    [['--out', 'no-such-folder/x.pdf'], `No board pack was made: --out "no-such-folder/x.pdf": there is no folder ${path.join(root, 'no-such-folder')} to save it in. Make the folder first, or save it in one that exists, like --out board-pack.pdf.`],
  ];
  for (const [args, message] of cases) {
    const refused = await boardPack(root, args);
    assert.equal(refused.code, 1, refused.output);
    assert.equal(refused.output.split('\n')[0], message);
  }
});
