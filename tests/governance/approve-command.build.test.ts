import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { createFixtureSite, policySource, REPOSITORY_ROOT, runAstroBuild } from '../helpers/fixture-site.ts';
import { commitFiles, git, initRepository } from '../helpers/git-repository.ts';
import { htmlText } from '../helpers/html.ts';
import { hasText, readPdf } from '../helpers/pdf.ts';

/*
 * The "done when", in a copy of the repository with the real policies: the Social Media Policy
 * changed on a branch at 1.1, a board pack made against main, then the approvals recorded (the
 * revision, and the Equality Policy, a draft) and the site built from the result.
 */

const run = promisify(execFile);
const MEETING_DAY = '2026-11-26';
const SOCIAL_MEDIA = 'policies/social-media/index.mdx';
const SOCIAL_MEDIA_EASY_READ = 'policies/social-media/easy-read.mdx';
const EQUALITY_EASY_READ = 'policies/equality/easy-read.mdx';
const EQUALITY = 'policies/equality/index.mdx';

async function command(root: string, script: string, args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(root, script), ...args], { cwd: root, env: { ...process.env, POLICY_SITE_TODAY: MEETING_DAY, INIT_CWD: root } });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

const approve = (root: string, args: string[]) => command(root, 'src/governance/approve-command.ts', args);

/** Version 1.1 of the real Social Media Policy: one word taken out, one put in, under review until approved. */
function proposedSocialMedia(approved: string): string {
  const changed = approved
    .replace('Journalists increasingly use the web', 'Journalists often use the web')
    .replace('status: approved\nversion: "1.0"', 'status: under-review\nversion: "1.1"')
    .replace('history:\n', 'history:\n  - version: "1.1"\n    date: 2026-11-20\n    summary: Journalists\' use of the web described as it is now.\n');
  assert.notEqual(changed, approved);
  return changed;
}

const root = await createFixtureSite({ withSamplePolicies: true });
await initRepository(root);
await git(root, ['add', '--all']);
await git(root, ['commit', '--quiet', '-m', 'The policies as they are'], '2026-11-01');
await git(root, ['checkout', '--quiet', '-b', 'social-media-1.1']);
const approvedSocialMedia = await readFile(path.join(root, SOCIAL_MEDIA), 'utf8');
// The change leaves the easy read's points as they were, so its owner moves it on to 1.1 with the policy.
const easyRead = (await readFile(path.join(root, SOCIAL_MEDIA_EASY_READ), 'utf8')).replace('basedOnVersion: "1.0"', 'basedOnVersion: "1.1"');
await commitFiles(root, { [SOCIAL_MEDIA]: proposedSocialMedia(approvedSocialMedia), [SOCIAL_MEDIA_EASY_READ]: easyRead }, 'Social Media Policy 1.1 for approval', '2026-11-20');
const draftEquality = await readFile(path.join(root, EQUALITY), 'utf8');

test('the board pack against main names the Social Media Policy 1.0 to 1.1 and shows the words changed, labelled', async () => {
  const made = await command(root, 'src/board-pack/board-pack-command.ts', ['--base', 'main', '--out', 'pack.pdf']);
  assert.equal(made.code, 0, made.output);
  assert.match(made.output, /Social Media Policy \(Director of People\): revised, version 1\.0 to 1\.1/);
  const pdf = await readPdf(await readFile(path.join(root, 'pack.pdf')));
  assert.match(pdf.xmp, /<pdfuaid:part>1<\/pdfuaid:part>/);
  assert.ok(hasText(pdf.text, 'Revised: version 1.0 to version 1.1.'));
  assert.ok(hasText(pdf.text, 'Journalists [deleted:] increasingly [end of deletion] [inserted:] often [end of insertion] use the web'), pdf.text.slice(0, 3000));
  assert.ok(pdf.bookmarks.includes('Social Media Policy'));
});

