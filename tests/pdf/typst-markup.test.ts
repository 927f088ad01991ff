import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pdfProblems } from '#src/pdf/pdf-problems.ts';
import { printedLink } from '#src/pdf/printed-links.ts';
import { exportMessages } from '#src/pdf/typst-pdf.ts';
import { describeDownload } from '#src/pdf/policy-downloads.ts';
import { formatFileSize } from '#src/pdf/file-size.ts';
import { hasText, readPdf } from '../helpers/pdf.ts';
import { markupOf, pdfBytes, pdfOf, TEST_PLACE, TEST_ROOT, testOptions, treeOf } from '../helpers/typst.ts';

test('a run of A., B., C. paragraphs stays a lettered list in the PDF, with its bullets', async () => {
  const tree = treeOf('You must not:\n\nA. bring the Trust into disrepute, for example by:\n   - criticising the Trust;\n\nB. breach confidentiality;\n\nC. abuse their position of trust.');
  assert.match(markupOf(tree).markup, /^#enum\(numbering: "A\.", tight: false, \[bring the Trust/m);
  const pdf = await readPdf(pdfBytes(pdfOf(tree)));
  assert.ok(hasText(pdf.text, 'A. bring the Trust into disrepute, for example by: • criticising the Trust; B. breach confidentiality; C. abuse their position of trust.'), pdf.text);
  assert.ok(pdf.pages[0]!.roles.includes('L') && pdf.pages[0]!.roles.includes('Lbl'), 'tagged as a list with labels');
});

test('a lettered paragraph\'s search words stay out of the PDF and do not break its list', () => {
  const tree = treeOf('A. keep records;\n<SearchWords words="notes of meetings" />\n\nB. avoid being alone with a pupil:\n\n- in a closed room\n\n<SearchWords words="door shut" />\n\nC. report concerns.');
  const { markup } = markupOf(tree);
  assert.equal(markup.match(/#enum\(/g)?.length, 1, 'A to C stay one list');
  assert.match(markup, /^#enum\(numbering: "A\.", tight: false, \[keep records.*\[avoid being alone.*#list\(tight: true, \[in a closed room\]\)\], \[report concerns\\\.\]\)$/s);
  assert.doesNotMatch(markup, /notes of meetings|door shut/);
});

test('headings, lists, emphasis, tables and footnotes keep their structure', async () => {
  const tree = treeOf([
    '## Scope', 'Some *emphasised* and **strong** words.[^1]', '### Who it covers', '1. first\n2. second',
    '| Role | Contact |\n| :-- | --: |\n| HR | hr@example.org |', '[^1]: A footnote.',
  ].join('\n\n'));
  const pdf = await readPdf(pdfBytes(pdfOf(tree)));
  assert.deepEqual(pdf.bookmarks, ['Test Policy', 'Scope', 'Who it covers']);
  const roles = pdf.pages[0]!.roles;
  for (const role of ['H1', 'H2', 'H3', 'L', 'LI', 'Table', 'TH', 'TD', 'Note']) assert.ok(roles.includes(role), `${role} in ${roles.join(' ')}`);
  assert.ok(hasText(pdf.text, '1. first 2. second'), pdf.text);
  assert.ok(hasText(pdf.text, 'Role Contact HR hr@example.org'), pdf.text);
  assert.ok(hasText(pdf.text, 'A footnote.'), pdf.text);
});

test('links to other policies become full addresses under the base path; a link to a heading stays inside the PDF', () => {
  assert.deepEqual(printedLink('policy:code-of-conduct#scope', TEST_PLACE, new Set()), { kind: 'url', url: 'https://intranet.example.org/policies-site/policies/code-of-conduct/#scope' });
  assert.deepEqual(printedLink('../whistleblowing/index.mdx', TEST_PLACE, new Set()), { kind: 'url', url: 'https://intranet.example.org/policies-site/policies/whistleblowing/' });
  assert.deepEqual(printedLink('#scope', TEST_PLACE, new Set(['scope'])), { kind: 'label', name: 'scope' });
  assert.deepEqual(printedLink('policy:test#scope', TEST_PLACE, new Set(['scope'])), { kind: 'label', name: 'scope' });
  assert.deepEqual(printedLink('#paragraph-c', TEST_PLACE, new Set(['scope'])), { kind: 'url', url: `${TEST_PLACE.pageUrl}#paragraph-c` });
  assert.deepEqual(printedLink('mailto:hr@example.org', TEST_PLACE, new Set()), { kind: 'url', url: 'mailto:hr@example.org' });
  assert.deepEqual(printedLink('https://www.gov.uk/', TEST_PLACE, new Set()), { kind: 'url', url: 'https://www.gov.uk/' });
});

test('in the PDF, a cross-reference opens the other policy\'s page and a same-page link jumps to the heading', async () => {
  const tree = treeOf('## Scope {#who}\n\nSee the [Code of Conduct](policy:code-of-conduct#scope) and [who this covers](#who).');
  const { markup } = markupOf(tree);
  assert.match(markup, /#heading\(level: 2\)\[Scope\] <who>/);
  assert.match(markup, /#link\(label\("who"\)\)\[who this covers\]/);
  const pdf = await readPdf(pdfBytes(pdfOf(tree)));
  assert.ok(pdf.pages[0]!.links.includes('https://intranet.example.org/policies-site/policies/code-of-conduct/#scope'));
});

test('pictures need a description and must be files in the policy\'s folder; each problem names its line', () => {
  const tree = treeOf('![](photo.png)\n\n![A bus](https://example.org/bus.png)\n\n![A map](../other/map.png)\n\n{1 + 1}\n\n{/* a note for editors */}');
  const { problems } = markupOf(tree);
  assert.deepEqual(problems.map((problem) => [problem.line, problem.message]), [
    [5, 'the picture "photo.png" has no description, so a screen reader cannot say what it shows. Write one in the square brackets, like ![A teacher reading a policy](photo.png)'],
    [7, 'the picture "https://example.org/bus.png" is on another website, so it cannot go into the PDF. Save it in the policy\'s folder and write ![what it shows](bus.png)'],
    [9, 'the picture "../other/map.png" is outside the policy\'s folder. Save it in the policy\'s folder and write ![what it shows](map.png)'],
    [11, 'the PDF cannot show the code {1 + 1}. Write the words themselves instead'],
  ]);
});

test('a layout can show an MDX component its own way, as the easy read shows its points', async () => {
  mkdirSync(path.join(TEST_ROOT, 'test'), { recursive: true });
  writeFileSync(path.join(TEST_ROOT, 'test', 'bus.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><circle cx="20" cy="20" r="20"/></svg>');
  const tree = treeOf('<Row picture="bus.svg" alt="A school bus">You can get the bus to school.</Row>\n\n<Note>Plain children still show.</Note>');
  const options = testOptions({
    components: {
      Row: (element, context) => `#grid(columns: (3cm, 1fr), column-gutter: 1em, ${context.picture(element.attributes['picture'] ?? '', element.attributes['alt'] ?? '', element.line)}, [${context.inline(element.children)}])`,
    },
  });
  const pdf = await readPdf(pdfBytes(pdfOf(tree, { options })));
  assert.deepEqual(pdf.pages[0]!.figureAlts, ['A school bus']);
  assert.ok(hasText(pdf.text, 'You can get the bus to school. Plain children still show.'), pdf.text);
});

test('what Typst says when it cannot make a PDF becomes one plain line per problem, with the line it is on', () => {
  const errors = exportMessages('[SourceDiagnostic { severity: Error, span: Span(1), message: "PDF/UA-1 error: the text `\\"✓\\"` could not be displayed with font `\\"Atkinson Hyperlegible\\"`", trace: [], hints: [] }]');
  assert.deepEqual(errors, ['PDF/UA-1 error: the text `"✓"` could not be displayed with font `"Atkinson Hyperlegible"`']);
  const context = { file: 'policies/ticks/index.mdx', text: '---\ntitle: Ticks\n---\n\nDone ✓\n\n![A map](map.png)\n', label: 'Standard PDF' };
  assert.deepEqual(pdfProblems([...errors, 'file not found (searched at /site/policies/ticks/map.png)', 'something unexpected.'], context), [
    { file: 'policies/ticks/index.mdx', line: 5, message: 'the character "✓" (U+2713) cannot go into the PDFs: their font, Atkinson Hyperlegible, has no such letter or symbol. Write it another way, for example in words' },
    { file: 'policies/ticks/index.mdx', line: 7, message: 'the picture "map.png" is not in the policy\'s folder. Check the file name (capital letters count) and that the picture is saved beside index.mdx' },
    { file: 'policies/ticks/index.mdx', message: 'the Standard PDF cannot be made. Typst, which makes it, says: something unexpected' },
  ]);
});

test('a download says its type, size and length', () => {
  assert.equal(formatFileSize(860), '860 bytes');
  assert.equal(formatFileSize(88_064), '86 KB');
  assert.equal(formatFileSize(1_258_291), '1.2 MB');
  assert.equal(describeDownload({ layout: 'large-print', label: 'Large print PDF', fileName: 'x.pdf', bytes: 88_064, pages: 12 }), 'Large print PDF (86 KB, 12 pages)');
  assert.equal(describeDownload({ layout: 'standard', label: 'Standard PDF', fileName: 'x.pdf', bytes: 30_000, pages: 1 }), 'Standard PDF (29 KB, 1 page)');
});

test('a character that cannot be told apart by sight, such as a non-breaking hyphen, is named in the problem', () => {
  const context = { file: 'policies/trips/index.mdx', text: '---\ntitle: Trips\n---\n\nA co\u2011ordinator and a half\u00ADterm.\n', label: 'Standard PDF' };
  const errors = ['PDF/UA-1 error: the text `"\u2011\u00AD"` could not be displayed with font `"Atkinson Hyperlegible"`'];
  assert.deepEqual(pdfProblems(errors, context).map((problem) => [problem.line, problem.message.slice(0, problem.message.indexOf(' cannot'))]), [
    [5, 'the character "\u2011" (U+2011, a non-breaking hyphen, which looks like -)'],
    [5, 'the character "\u00AD" (U+00AD, a soft hyphen, which is invisible unless the word breaks there at the end of a line)'],
  ]);
});
