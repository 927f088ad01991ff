import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, ExternalHyperlink, FootnoteReferenceRun, HeadingLevel, ImageRun,
  InsertedTextRun, LevelFormat, PageBreak, Paragraph, SymbolRun, Tab, Table, TableCell, TableOfContents, TableRow, TextRun, Textbox,
} from 'docx';
import { createFixtureSite, policySource, REPOSITORY_ROOT } from '../helpers/fixture-site.ts';
import { LETTERED_NUMBERING, tinyPng, wordFile } from '../helpers/word-document.ts';
import { parsePolicyText } from '#src/policy/parse-policy-text.ts';
import { contentProblems } from '#src/policy/content-rules/index.ts';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const COMMAND = path.join(REPOSITORY_ROOT, 'src/import/import-command.ts');

let work: string;
let policies: string;

/** The command as npm run import starts it: in the project's folder, with INIT_CWD the folder npm was run from. */
function runImport(...args: string[]): { code: number; output: string } {
  return runImportFrom(work, ...args);
}

function runImportFrom(initCwd: string, ...args: string[]): { code: number; output: string } {
  const result = spawnSync(process.execPath, [COMMAND, ...args], { cwd: REPOSITORY_ROOT, encoding: 'utf8', env: { ...process.env, INIT_CWD: initCwd, POLICY_SITE_POLICIES_DIR: policies, POLICY_SITE_TODAY: '2026-11-25' } });
  return { code: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

/** Every construct the issue names, in one document a trust might have typed. */
async function everyConstruct(): Promise<Buffer> {
  const png = tinyPng();
  return wordFile([
    new Paragraph({ text: 'Lone Working Policy', heading: HeadingLevel.TITLE }),
    new Paragraph('Approved by the Trust Board in July 2021'),
    new Paragraph('Version 2.1'),
    new Paragraph({ children: [new TextRun('Review date: July 2024'), new PageBreak()] }),
    new Paragraph('Contents'),
    new Paragraph({ children: [new TextRun({ children: ['PURPOSE', new Tab(), '2'] })] }),
    new Paragraph({ children: [new TextRun({ children: ['WHO IT APPLIES TO', new Tab(), '3'] })] }),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-3' }),
    new Paragraph({ text: 'PURPOSE', heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ children: [
      new TextRun('Staff who work '), new TextRun({ text: 'alone', bold: true }), new TextRun(' must '), new TextRun({ text: 'always', italics: true }),
      new TextRun(' read the '), new ExternalHyperlink({ link: 'https://www.hse.gov.uk/lone-working/', children: [new TextRun('HSE guidance')] }),
      new TextRun('.'), new FootnoteReferenceRun(1),
    ] }),
    new Paragraph('Write {braces}, <tags>, a * star, an _underscore_ and # hash exactly as typed.'),
    new Paragraph({ children: [new TextRun('Text that was '), new InsertedTextRun({ text: 'added', id: 1, author: 'HR', date: '2021-06-01T00:00:00Z' }), new DeletedTextRun({ text: 'removed', id: 2, author: 'HR', date: '2021-06-01T00:00:00Z' }), new TextRun(' in review.')] }),
    new Paragraph({ children: [new CommentRangeStart(0), new TextRun('A commented sentence.'), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })] }),
    new Textbox({ style: { width: '2in', height: '1in' }, children: [new Paragraph('Words in a box')] }),
    new Paragraph({ children: [new TextRun({ text: 'WHO IT APPLIES TO' })] }),
    new Paragraph({ text: 'Staff', heading: HeadingLevel.HEADING_2 }),
    new Paragraph({ text: 'teachers', bullet: { level: 0 } }),
    new Paragraph({ text: 'supply teachers', bullet: { level: 1 } }),
    new Paragraph({ text: 'site staff', bullet: { level: 0 } }),
    new Paragraph({ children: [new TextRun({ text: 'Before working alone', bold: true })] }),
    new Paragraph({ text: 'tell a colleague', numbering: { reference: 'numbers', level: 0 } }),
    new Paragraph({ text: 'carry a phone', numbering: { reference: 'numbers', level: 0 } }),
    new Paragraph('Staff must not:'),
    new Paragraph({ text: 'work alone at height, for example:', numbering: { reference: 'lettered', level: 0 } }),
    new Paragraph({ text: 'on a ladder', numbering: { reference: 'lettered', level: 1 } }),
    new Paragraph({ text: 'handle cash alone.', numbering: { reference: 'lettered', level: 0 } }),
    new Table({ rows: [
      new TableRow({ tableHeader: true, children: [new TableCell({ children: [new Paragraph('Risk')] }), new TableCell({ children: [new Paragraph('Who checks')] })] }),
      new TableRow({ children: [new TableCell({ children: [new Paragraph('Falls')] }), new TableCell({ children: [new Paragraph('Site manager')] })] }),
    ] }),
    new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 20, height: 20 }, altText: { name: 'sign', title: 'sign', description: 'A lone worker sign' } })] }),
    new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 20, height: 20 } })] }),
  ], {
    numbering: { config: [LETTERED_NUMBERING, { reference: 'numbers', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }] }] },
    footnotes: { 1: { children: [new Paragraph('The Health and Safety Executive.')] } },
    comments: { children: [{ id: 0, author: 'HR', date: new Date('2021-06-01'), children: [new Paragraph('Check this')] }] },
    features: { trackRevisions: true },
  });
}