test('approve refuses, with the reason, an unknown policy, a future date, a draft\'s number, and a file with problems, and changes nothing', async () => {
  await mkdir(path.join(root, 'policies/broken'), { recursive: true });
  await writeFile(path.join(root, 'policies/broken/index.mdx'), policySource({ title: 'Broken Policy', nextReview: 'next July' }));
  const cases: [string[], string][] = [
    [['socal-media', '--by', 'Trust Board', '--on', MEETING_DAY], 'No approval was recorded: there is no policy "socal-media". Did you mean social-media?'],
    [['social-media', '--by', 'Trust Board', '--on', '2026-11-27'], 'No approval was recorded: --on 2026-11-27 is after today (26 November 2026). Record an approval once the meeting has taken place.'],
    [['social-media', '--by', 'Trust Board', '--on', 'last Tuesday'], 'No approval was recorded: --on "last Tuesday" is not a day. Write the day of the meeting like --on 2026-11-26.'],
    [['equality', '--by', 'Trust Board', '--on', MEETING_DAY, '--version', '0.5'], 'No approval was recorded: --version 0.5 is a draft\'s number. An approved version is 1.0 or later, like --version 1.0.'],
    [['social-media', '--on', MEETING_DAY], 'No approval was recorded: who approved it is missing. Write it like --by "Trust Board".'],
    [['broken', '--by', 'Trust Board', '--on', MEETING_DAY], 'No approval was recorded: policies/broken/index.mdx has a problem to fix first:'],
  ];
  for (const [args, message] of cases) {
    const refused = await approve(root, args);
    assert.equal(refused.code, 1, refused.output);
    assert.equal(refused.output.split('\n')[0], message);
  }
  assert.match((await approve(root, ['broken', '--by', 'Trust Board', '--on', MEETING_DAY])).output,
    /\n {2}policies\/broken\/index\.mdx:\d+: nextReview: "next July" is not a date\./);
  await rm(path.join(root, 'policies/broken'), { recursive: true });
  assert.equal(await readFile(path.join(root, EQUALITY), 'utf8'), draftEquality, 'nothing was written');
});

test('approve refuses a new policy that still has the template\'s placeholder text, naming each line, and changes nothing', async () => {
  const made = await command(root, 'src/governance/new-policy-command.ts', ['drugs-alcohol', 'Drugs and Alcohol Policy']);
  assert.equal(made.code, 0, made.output);
  const file = path.join(root, 'policies/drugs-alcohol/index.mdx');
  const template = await readFile(file, 'utf8');
  const refused = await approve(root, ['drugs-alcohol', '--by', 'Trust Board', '--on', MEETING_DAY]);
  assert.equal(refused.code, 1, refused.output);
  assert.deepEqual(refused.output.split('\n').slice(0, 5), [
    'No approval was recorded: policies/drugs-alcohol/index.mdx is not finished: it still has placeholder text from npm run new-policy. Write the policy\'s own text in place of each, then approve it:',
    '  policies/drugs-alcohol/index.mdx:3: still says "Replace this with one plain sentence saying what the policy is for.": the new-policy template\'s placeholder, which an approved policy cannot have. Write the policy\'s own words in its place.',
    '  policies/drugs-alcohol/index.mdx:21: still says "Replace this with what the policy is for, and why the Trust has it.": the new-policy template\'s placeholder, which an approved policy cannot have. Write the policy\'s own words in its place.',
    '  policies/drugs-alcohol/index.mdx:25: still says "Replace this with who must follow the policy, for example all staff in every…": the new-policy template\'s placeholder, which an approved policy cannot have. Write the policy\'s own words in its place.',
    'Write it like this: npm run approve -- social-media --by "Trust Board" --on 2026-11-26 [--version 1.0]',
  ]);
  assert.equal(await readFile(file, 'utf8'), template, 'nothing was written');
  await rm(path.join(root, 'policies/drugs-alcohol'), { recursive: true });
});

test('approve refuses a meeting day before the latest history entry, saying both dates, and changes nothing', async () => {
  const file = path.join(root, 'policies/drugs-alcohol/index.mdx');
  const draft = policySource({ title: 'Drugs and Alcohol Policy', status: 'draft', version: '"0.2"', approvedBy: undefined, approved: undefined,
    history: '\n  - version: "0.2"\n    date: 2026-11-25\n    summary: Second draft.\n  - version: "0.1"\n    date: 2026-11-02\n    summary: First draft.' });
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, draft);
  const refused = await approve(root, ['drugs-alcohol', '--by', 'Trust Board', '--on', '2026-11-24']);
  assert.equal(refused.code, 1, refused.output);
  assert.equal(refused.output.split('\n')[0], 'No approval was recorded: --on 2026-11-24 is before 25 November 2026, the date of version 0.2 in the policy\'s history, so the history would go backwards: a meeting cannot approve words written after it. Check the day of the meeting; if that entry\'s date is wrong, correct it in the file first, like date: 2026-11-24.');
  assert.equal(await readFile(file, 'utf8'), draft, 'nothing was written');
  const sameDay = await approve(root, ['drugs-alcohol', '--by', 'Trust Board', '--on', '2026-11-25']);
  assert.equal(sameDay.code, 0, 'a meeting on the day of the latest entry may approve it');
  await rm(path.join(root, 'policies/drugs-alcohol'), { recursive: true });
});

