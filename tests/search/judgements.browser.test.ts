import { after, before, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { formatProblem } from '#src/policy/problem.ts';
import { searchPageAsker } from '#src/search/judgements/ask-search-page.ts';
import { describeMiss, describeScore, judgeQuestions, scoreJudgements } from '#src/search/judgements/judge-answer.ts';
import { readJudgementList, type Judgement } from '#src/search/judgements/judgement-list.ts';
import { policyPageOutlines, type PolicyPageOutline } from '#src/search/judgements/policy-page-outline.ts';
import { checkWantedSections } from '#src/search/judgements/wanted-sections.ts';
import { openSampleSite, type BrowserSite } from '../helpers/browser-site.ts';

/**
 * The judgement list: questions written the way staff type them, most not in the policies' words and
 * some misspelt, each with the policy and the sections that answer it. Each is typed into the real
 * search page, built from the real policies; at least 90% must have a right section in the first result.
 * Two more lists show how search does on questions nobody fixed it for: the development list (used
 * while building the ranking, never given search words of its own) and the held-out list (written by
 * someone who never saw how search works, and never looked at for what it misses). Search learns from
 * the questions of every list but the held-out ones (search/answered-questions/): the held-out lists
 * alone say how it does on questions it has never seen.
 */
const PASS_MARK = 0.9;
const JUDGE_COMMAND = fileURLToPath(new URL('../../src/search/judgements/judge-search-command.ts', import.meta.url));
const run = promisify(execFile);

/**
 * Where the other lists stood when they were written into the tests: held-out 45 of 70 (64%),
 * development 57 of 96 (59%); after every section had search words (written by someone who never saw
 * these lists) and phrases counted whole: held-out 53 (76%), development 66 (69%); on 1 December 2026,
 * held-out 61 (87%), development 74 (77%); later that day, held-out 62 (89%), development 76 (79%); later
 * still (a phrase counted as what it stands for, a section's heading counting for its paragraphs),
 * held-out 63 (90%), development 79 (82%); on 2 December 2026, held-out 65 (93%), development 80 of 95
 * (84%: a question given twice was taken out). These floors, a few questions below where they stand,
 * stop search getting worse on them.
 */
const HELD_OUT_FLOOR = 0.9;
const DEVELOPMENT_FLOOR = 0.8;
/** The written list stood at 520 of 551 (94%) when it was added. */
const WRITTEN_FLOOR = 0.92;
/** The second held-out list stood at 174 of 223 (78%) when it was added, on 2 December 2026. */
const SECOND_HELD_OUT_FLOOR = 0.75;
/** The third held-out list stood at 409 of 490 (83%) when it was added, later on 2 December 2026. */
const THIRD_HELD_OUT_FLOOR = 0.8;
/** The fourth held-out list stood at 153 of 177 (86%) when it was added, at the end of 2 December 2026. */
const FOURTH_HELD_OUT_FLOOR = 0.83;
/** The fifth held-out list stood at 164 of 190 (86%) when it was added, on 3 December 2026. */
const FIFTH_HELD_OUT_FLOOR = 0.83;
/** The sixth held-out list stood at 171 of 193 (89%) when it was added, on 3 December 2026: 164 (85%) without what search learns from the other lists. */
const SIXTH_HELD_OUT_FLOOR = 0.86;
/** The seventh held-out list stood at 166 of 184 (90%) when it was added, on 3 December 2026: 163 (89%) with what search had learnt before, 161 (88%) without learning. */
const SEVENTH_HELD_OUT_FLOOR = 0.87;
/** The eighth held-out list stood at 158 of 174 (91%) when it was added, later on 3 December 2026: 156 (90%) with what search had learnt before, 152 (87%) without learning. */
const EIGHTH_HELD_OUT_FLOOR = 0.87;
/** The second written list stood at 122 of 155 (79%) once its misses had been looked at. */
const SECOND_WRITTEN_FLOOR = 0.76;

async function judgements(file: string): Promise<Judgement[]> {
  const read = readJudgementList(await readFile(new URL(file, import.meta.url), 'utf8'), `tests/search/${file}`);
  assert.deepEqual(read.problems.map(formatProblem), [], `${file} can be read`);
  const wanted = await checkWantedSections(read.judgements, outlineOf, `tests/search/${file}`);
  assert.deepEqual(wanted.map(formatProblem), [], `every policy and section ${file} wants is on the site`);
  return read.judgements;
}

let site: BrowserSite;
let outlineOf: (policy: string) => Promise<PolicyPageOutline | undefined>;
before(async () => {
  site = await openSampleSite();
  outlineOf = policyPageOutlines(site.build.distDir);
});
after(async () => { await site?.close(); });

/** Reads a list, checks it still has at least `least` questions, and asks them all: a right section first for at least `passMark` of them. */
async function score(t: TestContext, file: string, least: number, passMark: number): Promise<void> {
  const list = await judgements(file);
  assert.ok(list.length >= least, `at least ${least} questions (${list.length})`);
  const { page } = await site.newPage();
  const ask = searchPageAsker(page, site.server.url);
  const result = scoreJudgements(await judgeQuestions(list, ask, '/', outlineOf));
  t.diagnostic(describeScore(result));
  const missed = result.misses.map(describeMiss);
  for (const miss of missed) t.diagnostic(`miss: ${miss}`);
  assert.ok(result.rightSection / list.length >= passMark, `${describeScore(result)}, under ${passMark * 100}%. Misses:\n${missed.join('\n')}`);
}

test('the judgement list: the right section is the first result for at least 90% of the questions staff ask', async (t: TestContext) => {
  await score(t, 'judgements.yaml', 60, PASS_MARK);
});

test('held-out questions, written by someone who never saw how search works, score no worse than when they were added', async (t: TestContext) => {
  await score(t, 'judgements-held-out.yaml', 60, HELD_OUT_FLOOR);
});

test('the second held-out list, written as five kinds of staff would ask, scores no worse than when it was added', async (t: TestContext) => {
  await score(t, 'judgements-held-out-2.yaml', 200, SECOND_HELD_OUT_FLOOR);
});

test('the third held-out list, written as thirty kinds of staff would ask, scores no worse than when it was added', async (t: TestContext) => {
  await score(t, 'judgements-held-out-3.yaml', 450, THIRD_HELD_OUT_FLOOR);
});

test('the fourth held-out list, written as five kinds of staff would ask after the last change to search, scores no worse than when it was added', async (t: TestContext) => {
  await score(t, 'judgements-held-out-4.yaml', 170, FOURTH_HELD_OUT_FLOOR);
});

test('the fifth held-out list, written as five kinds of staff would ask after the simple-English search words, scores no worse than when it was added', async (t: TestContext) => {
  await score(t, 'judgements-held-out-5.yaml', 180, FIFTH_HELD_OUT_FLOOR);
});

test('the sixth held-out list, written as five kinds of staff would ask after search began to learn from the other lists, scores no worse than when it was added', async (t: TestContext) => {
  await score(t, 'judgements-held-out-6.yaml', 180, SIXTH_HELD_OUT_FLOOR);
});

test('the seventh held-out list, written as five kinds of staff would ask while search learnt from each section\'s nearest questions and its policy\'s, scores no worse than when it was added', async (t: TestContext) => {
  await score(t, 'judgements-held-out-7.yaml', 180, SEVENTH_HELD_OUT_FLOOR);
});

test('the eighth held-out list, written as five kinds of staff would ask once search learnt from each section\'s nearest questions and its policy\'s, scores no worse than when it was added', async (t: TestContext) => {
  await score(t, 'judgements-held-out-8.yaml', 170, EIGHTH_HELD_OUT_FLOOR);
});

test('the development questions score no worse than when they were added', async (t: TestContext) => {
  await score(t, 'judgements-development.yaml', 90, DEVELOPMENT_FLOOR);
});

test('the written questions, whose misses were given search words, score no worse than when they were added', async (t: TestContext) => {
  await score(t, 'judgements-written.yaml', 500, WRITTEN_FLOOR);
});

test('the second written list, written as ten kinds of staff would ask and whose misses were looked at, scores no worse than when it was added', async (t: TestContext) => {
  await score(t, 'judgements-written-2.yaml', 150, SECOND_WRITTEN_FLOOR);
});

test('npm run search:judge scores a list against a built site, and names a wanted section the site does not have', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'judge-'));
  const list = path.join(dir, 'questions.yaml');
  await writeFile(list, [
    '- [can i bring my union rep to the hearing, disciplinary, your-right-to-be-accompanied]',
    '- [can i bring my union rep to the hearing please, acceptable-use, email]',
  ].join('\n'));
  const scored = await run(process.execPath, [JUDGE_COMMAND, '--site', site.build.distDir, list]);
  assert.match(scored.stdout, /questions\.yaml: 1 of 2 right \(50%\); the right policy for 1/);
  assert.match(scored.stdout, /miss \(line 2\): "can i bring my union rep to the hearing please": wanted acceptable-use#email, got \/policies\/disciplinary\/#your-right-to-be-accompanied/);

  await writeFile(list, '- [can i bring my union rep to the hearing, disciplinary, right-to-be-accompanied]\n- [can i bring a friend]\n');
  const refused = await run(process.execPath, [JUDGE_COMMAND, '--site', site.build.distDir, list]).then(() => assert.fail('a wrong section id should stop it'), (error: { code: number; stderr: string }) => error);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /questions\.yaml:1: "can i bring my union rep to the hearing" wants the section "right-to-be-accompanied", which is not on the disciplinary page\. Did you mean your-right-to-be-accompanied\?/);
  assert.match(refused.stderr, /questions\.yaml:2: should be a question, the policy's folder and the section ids that answer it/);
});
