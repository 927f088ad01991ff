import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { findLetteredRuns, letterOf, LetteredIds, letteredParagraphId, stripLetter, type BlockNode } from '#src/cross-references/lettered-paragraphs.ts';
import { letteredParagraphsPlugin } from '#src/cross-references/lettered-paragraphs-plugin.ts';
import { sectionHeadingsPlugin } from '#src/cross-references/section-headings-plugin.ts';
import { crossReferencesPlugin } from '#src/cross-references/cross-references-plugin.ts';
import { MARKDOWN_FEATURES } from '#src/policy/markdown-features.ts';
import { parsePolicyText } from '#src/policy/parse-policy-text.ts';
import { policyOutline } from '#src/cross-references/policy-outline.ts';
import { hrefsIn, idsInOrder } from '../helpers/html.ts';

/** Renders policy text to HTML with the same features and plugins, in the same order, as astro.config.mjs. */
function render(markdown: string, options: { base?: string; file?: string } = {}): string {
  const result = markdownToHtml(markdown, {
    features: MARKDOWN_FEATURES,
    mdastPlugins: [crossReferencesPlugin(options.base ?? '/'), letteredParagraphsPlugin],
    hastPlugins: [sectionHeadingsPlugin],
    ...(options.file ? { fileURL: pathToFileURL(options.file) } : {}),
  });
  return result.html;
}

function blocks(markdown: string): BlockNode[] {
  const parsed = parsePolicyText(markdown);
  assert.ok(parsed.ok);
  return parsed.tree.children as unknown as BlockNode[];
}

const idsOf = (html: string) => idsInOrder(html);

const PERSONAL_CAPACITY = [
  '## Personal capacity',
  'You must not:',
  'A. bring the school into disrepute;',
  'B. share information about pupils, such as:',
  '- their names\n- their photographs',
  'C. post anything that breaches confidentiality.',
  'These rules apply outside school hours too.',
].join('\n\n');

test('"A. …", "B. …" paragraphs become one lettered list, each item with its own id and without its letter typed in', () => {
  const html = render(PERSONAL_CAPACITY);
  const list = /<ol type="A" class="lettered">([\s\S]*?)<\/ol>/.exec(html);
  assert.ok(list, html);
  // Each lettered item runs from its <li id="…"> to the next one (a nested bullet list has <li>s without ids).
  const items = list[1]!.split(/(?=<li id=")/).filter((part) => part.trim()).map((part) => {
    const match = /^<li id="([^"]+)">([\s\S]*)<\/li>\s*$/.exec(part);
    assert.ok(match, part);
    return [match[1], match[2]!.replace(/\s+/g, ' ').trim()];
  });
  assert.deepEqual(items, [
    ['paragraph-a', 'bring the school into disrepute;'],
    ['paragraph-b', 'share information about pupils, such as: <ul> <li>their names</li> <li>their photographs</li> </ul>'],
    ['paragraph-c', 'post anything that breaches confidentiality.'],
  ]);
  assert.match(html, /<p>You must not:<\/p>\s*<ol type="A"/, 'the lead-in stays a paragraph before the list');
  assert.match(html, /<\/ol>\s*<p id="after-paragraph-c">These rules apply outside school hours too\.<\/p>/, 'the paragraph after the run keeps its words, with an id that tells the search where paragraph C ends');
  assert.doesNotMatch(html, /[ABC]\. (bring|share|post)/, 'the letters are the list\'s, not typed into the text');
});

test('formatting and links inside a lettered paragraph are kept', () => {
  const html = render('A. **never** share passwords;\n\nB. report concerns under the [Whistleblowing Procedure](policy:whistleblowing).\n');
  assert.match(html, /<li id="paragraph-a"><strong>never<\/strong> share passwords;<\/li>/);
  assert.match(html, /<li id="paragraph-b">report concerns under the <a href="\/policies\/whistleblowing\/">Whistleblowing Procedure<\/a>\.<\/li>/);
});