test('approve records the revision and the draft; the files pass the lint and check:versions, and the site shows them approved', async () => {
  const revision = await approve(root, ['social-media', '--by', 'Trust Board', '--on', MEETING_DAY]);
  assert.equal(revision.code, 0, revision.output);
  assert.equal(revision.output.split('\n').slice(0, 6).join('\n'), `Recorded the approval of the Social Media Policy, version 1.1, in ${SOCIAL_MEDIA}:
  status: approved (was under-review)
  approved: 2026-11-26 (was 2021-07)
  nextReview: 2029-11-26 (was 2024-07)
  history: version 1.1 dated 2026-11-26, approved by Trust Board, its summary kept ("Journalists' use of the web described as it is now.")
`);
  const socialMedia = await readFile(path.join(root, SOCIAL_MEDIA), 'utf8');
  assert.equal(socialMedia, proposedSocialMedia(approvedSocialMedia)
    .replace('status: under-review', 'status: approved')
    .replace('approved: 2021-07', `approved: ${MEETING_DAY}`)
    .replace('nextReview: 2024-07', 'nextReview: 2029-11-26')
    .replace('    date: 2026-11-20\n', `    date: ${MEETING_DAY}\n    approvedBy: Trust Board\n`), 'only the approval details changed; comments and text kept');

  const draft = await approve(root, ['equality', '--by', 'Local Governing Body', '--on', '2026-11-24']);
  assert.equal(draft.code, 0, draft.output);
  const equality = await readFile(path.join(root, EQUALITY), 'utf8');
  assert.match(equality, /\nstatus: approved\nversion: "1\.0"\napprovedBy: Local Governing Body\napproved: 2026-11-24\n/);
  assert.match(equality, /history:\n {2}- version: "1\.0"\n {4}date: 2026-11-24\n {4}approvedBy: Local Governing Body\n {4}summary: Approved by the Local Governing Body\.\n {2}- version: "0\.1"\n/);
  assert.equal(equality.split('\n---\n')[1], draftEquality.split('\n---\n')[1], 'the text is unchanged');
  assert.match(draft.output, /\n {2}policies\/equality\/easy-read\.mdx: basedOnVersion: 1\.0 \(was 0\.1\): the words approved are the ones it explains\n/);
  assert.match(await readFile(path.join(root, EQUALITY_EASY_READ), 'utf8'), /^---\nbasedOnVersion: "1\.0"\n# Have people/);

  const again = await approve(root, ['social-media', '--by', 'Trust Board', '--on', MEETING_DAY]);
  assert.equal(again.code, 1);
  assert.equal(again.output.split('\n')[0], 'No approval was recorded: version 1.1 is already approved (by the Trust Board, 26 November 2026). To approve changes, give the policy a new version first, like version: "1.2", with a history entry saying what changed.');

  const versions = await command(root, 'src/versions/check-versions-command.ts', ['--base', 'main']);
  assert.equal(versions.code, 0, versions.output);
  const lint = await run(process.execPath, [path.join(REPOSITORY_ROOT, 'node_modules/remark-cli/cli.js'), 'policies', '--ext', 'mdx', '--rc-path', path.join(REPOSITORY_ROOT, '.remarkrc.mjs'), '--quiet', '--frail', '--no-stdout', '--no-color'], { cwd: root })
    .then(() => 0, (error: { code: number }) => error.code);
  assert.equal(lint, 0, 'remark-lint passes');

  const build = await runAstroBuild(root, { POLICY_SITE_TODAY: MEETING_DAY });
  assert.equal(build.code, 0, build.output);
  const page = htmlText(await readFile(path.join(root, 'dist/policies/social-media/index.html'), 'utf8'));
  assert.ok(page.includes('Version 1.1'), 'the page shows version 1.1');
  assert.ok(page.includes('By the Trust Board, 26 November 2026'), 'approved on the day of the meeting');
  assert.ok(!page.includes('Under review'));
  const equalityPage = htmlText(await readFile(path.join(root, 'dist/policies/equality/index.html'), 'utf8'));
  assert.ok(equalityPage.includes('By the Local Governing Body, 24 November 2026'));
  assert.ok(!equalityPage.includes('Draft for consultation'));
});
