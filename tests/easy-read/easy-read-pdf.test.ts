import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadPictures } from '#src/easy-read/pictures.ts';
import { checkPolicySource } from '#src/library/policy-files.ts';
import { policyOverview } from '#src/library/policy-overview.ts';
import { pdfFontFiles } from '#src/pdf/fonts.ts';
import { EASY_READ_LAYOUT } from '#src/pdf/pdf-layouts.ts';
import { namedPicturePath } from '#src/pdf/policy-markup.ts';
import { policyPdfSource, type PdfSource } from '#src/pdf/policy-pdf-source.ts';
import { createTypstCompiler, makePdf, type TypstCompiler } from '#src/pdf/typst-pdf.ts';
import { easyReadSource, point } from '../helpers/easy-read-fixture.ts';
import { policySource, REPOSITORY_ROOT } from '../helpers/fixture-site.ts';
import { hasText, readPdf, type ParsedPdf } from '../helpers/pdf.ts';
import { markupOf, pdfBytes, TEST_ROOT, testOptions, treeOf } from '../helpers/typst.ts';

const SITE = { siteUrl: 'https://intranet.example.org', base: '/policies-site/', trustName: 'The TRUE Learning Partnership' };
const POLICY_URL = 'https://intranet.example.org/policies-site/policies/test/';

let compiler: TypstCompiler | undefined;

/** An easy read's Typst source, made the way the build makes it, beside the policy it explains. */
function easyReadPdfSource(policy: string, easyRead: string): PdfSource {
  const checked = checkPolicySource('policies/test/index.mdx', policy);
  assert.ok(checked.ok, 'the test policy reads');
  return policyPdfSource({
    id: 'test',
    displayPath: 'policies/test/easy-read.mdx',
    text: easyRead,
    data: checked.data,
    overview: policyOverview('test', checked.data, '2026-11-25', 90),
    layout: EASY_READ_LAYOUT,
    site: SITE,
    madeOn: '2026-11-25',
  });
}

/** Compiled as the build does it: the OpenMoji pictures handed to Typst from node_modules, never read from the policies folder. */
async function easyReadPdf(policy: string, easyRead: string): Promise<ParsedPdf> {
  const made = easyReadPdfSource(policy, easyRead);
  if (!made.ok) throw new Error(`No easy-read source: ${JSON.stringify(made.problems)}`);
  const pictures = loadPictures(REPOSITORY_ROOT);
  const files = made.namedPictures.map((name) => ({ path: namedPicturePath(name), bytes: readFileSync(pictures.get(name)!.file) }));
  compiler ??= createTypstCompiler(TEST_ROOT, pdfFontFiles());
  return readPdf(pdfBytes(makePdf(compiler, made.source, files)));
}

const BODY = ['## Your phone', point('You can use your own phone at break time.'), point('Keep your home private.', 'house', 'A house')].join('\n');

test('each point is a picture with its alt text as the figure\'s, then its words; the pictures come from OpenMoji, passed to Typst in memory', async () => {
  const pdf = await easyReadPdf(policySource(), easyReadSource({}, BODY));
  const alts = pdf.pages.flatMap((page) => page.figureAlts);
  assert.deepEqual(alts.slice(-2), ['A mobile phone', 'A house']);
  assert.ok(alts.every((alt) => alt.trim() !== ''), 'every figure has alt text');
  assert.ok(hasText(pdf.text, 'You can use your own phone at break time. Keep your home private.'), pdf.text);
  assert.deepEqual(pdf.bookmarks, ['Test Policy: easy read', 'About this easy read', 'Your phone']);
  assert.equal(pdf.info['Title'], 'Test Policy: easy read');
  assert.ok(pdf.fonts.every((font) => !/Italic/.test(font.name)), 'no italics');
});

test('it opens by saying which policy and version it explains, with the full policy\'s address, and says when the policy has moved on', async () => {
  const draft = policySource({ status: 'draft', version: '"0.2"', approvedBy: undefined, approved: undefined });
  const pdf = await easyReadPdf(draft, easyReadSource({ basedOnVersion: '"0.1"' }, BODY));
  for (const words of [
    'This is the easy read version of the Test Policy. It explains version 0.1 of the policy.',
    `Read the full Test Policy on the website: ${POLICY_URL}`,
    'This easy read explains version 0.1. The policy has changed since. The policy is now version 0.2.',
    'This policy is a draft. A draft is a plan that can still change.',
    'People with a learning disability have not checked this easy read yet.',
    'This copy was made on 25 November 2026.',
    'The pictures are emojis designed by OpenMoji',
  ]) assert.ok(hasText(pdf.text, words), `"${words}" in ${pdf.text.slice(0, 900)}`);
  assert.ok(pdf.pages[0]!.links.includes(POLICY_URL), 'the address is a link');
  for (const page of pdf.pages) {
    assert.ok(page.allText.includes('Draft: not approved'), 'a draft says so on every page');
    assert.ok(page.allText.includes('Test Policy: easy read, version 0.2, draft'), page.allText.slice(0, 120));
  }
});

test('a link to a section of the full policy opens the policy\'s page, even when the easy read has a heading with the same id', async () => {
  const body = ['## Scope', point('Read [who the policy is for](policy:test#scope).')].join('\n');
  const pdf = await easyReadPdf(policySource(), easyReadSource({}, body));
  assert.ok(pdf.pages.flatMap((page) => page.links).includes(`${POLICY_URL}#scope`));
});

test('a point\'s picture must be a picture name with alt text; each problem names its line', () => {
  const tree = treeOf('<Point picture="../../secret" alt="A secret">\n\nWords.\n\n</Point>\n\n<Point picture="house" alt=" ">\n\nMore words.\n\n</Point>');
  const { problems, namedPictures } = markupOf(tree, testOptions({ components: EASY_READ_LAYOUT.components }));
  assert.deepEqual(problems.map((problem) => [problem.line, problem.message]), [
    [5, '"../../secret" is not a picture name. Write a name from the picture list, like picture="mobile-phone"'],
    [11, 'the picture "house" has no description, so a screen reader cannot say what it shows. Write one, like alt="A mobile phone"'],
  ]);
  assert.deepEqual(namedPictures, []);
});

test('an easy read whose details are wrong gives the owner one line per field, not a PDF', () => {
  const made = easyReadPdfSource(policySource(), easyReadSource({ checkedByReaders: 'soon' }));
  assert.ok(!made.ok);
  assert.deepEqual(made.problems.map((problem) => [problem.file, problem.line, problem.field, problem.message]), [
    ['policies/test/easy-read.mdx', 3, 'checkedByReaders', '"soon" is not a date or "not yet". Write it like checkedByReaders: 2026-03-14, or checkedByReaders: not yet'],
  ]);
});