test('a lone "A.", a run that starts at B, a run that skips a letter, and letters inside a quotation are left as written', () => {
  const html = render([
    'A. a lone paragraph that happens to start with A.',
    'Some text between.',
    'B. starts at B',
    'C. then C',
    'Some more text.',
    'A. first',
    'C. skips B',
    '> A. quoted\n>\n> B. quoted',
  ].join('\n\n'));
  assert.doesNotMatch(html, /<ol|<li/);
  for (const text of ['A. a lone paragraph', 'B. starts at B', 'C. then C', 'A. first', 'C. skips B', 'A. quoted', 'B. quoted']) {
    assert.ok(html.includes(`<p>${text}`), `"${text}" is still a paragraph:\n${html}`);
  }
});

test('only a block of text after a lettered list is marked: not a heading, nor the next run', () => {
  const html = render('## One\n\nA. one\n\nB. two\n\n- a bullet after the list\n\n## Two\n\nA. three\n\nB. four\n\n## Three\n\nA. five\n\nB. six\n\nC. seven\n\nE. not next\n\n## Four\n\nA. x\n\nB. y\n\nA. a new run\n\nB. z\n');
  assert.deepEqual(idsOf(html).filter((id) => id!.startsWith('after-')), ['after-paragraph-c'], 'after the third run only: a run followed by a new run is not marked');
  assert.match(html, /<li id="paragraph-b">two\s*<ul>\s*<li>a bullet after the list<\/li>/, 'a bullet list after a paragraph is part of it');
  assert.match(html, /<p id="after-paragraph-c">E\. not next<\/p>/);
});

test('a second lettered run on the same page gets ids of its own (paragraph-a-2), never a repeated id', () => {
  const html = render('## First\n\nA. one\n\nB. two\n\n## Second\n\nA. three\n\nB. four\n\nC. five\n');
  assert.deepEqual(idsOf(html).filter((id) => id!.startsWith('paragraph-')), ['paragraph-a', 'paragraph-b', 'paragraph-a-2', 'paragraph-b-2', 'paragraph-c']);
  assert.equal(new Set(idsOf(html)).size, idsOf(html).length, 'every id on the page is unique');
});

test('finding runs, reading letters and making ids, without rendering', () => {
  const runs = findLetteredRuns(blocks('Intro.\n\nA. one\n\n- detail\n\nB. two\n\n1. numbered\n\nA. lone\n'));
  assert.deepEqual(runs.map((run) => run.map((item) => [item.letter, item.text, item.nodes.map((node) => node.type)])), [
    [['A', 'one', ['paragraph', 'list']], ['B', 'two', ['paragraph']]],
  ], 'a bullet list belongs to the paragraph before it; a numbered list does not');
  const withWords = findLetteredRuns(blocks('A. one\n<SearchWords words="first" />\n\nB. two\n\n- detail\n\n<SearchWords words="second" />\n\nC. three\n'));
  assert.deepEqual(withWords.map((run) => run.map((item) => [item.letter, item.nodes.map((node) => node.name ?? node.type), item.searchWords !== undefined])), [
    [['A', ['paragraph', 'SearchWords'], true], ['B', ['paragraph', 'list', 'SearchWords'], true], ['C', ['paragraph'], false]],
  ], 'a paragraph\'s search words, after its text or its bullet list, are part of it and do not break the run');
  const [heading, paragraph] = blocks('## A. Not a paragraph\n\nZ. last letter\n');
  assert.equal(letterOf(heading!), undefined, 'headings are never lettered paragraphs');
  assert.equal(letterOf(paragraph!), 'Z');
  assert.equal(stripLetter('B.   share information'), 'share information');
  assert.equal(stripLetter('Bring the school'), 'Bring the school');
  assert.equal(letteredParagraphId('C'), 'paragraph-c');
  const ids = new LetteredIds();
  assert.deepEqual(['A', 'B', 'A', 'A'].map((letter) => ids.next(letter)), ['paragraph-a', 'paragraph-b', 'paragraph-a-2', 'paragraph-a-3']);
});

