import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { escapeMarkup, typstString } from '#src/pdf/escape.ts';
import { hasText, readPdf } from '../helpers/pdf.ts';
import { paragraphOf, pdfBytes, pdfOf, TEST_POLICY, TEST_ROOT } from '../helpers/typst.ts';

/** Text that would be Typst markup, code, maths, comments or shorthands if it were not escaped. */
const HOSTILE = [
  '#set text(fill: red) #pagebreak() #import "evil.typ": * #read("/etc/passwd")',
  'It costs $5, or $x^2$ in maths mode, and 50% of $10',
  '*not bold* _not italic_ `not raw` ```not a block```',
  'Write to @hr or <label> or <paragraph-a> or a <b>tag</b>',
  'A back\\slash, a \\ alone, \\n, \\u{41} and a trailing \\',
  'Slashes // are not a comment and /* nor is this */ text',
  '= not a heading == nor this - not a list + nor this 1. nor this / Term: not a term',
  '[brackets] ] unbalanced [ and #[content]',
  'Quotes "straight" and \'single\' stay straight; -- and --- and ... and -? and ~ stay as typed',
  'https://example.org/not-a-link stays text',
  '{braces} (parens); semi: colon, comma! ? & ^ | + = - 2',
];

test('hostile text comes out of the PDF exactly as written, as text', async () => {
  for (const hostile of HOSTILE) {
    const pdf = await readPdf(pdfBytes(pdfOf(paragraphOf(hostile))));
    assert.ok(hasText(pdf.text, hostile), `"${hostile}" is in the PDF as written (got: ${pdf.text.slice(-hostile.length - 60)})`);
    assert.equal(pdf.pages.length, 1, `"${hostile}" added no page`);
    assert.deepEqual(pdf.bookmarks, ['Test Policy'], `"${hostile}" made no heading`);
    assert.deepEqual(pdf.pages[0]!.links, [TEST_POLICY.pageUrl], `"${hostile}" made no link`);
  }
});

test('a line break in text, of any kind, cannot start a heading or a list', async () => {
  for (const separator of ['\n', '\r\n', '\u2028', '\u2029', '\u0085', '\v', '\f']) {
    const pdf = await readPdf(pdfBytes(pdfOf(paragraphOf(`first${separator}= Heading${separator}- item${separator}+ item`))));
    assert.ok(hasText(pdf.text, 'first = Heading - item + item'), JSON.stringify(separator));
    assert.deepEqual(pdf.bookmarks, ['Test Policy']);
  }
});

test('every ASCII punctuation mark is escaped, and nothing else is', () => {
  assert.equal(escapeMarkup('#set $x$ *a* _b_ `c` <d> @e [f] \\ // /* = - + . ~ \' "'),
    '\\#set \\$x\\$ \\*a\\* \\_b\\_ \\`c\\` \\<d\\> \\@e \\[f\\] \\\\ \\/\\/ \\/\\* \\= \\- \\+ \\. \\~ \\\' \\"');
  assert.equal(escapeMarkup('Café – “quoted” ’ £5'), 'Café – “quoted” ’ £5');
  assert.equal(escapeMarkup('line\none\u2028two'), 'line one two');
});

test('string literals hold quotes, backslashes and line breaks without ending early', () => {
  assert.equal(typstString('say "hi" \\ there\nnow'), '"say \\"hi\\" \\\\ there\\nnow"');
  assert.equal(typstString('a\u2028b'), '"a\\u{2028}b"');
});

test('quotes, backslashes and markup in a link\'s address and text stay as written', async () => {
  const url = 'https://example.org/a?q="x"&b=\\back#[frag]';
  const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [
    { type: 'link', url, children: [{ type: 'text', value: 'a "quoted" #link(x) [text]' }] },
  ] }] };
  const pdf = await readPdf(pdfBytes(pdfOf(tree)));
  assert.ok(hasText(pdf.text, 'a "quoted" #link(x) [text]'));
  assert.ok(pdf.pages[0]!.links.some((link) => decodeURI(link) === url || link === url), `the link opens ${url} (got ${pdf.pages[0]!.links.join(', ')})`);
});

test('hostile headings, titles, summaries and alt text stay literal, in bookmarks, metadata and figures', async () => {
  mkdirSync(path.join(TEST_ROOT, 'test'), { recursive: true });
  writeFileSync(path.join(TEST_ROOT, 'test', 'chart.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20"/></svg>');
  const heading = '= #heading *x* <y> "z" \\';
  const alt = 'A "chart" \\ #image("other.png") <alt>';
  const tree: Root = { type: 'root', children: [
    { type: 'heading', depth: 2, children: [{ type: 'text', value: heading }] },
    { type: 'paragraph', children: [{ type: 'image', url: 'chart.svg', alt }] },
  ] };
  const title = 'Policy "A" \\ #set page(width: 1cm) //';
  const summary = 'Summary with "quotes", a \\ and $maths$';
  const pdf = await readPdf(pdfBytes(pdfOf(tree, { policy: { ...TEST_POLICY, title, summary, keywords: ['a "b"', 'c\\d'] } })));
  assert.deepEqual(pdf.bookmarks, [title, heading]);
  assert.equal(pdf.info['Title'], title);
  assert.equal(pdf.info['Subject'], summary);
  assert.equal(pdf.info['Keywords'], 'a "b", c\\d');
  assert.deepEqual(pdf.pages[0]!.figureAlts, [alt]);
});