let source: string;
let output: string;

before(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'policy-import-'));
  policies = path.join(work, 'policies');
  await mkdir(policies);
  await writeFile(path.join(work, 'Lone Working.docx'), await everyConstruct());
  const result = runImport('Lone Working.docx', '--owner', 'Head of Estates', '--category', 'Health and safety');
  assert.equal(result.code, 0, result.output);
  output = result.output;
  source = await readFile(path.join(policies, 'lone-working-policy/index.mdx'), 'utf8');
});

test('the cover becomes the details: title, approval, version and review date', () => {
  assert.match(source, /^title: Lone Working Policy$/m);
  assert.match(source, /^status: approved$/m);
  assert.match(source, /^approvedBy: Trust Board$/m);
  assert.match(source, /^approved: 2021-07$/m);
  assert.match(source, /^version: "2\.1"$/m);
  assert.match(source, /^nextReview: 2024-07$/m);
  assert.match(source, /^owner: Head of Estates$/m);
  assert.match(source, /^category: Health and safety$/m);
  assert.match(source, /# Assumption to confirm: the document gives no review cycle/);
});

test('Word headings, capitals and short bold lines become headings; capitals become sentence case', () => {
  assert.match(source, /^## Purpose$/m);
  assert.match(source, /^## Who it applies to$/m);
  assert.match(source, /^### Staff$/m);
  assert.match(source, /^## Before working alone$/m);
  assert.match(output, /the heading "PURPOSE" is written "Purpose"/);
});

test('the contents list, typed or Word\'s own, is not in the text', () => {
  assert.doesNotMatch(source, /Contents|\t2/);
  assert.match(output, /the contents list \(\d+ lines\): the page makes its own/);
  assert.match(output, /Word tables of contents \(1\)/);
});

test('bullets nest, numbers stay numbers, and Word\'s lettered numbering becomes lettered paragraphs with their bullets', () => {
  assert.match(source, /^- teachers\n {2}- supply teachers\n- site staff$/m);
  assert.match(source, /^1\. tell a colleague\n2\. carry a phone$/m);
  assert.match(source, /^A\. work alone at height, for example:\n\n- on a ladder\n\nB\. handle cash alone\.$/m);
});

test('bold, italic, links and footnotes are kept, and MDX characters show as typed', () => {
  assert.match(source, /Staff who work \*\*alone\*\* must \*always\* read the \[HSE guidance\]\(https:\/\/www\.hse\.gov\.uk\/lone-working\/\)\.\[\^1\]/);
  assert.match(source, /^\[\^1\]: The Health and Safety Executive\.$/m);
  const parsed = parsePolicyText(source);
  assert.ok(parsed.ok, 'the file reads as MDX');
  assert.deepEqual(contentProblems('index.mdx', parsed.tree), []);
  assert.match(source, /Write \\\{braces\}, \\<tags>, a \\\* star, an \\_underscore\\_ and # hash exactly as typed\./);
});

test('a table keeps its header row; pictures keep their description or fail the build until given one', async () => {
  assert.match(source, /^\| Risk +\| Who checks +\|\n\| -+ \| -+ \|\n\| Falls +\| Site manager \|$/m);
  assert.match(source, /!\[A lone worker sign\]\(picture-1\.png\)/);
  assert.match(source, /!\[\]\(picture-2\.png\)/);
  assert.deepEqual((await readdir(path.join(policies, 'lone-working-policy'))).sort(), ['index.mdx', 'picture-1.png', 'picture-2.png']);
  assert.match(output, /You must still:\n {4}- Describe picture-2\.png/);
  assert.doesNotMatch(output, /The build would stop on these/, 'the missing description is said once, and every character can go into the PDFs');
});

test('tracked changes, comments and text boxes are reported as left out', () => {
  assert.match(source, /Text that was added in review\./);
  assert.doesNotMatch(source, /removed|Check this|Words in a box/);
  assert.match(output, /tracked insertions \(1\): kept as if accepted/);
  assert.match(output, /tracked deletions \(1\): left out as if accepted/);
  assert.match(output, /comments \(1\)/);
  assert.match(output, /the text box "Words in a box"/);
});

test('an existing policy is replaced only with --force', () => {
  const again = runImport('Lone Working.docx', '--owner', 'Head of Estates');
  assert.equal(again.code, 1);
  assert.match(again.output, /lone-working-policy\/index\.mdx already exists\. Import again with --force to replace it, or give another --id\./);
  assert.equal(runImport('Lone Working.docx', '--owner', 'Head of Estates', '--force').code, 0);
});

test('a file that is missing, not a .docx, damaged or empty gets one plain line', async () => {
  await writeFile(path.join(work, 'notes.pdf'), '%PDF-1.7');
  await writeFile(path.join(work, 'damaged.docx'), 'not a zip at all');
  await writeFile(path.join(work, 'empty.docx'), await wordFile([new Paragraph('')]));
  const cases: [string, RegExp][] = [
    ['missing.docx', new RegExp(`^missing\\.docx: there is no such file: looked for ${escapeRegExp(path.join(work, 'missing.docx'))}\\. Check the name and folder`)],
    ['notes.pdf', /^notes\.pdf: is not a Word document \(\.docx\): it is a \.pdf file\./],
    ['damaged.docx', /^damaged\.docx: cannot be opened: the file is damaged or is not really a Word document\./],
    ['empty.docx', /^empty\.docx: holds no text\./],
  ];
  for (const [file, message] of cases) {
    const result = runImport(file, '--owner', 'Director of People');
    assert.equal(result.code, 1, file);
    assert.match(result.output, message);
    assert.equal(result.output.trim().split('\n').length, 1, `${file}: one line`);
  }
});

test('a folder imports every .docx, one policy each, and ends with a summary table', async () => {
  const folder = path.join(work, 'folder');
  await mkdir(folder);
  await writeFile(path.join(folder, 'Lone Working.docx'), await everyConstruct());
  await writeFile(path.join(folder, 'Visitors.docx'), await wordFile([new Paragraph({ text: 'Visitors', heading: HeadingLevel.HEADING_1 }), new Paragraph('Visitors sign in at reception.')]));
  await writeFile(path.join(folder, 'broken.docx'), 'not a zip');
  const result = runImport('folder', '--force');
  assert.equal(result.code, 1, 'one document could not be imported');
  assert.match(result.output, /Imported 2 of 3 documents:/);
  assert.match(result.output, /\| broken\.docx \| not imported \| \| cannot be opened/);
  assert.match(result.output, /\| Visitors\.docx \| .*policies\/visitors\/index\.mdx \| draft \| Write the owner's role/);
  const visitors = await readFile(path.join(policies, 'visitors/index.mdx'), 'utf8');
  assert.match(visitors, /^status: draft$/m);
  assert.match(visitors, /^version: "0\.1"$/m);
});

test('importing into a repository with CODEOWNERS remakes it, so the new policy\'s owner reviews its changes and the file stays current', async () => {
  const root = await createFixtureSite({ policies: { 'pay/index.mdx': policySource({ title: 'Pay Policy' }) } });
  await mkdir(path.join(root, '.github'));
  await writeFile(path.join(root, '.github/policy-owners.json'), JSON.stringify({ roles: { 'Director of People': '@trust/people', 'Chief Operating Officer': '@trust/operations' } }));
  await writeFile(path.join(root, '.github/CODEOWNERS'), '/policies/pay/ @trust/people\n');
  await writeFile(path.join(root, 'Visitors.docx'), await wordFile([new Paragraph({ text: 'Visitors', heading: HeadingLevel.HEADING_1 }), new Paragraph('Visitors sign in at reception.')]));
  const imported = spawnSync(process.execPath, ['src/import/import-command.ts', 'Visitors.docx', '--owner', 'Chief Operating Officer'], { cwd: root, encoding: 'utf8', env: { ...process.env, INIT_CWD: root, POLICY_SITE_TODAY: '2026-11-25' } });
  assert.equal(imported.status, 0, imported.stdout + imported.stderr);
  assert.match(imported.stdout, /^Remade \.github\/CODEOWNERS: each new policy's owner role reviews its changes\.$/m);
  const codeowners = await readFile(path.join(root, '.github/CODEOWNERS'), 'utf8');
  assert.deepEqual(codeowners.split('\n').filter((line) => line.startsWith('/policies/')), ['/policies/pay/ @trust/people', '/policies/visitors/ @trust/operations']);

  await writeFile(path.join(root, 'Lettings.docx'), await wordFile([new Paragraph({ text: 'Lettings', heading: HeadingLevel.HEADING_1 }), new Paragraph('Lettings are booked at the office.')]));
  const newRole = spawnSync(process.execPath, ['src/import/import-command.ts', 'Lettings.docx', '--owner', 'Business Manager'], { cwd: root, encoding: 'utf8', env: { ...process.env, INIT_CWD: root, POLICY_SITE_TODAY: '2026-11-25' } });
  assert.equal(newRole.status, 0, 'the policy is imported all the same');
  assert.match(newRole.stdout, /^\.github\/CODEOWNERS is not up to date yet\. Fix this \(a new owner role needs its team in \.github\/policy-owners\.json\), then run npm run codeowners:\n {2}policies\/lettings\/index\.mdx:\d+: owner: the role "Business Manager" has no GitHub team/m);
});

test('characters the PDFs\' font cannot show are listed with their lines in the build\'s words, not "It builds as it is"', async () => {
  await writeFile(path.join(work, 'Trips.docx'), await wordFile([
    new Paragraph({ text: 'School Trips Policy', heading: HeadingLevel.TITLE }),
    new Paragraph({ text: 'Planning a trip 🚌', heading: HeadingLevel.HEADING_1 }),
    new Paragraph('Ask the office → then the head.'),
    new Paragraph({ children: [new SymbolRun({ char: 'F0FC', symbolfont: 'Wingdings' }), new TextRun(' Risk assessment done.')] }),
    new Paragraph('A half\u00ADterm trip needs a co\u2011ordinator and a follow\u2011up.'),
  ]));
  const result = runImport('Trips.docx', '--owner', 'Head of Education', '--id', 'trips');
  assert.equal(result.code, 0, 'the policy is written, so it can be fixed in the file');
  const source = await readFile(path.join(policies, 'trips/index.mdx'), 'utf8');
  const lineOf = (text: string) => source.slice(0, source.indexOf(text)).split('\n').length;
  assert.doesNotMatch(result.output, /It builds as it is/);
  const font = 'cannot go into the PDFs: their font, Atkinson Hyperlegible, has no such letter or symbol. Write it another way, for example in words';
  assert.ok(result.output.includes(`policies/trips/index.mdx:${lineOf('🚌')}: the character "🚌" (U+1F68C) ${font}.`), result.output);
  assert.ok(result.output.includes(`policies/trips/index.mdx:${lineOf('→')}: the character "→" (U+2192) ${font}.`), result.output);
  assert.ok(result.output.includes(`policies/trips/index.mdx:${lineOf('✓')}: the character "✓" (U+2713) ${font}.`), result.output);
  assert.match(result.output, /Until then the build stops and says why/);
  // The non-breaking hyphen looks and means the same as "-": it is written as one, and the report says so.
  assert.match(source, /a co-ordinator and a follow-up\./);
  assert.match(result.output, /2 non-breaking hyphens \(U\+2011, which look like -\) are written as plain hyphens \(-\)/);
  // The soft hyphen stays, as the meaning of the text is never changed; if the font lacks it, it is named.
  assert.ok(source.includes('half\u00ADterm'));
  if (result.output.includes('U+00AD')) assert.match(result.output, /the character "\u00AD" \(U\+00AD, a soft hyphen, which is invisible unless the word breaks there at the end of a line\)/);
});

test('a cover giving an approval still to come (a mistyped year) is named as the build names it, not "It builds as it is"', async () => {
  await writeFile(path.join(work, 'Room Hire.docx'), await wordFile([
    new Paragraph({ text: 'Room Hire Policy', heading: HeadingLevel.TITLE }),
    new Paragraph('Approved by the Trust Board in July 2062'),
    new Paragraph({ text: 'Hiring a room', heading: HeadingLevel.HEADING_1 }),
    new Paragraph('Every hirer signs a letting agreement.'),
  ]));
  const result = runImport('Room Hire.docx', '--owner', 'Head of Estates', '--id', 'room-hire');
  assert.equal(result.code, 0, `the policy is written, so it can be fixed in the file:\n${result.output}`);
  assert.doesNotMatch(result.output, /It builds as it is/);
  assert.match(result.output, /policies\/room-hire\/index\.mdx: approved: 2062-07 is after today \(25 November 2026\)\. Record an approval once the meeting has taken place, and check the year/);
});

test('--review-cycle outside what the build accepts (1 to 120 months) is refused', () => {
  for (const cycle of ['0', '121']) {
    const result = runImport('Lone Working.docx', '--owner', 'Head of Estates', '--review-cycle', cycle, '--force');
    assert.equal(result.code, 1, cycle);
    assert.equal(result.output.trim(), `Nothing was imported: --review-cycle: ${cycle} is outside 1 to 120 months. Write it like --review-cycle 36.`);
  }
  assert.equal(runImport('Lone Working.docx', '--owner', 'Head of Estates', '--review-cycle', '120', '--force').code, 0);
});

test('a folder\'s files that are not .docx each get a line saying why they were skipped and what to do', async () => {
  const folder = path.join(work, 'mixed');
  await mkdir(path.join(folder, 'older'), { recursive: true });
  await writeFile(path.join(folder, 'Visitors.docx'), await wordFile([new Paragraph({ text: 'Visitors', heading: HeadingLevel.HEADING_1 }), new Paragraph('Visitors sign in at reception.')]));
  await writeFile(path.join(folder, 'Lettings.doc'), 'an old Word file');
  await writeFile(path.join(folder, 'Uniform.pdf'), '%PDF-1.7');
  await writeFile(path.join(folder, '~$sitors.docx'), 'Word\'s lock file');
  const result = runImport('mixed', '--force');
  assert.equal(result.code, 1, 'a document was not imported');
  assert.match(result.output, /^Lettings\.doc: is in the old Word format \(\.doc\)\. Open it in Word, choose Save As and pick "Word Document \(\.docx\)", then import the \.docx\.$/m);
  assert.match(result.output, /^Uniform\.pdf: is not a Word document \(\.docx\): it is a \.pdf file\. Save it from Word as "Word Document \(\.docx\)" and import that\.$/m);
  assert.match(result.output, /^older: is a folder inside the folder, so it was skipped\. Import it on its own, like npm run import -- ".*older"\.$/m);
  assert.match(result.output, /Imported 1 of 4 documents:/);
  assert.match(result.output, /\| Lettings\.doc \| not imported \| \| is in the old Word format/);
  assert.doesNotMatch(result.output, /~\$sitors/);
});

test('a relative path is found from the folder npm run import was run in, and a missing one says where it looked', async () => {
  const elsewhere = path.join(work, 'elsewhere');
  await mkdir(elsewhere);
  await writeFile(path.join(elsewhere, 'Lettings.docx'), await wordFile([new Paragraph({ text: 'Lettings', heading: HeadingLevel.HEADING_1 }), new Paragraph('Lettings are booked at the office.')]));
  const found = runImportFrom(elsewhere, 'Lettings.docx', '--owner', 'Business Manager', '--force');
  assert.match(found.output, /^Lettings\.docx → .*lettings\/index\.mdx$/m);
  assert.match(found.output, /It builds as it is/, 'every character of it can go into the PDFs');
  const missing = runImportFrom(elsewhere, 'Lone Working.docx');
  assert.equal(missing.code, 1);
  assert.equal(missing.output.trim().split('\n').length, 1);
  assert.ok(missing.output.includes(`Lone Working.docx: there is no such file: looked for ${path.join(elsewhere, 'Lone Working.docx')}.`), missing.output);
});