test('headings get ids from their words, repeated headings are numbered, and each has a "link to this section" beside it', () => {
  const html = render('## Personal use of social media at work\n\nText.\n\n### Scope\n\n## Scope\n\n#### Details & exceptions\n\n##### Too deep\n');
  assert.deepEqual(idsOf(html), ['personal-use-of-social-media-at-work', 'scope', 'scope-1', 'details--exceptions']);
  assert.match(html, /<div class="section-heading"><h2 id="personal-use-of-social-media-at-work">Personal use of social media at work<\/h2><a class="section-link" href="#personal-use-of-social-media-at-work"><span aria-hidden="true">#<\/span><span class="visually-hidden">Link to this section: Personal use of social media at work<\/span><\/a><\/div>/);
  assert.doesNotMatch(/<h2[^>]*>.*?<\/h2>/.exec(html)![0], /<a /, 'the link sits beside the heading, not inside it, so a list of headings reads only the heading');
  assert.match(html, /<h5>Too deep<\/h5>/, 'headings below level 4 are not sections');
});

test('a heading pinned with {#old-id} keeps that id when its wording changes', () => {
  const html = render('## Raising a concern outside the Trust {#outside-the-trust}\n\nContact a prescribed person.\n');
  assert.deepEqual(idsOf(html), ['outside-the-trust']);
  assert.match(html, /<h2 id="outside-the-trust">Raising a concern outside the Trust<\/h2><a class="section-link" href="#outside-the-trust">/);
  assert.doesNotMatch(html, /\{#/, 'the pin is not shown on the page');
});

test('every page starts its heading ids afresh: a second page does not number on from the first', () => {
  assert.deepEqual(idsOf(render('## Scope\n\n## Scope\n')), ['scope', 'scope-1']);
  assert.deepEqual(idsOf(render('## Scope\n')), ['scope']);
});

test('an easy read gets no "#" section links beside its headings', () => {
  const html = render('## Your phone\n\nYou can use your phone at break time.\n', { file: '/site/policies/online-safety/easy-read.mdx' });
  assert.doesNotMatch(html, /section-link|section-heading/);
  assert.match(html, /<h2[^>]*>Your phone<\/h2>/);
  assert.match(render('## Your phone\n', { file: '/site/policies/online-safety/index.mdx' }), /class="section-link"/);
});

test('a link to a policy becomes its page on the site, with the section kept', () => {
  const html = render([
    'See [raising a concern](policy:whistleblowing#raising-a-concern),',
    'the [procedure](../whistleblowing/index.mdx#outside-the-trust),',
    'the [policy page](/policies/whistleblowing/),',
    '[paragraph C](./index.mdx#paragraph-c),',
    '[Acas](https://www.acas.org.uk/) and [HR](mailto:hr@example.org).',
  ].join('\n'));
  assert.deepEqual(hrefsIn(html), [
    '/policies/whistleblowing/#raising-a-concern',
    '/policies/whistleblowing/#outside-the-trust',
    '/policies/whistleblowing/',
    '#paragraph-c',
    'https://www.acas.org.uk/',
    'mailto:hr@example.org',
  ]);
});

test('under a base path such as /intranet/, policy links include it', () => {
  const html = render('See [raising a concern](policy:whistleblowing#raising-a-concern) and the [Code of Conduct](policy:code-of-conduct).\n', { base: '/intranet/' });
  assert.deepEqual(hrefsIn(html), [
    '/intranet/policies/whistleblowing/#raising-a-concern',
    '/intranet/policies/code-of-conduct/',
  ]);
  assert.match(render('[x](policy:whistleblowing#section)\n', { base: '/intranet' }), /href="\/intranet\/policies\/whistleblowing\/#section"/, 'a base written without its last slash works too');
});

test('a pinned id is taken: a later heading with the same words gets -1, so no two sections share an id', () => {
  const source = '## Who it covers {#scope}\n\nAll staff.\n\n## Scope\n\nGovernors too.\n';
  assert.deepEqual(idsOf(render(source)), ['scope', 'scope-1']);
  const parsed = parsePolicyText(source);
  assert.ok(parsed.ok);
  assert.deepEqual(policyOutline(parsed.tree).sections.map((section) => section.id), ['scope', 'scope-1'], 'the link check sees the same ids');
});

test('a reference-style link to a policy ([words][name] with [name]: policy:…) becomes its page too, and is checked', () => {
  const source = 'Read [the procedure][wb].\n\n[wb]: policy:whistleblowing#raising-a-concern\n';
  assert.deepEqual(hrefsIn(render(source, { base: '/intranet/' })), ['/intranet/policies/whistleblowing/#raising-a-concern']);
  const parsed = parsePolicyText(source);
  assert.ok(parsed.ok);
  assert.deepEqual(policyOutline(parsed.tree).links.map((link) => [link.url, link.line]), [['policy:whistleblowing#raising-a-concern', 3]]);
});
