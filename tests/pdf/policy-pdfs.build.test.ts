import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatFileSize } from '#src/pdf/file-size.ts';
import { checkPolicySource } from '#src/library/policy-files.ts';
import { approvedSocialMediaLines } from '../helpers/approved-text.ts';
import { buildFixtureSite, policySource, REPOSITORY_ROOT, runAstroBuild, type BuildResult } from '../helpers/fixture-site.ts';
import { readSiteConfig } from '#src/site/site-config.ts';
import { hrefsIn, htmlText } from '../helpers/html.ts';
import { hasText, indexOfText, readPdf, type ParsedPdf } from '../helpers/pdf.ts';
import { easyReadSource, point } from '../helpers/easy-read-fixture.ts';
import { isPoint, stringAttribute, textBlocks, type MarkdownNode } from '#src/easy-read/text.ts';
import { parsePolicyText } from '#src/policy/parse-policy-text.ts';
import { policyOutline } from '#src/cross-references/policy-outline.ts';
import { policyFolders } from '#src/policy/policy-folders.ts';
import { EASY_READ_LAYOUT, LARGE_PRINT_LAYOUT, STANDARD_LAYOUT, type PdfLayout } from '#src/pdf/pdf-layouts.ts';

const SITE_URL = 'https://intranet.example.org';
const BASE = '/policies-site/';
/** The Trust the repository is set up for: its name is every PDF's author. */
const TRUST = readSiteConfig({}, REPOSITORY_ROOT).trustName;

/** One PDF of a policy, with what it should say about itself. */
interface PrintedDocument {
  layout: PdfLayout;
  name: string;
  /** Its title: the policy's, with "easy read" after it for the easy read. */
  title: string;
  subject: string;
  /** Its bookmarks after the title. */
  headings: string[];
  pdf: ParsedPdf;
  file: Buffer;
}

interface EasyReadSource {
  /** The words of every point, in order, as a reader sees them. */
  pointTexts: string[];
  /** Every point's alt text, in order. */
  pointAlts: string[];
}

interface PolicyPdfs {
  id: string;
  title: string;
  version: string;
  status: string;
  keywords: string[];
  standard: PrintedDocument;
  largePrint: PrintedDocument;
  easyRead: (PrintedDocument & EasyReadSource) | undefined;
  documents: PrintedDocument[];
}

let build: BuildResult;
const policies: PolicyPdfs[] = [];

before(async () => {
  build = await buildFixtureSite({ withSamplePolicies: true, env: { POLICY_SITE_URL: SITE_URL, POLICY_SITE_BASE: BASE } });
  assert.equal(build.code, 0, build.output);
  // The sample policies as this build had them.
  const policiesDir = path.join(build.root, 'policies');
  for (const id of await policyFolders(policiesDir)) {
    const text = await readFile(path.join(policiesDir, id, 'index.mdx'), 'utf8');
    const checked = checkPolicySource(`policies/${id}/index.mdx`, text);
    assert.ok(checked.ok, `${id} reads`);
    const { data, outline } = checked;
    const headings = outline.sections.filter((section) => section.kind === 'heading').map((section) => section.label);
    const folder = path.join(build.distDir, 'policies', id);
    const printed = async (layout: PdfLayout, name: string, title: string, subject: string, headingsAfterTitle: string[]): Promise<PrintedDocument> => {
      const file = await readFile(path.join(folder, layout.fileName(id)));
      return { layout, name: `${id} ${name}`, title, subject, headings: headingsAfterTitle, pdf: await readPdf(file), file };
    };
    const standard = await printed(STANDARD_LAYOUT, 'standard', data.title, data.summary, headings);
    const largePrint = await printed(LARGE_PRINT_LAYOUT, 'large print', data.title, data.summary, headings);
    const easyReadText = await readFile(path.join(policiesDir, id, 'easy-read.mdx'), 'utf8').catch(() => undefined);
    let easyRead: PolicyPdfs['easyRead'];
    if (easyReadText !== undefined) {
      const parsed = parsePolicyText(easyReadText);
      assert.ok(parsed.ok, `${id} easy read reads`);
      const tree = parsed.tree as unknown as MarkdownNode;
      const easyReadHeadings = policyOutline(parsed.tree).sections.filter((section) => section.kind === 'heading').map((section) => section.label);
      const points: MarkdownNode[] = [];
      const visit = (node: MarkdownNode) => (isPoint(node) ? points.push(node) : node.children?.forEach(visit));
      visit(tree);
      easyRead = {
        ...(await printed(EASY_READ_LAYOUT, 'easy read', `${data.title}: easy read`, `The easy read version of the ${data.title}, with a picture beside each point.`, ['About this easy read', ...easyReadHeadings])),
        pointTexts: textBlocks(tree).filter((block) => block.point !== undefined).map((block) => block.text),
        pointAlts: points.map((node) => stringAttribute(node, 'alt')!.trim()),
      };
    }
    policies.push({
      id,
      title: data.title,
      version: data.version,
      status: data.status,
      keywords: data.keywords,
      standard,
      largePrint,
      easyRead,
      documents: [standard, largePrint, ...(easyRead ? [easyRead] : [])],
    });
  }
  assert.ok(policies.length >= 7, 'every policy was read');
  assert.ok(policies.every((policy) => policy.easyRead), 'every real policy has an easy read, so every easy-read PDF is checked');
});

function eachPdf(check: (pdf: ParsedPdf, policy: PolicyPdfs, document: PrintedDocument) => void) {
  for (const policy of policies) for (const document of policy.documents) check(document.pdf, policy, document);
}

function eachEasyRead(check: (easyRead: PrintedDocument & EasyReadSource, policy: PolicyPdfs) => void) {
  for (const policy of policies) if (policy.easyRead) check(policy.easyRead, policy);
}

test('every PDF is tagged PDF/UA-1: structure tree, marked, titled and shown by its title, in en-GB, with the Trust as author', () => {
  eachPdf((pdf, policy, { name, title, subject }) => {
    assert.equal(pdf.marked, true, `${name}: MarkInfo Marked`);
    assert.equal(pdf.pages[0]!.roles[0], 'Document', `${name}: structure tree`);
    assert.ok(pdf.pages[0]!.roles.includes('H1'), `${name}: the title is a real heading`);
    assert.equal(pdf.info['Title'], title, `${name}: title`);
    assert.equal(pdf.displayDocTitle, true, `${name}: DisplayDocTitle`);
    assert.match(pdf.xmp, /<pdfuaid:part>1<\/pdfuaid:part>/, `${name}: PDF/UA-1 in XMP`);
    assert.ok(pdf.xmp.includes(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${title}</rdf:li>`), `${name}: dc:title`);
    assert.equal(pdf.info['Language'], 'en-GB', `${name}: language`);
    assert.equal(pdf.info['Author'], TRUST, `${name}: author`);
    assert.equal(pdf.info['Subject'], subject, `${name}: subject`);
    if (policy.keywords.length > 0) assert.equal(pdf.info['Keywords'], policy.keywords.join(', '), `${name}: keywords`);
  });
});

test('every font is embedded, and it is the one from the npm package, never one from the machine', () => {
  eachPdf((pdf, _policy, { name, layout }) => {
    assert.ok(pdf.fonts.length > 0, name);
    for (const font of pdf.fonts) {
      assert.equal(font.embedded, true, `${name}: ${font.name} embedded`);
      assert.match(font.name, /^[A-Z]{6}\+AtkinsonHyperlegible-(Regular|Bold|Italic|BoldItalic)$/, `${name}: ${font.name}`);
      if (layout.style.emphasis === 'bold') assert.doesNotMatch(font.name, /Italic/, `${name}: no italics`);
    }
  });
});

test('the bookmarks are the title and headings, in order', () => {
  eachPdf((pdf, _policy, { name, title, headings }) => assert.deepEqual(pdf.bookmarks, [title, ...headings], name));
});

test('every page says which policy, version and status it is, and "Page X of Y"', () => {
  eachPdf((pdf, policy, { name, title }) => {
    const pages = pdf.pages.length;
    pdf.pages.forEach((page, index) => {
      assert.ok(page.allText.includes(`${title}, version ${policy.version}, ${policy.status}`), `${name} page ${index + 1}: header (${page.allText.slice(0, 120)})`);
      assert.ok(page.allText.includes(`Page ${index + 1} of ${pages}`), `${name} page ${index + 1}: page number`);
      assert.ok(page.allText.includes('Printed copies may be out of date'), `${name} page ${index + 1}: printed copies`);
    });
  });
});

test('the first page says when the PDF was made and where the current version is, as a full address under the base path', () => {
  for (const policy of policies) {
    const address = `${SITE_URL}${BASE}policies/${policy.id}/`;
    for (const { pdf, name } of [policy.standard, policy.largePrint]) {
      assert.ok(hasText(pdf.text, `This copy was made on 25 November 2026. Printed copies may be out of date: the current version is at ${address}.`), `${name}: ${pdf.text.slice(0, 700)}`);
      assert.ok(pdf.pages[0]!.links.includes(address), `${name}: the address is a link`);
    }
  }
  const socialMedia = policies.find((policy) => policy.id === 'social-media')!;
  const links = socialMedia.standard.pdf.pages.flatMap((page) => page.links);
  assert.ok(links.includes(`${SITE_URL}${BASE}policies/code-of-conduct/`), 'a cross-reference opens the other policy\'s page');
});

test('an easy-read PDF starts by saying which policy and version it explains, gives the full policy\'s address and the day it was made', () => {
  eachEasyRead((easyRead, policy) => {
    const address = `${SITE_URL}${BASE}policies/${policy.id}/`;
    const { pdf, name, headings } = easyRead;
    const firstPage = pdf.pages[0]!.lines.filter((line) => !line.artifact).map((line) => line.text).join('\n');
    assert.ok(hasText(firstPage, `This is the easy read version of the ${policy.title}. It explains version ${policy.version} of the policy.`), `${name}: ${firstPage}`);
    assert.ok(hasText(firstPage, `Read the full ${policy.title} on the website: ${address}`), `${name}: ${firstPage}`);
    assert.ok(pdf.pages[0]!.links.includes(address), `${name}: the address is a link`);
    const opening = pdf.text.slice(0, indexOfText(pdf.text, headings[1]!));
    assert.ok(hasText(opening, 'This copy was made on 25 November 2026. The policy may change after that day.'), `${name}: before "${headings[1]}": ${opening}`);
  });
});

test('an easy-read PDF has every point\'s words, in order, and every point\'s picture with its alt text', () => {
  eachEasyRead((easyRead) => {
    const { pdf, name, pointTexts, pointAlts } = easyRead;
    assert.ok(pointTexts.length > 20, `${name}: the points were found`);
    let from = 0;
    const problems: string[] = [];
    for (const words of pointTexts) {
      const at = indexOfText(pdf.text, words, from);
      if (at === -1) problems.push(hasText(pdf.text, words) ? `out of order: ${words}` : `missing: ${words}`);
      else from = at + 1;
    }
    assert.deepEqual(problems, [], name);
    const alts = pdf.pages.flatMap((page) => page.figureAlts);
    assert.ok(alts.every((alt) => alt.trim() !== ''), `${name}: every figure has alt text`);
    assert.deepEqual(alts.slice(alts.length - pointAlts.length), pointAlts, `${name}: each point's picture, in order`);
    assert.ok(alts.length > pointAlts.length, `${name}: the pictures of its opening points too`);
  });
});

test('easy read: large text (18 pt body, nothing under 16 pt), larger headings, and no more than 24 pages', () => {
  eachEasyRead((easyRead) => {
    const { pdf, name, headings } = easyRead;
    const lines = pdf.pages.flatMap((page) => page.lines);
    assert.ok(lines.every((line) => line.size >= 15.99), `${name}: ${lines.filter((line) => line.size < 15.99).map((line) => `${line.size.toFixed(1)}pt "${line.text}"`).join('; ')}`);
    const body = lines.filter((line) => !line.artifact && !headings.includes(line.text));
    assert.ok(body.every((line) => line.size >= 17.99), `${name}: body ${body.filter((line) => line.size < 17.99).map((line) => `${line.size.toFixed(1)}pt "${line.text}"`).join('; ')}`);
    const headingSize = Math.min(...lines.filter((line) => !line.artifact && headings.includes(line.text)).map((line) => line.size));
    assert.ok(headingSize > 19, `${name}: headings are larger than the body (${headingSize} pt)`);
    assert.ok(pdf.pages.length <= 24, `${name}: ${pdf.pages.length} pages`);
  });
});

test('a draft carries "Draft: not approved" on every page of every PDF; an approved policy does not', () => {
  const drafts = policies.filter((policy) => policy.status === 'draft');
  assert.ok(drafts.length > 0, 'there is a draft to check');
  for (const draft of drafts) {
    for (const { pdf, name } of draft.documents) {
      pdf.pages.forEach((page, index) => assert.ok(page.allText.includes('Draft: not approved'), `${name} page ${index + 1}`));
    }
    for (const { pdf, name } of [draft.standard, draft.largePrint]) {
      assert.ok(hasText(pdf.text, 'This is a draft for consultation. It has not been approved by the Trust Board'), `${name}: said in the tagged text too`);
    }
    assert.ok(hasText(draft.easyRead!.pdf.text, 'This policy is a draft. A draft is a plan that can still change.'), `${draft.id} easy read: said in easy-read words`);
  }
  const approved = policies.find((policy) => policy.id === 'social-media')!;
  for (const { pdf } of approved.documents) assert.ok(pdf.pages.every((page) => !page.allText.includes('Draft')));
});

test('every sentence of the approved Social Media Policy is in both PDFs, in order', async () => {
  const lines = await approvedSocialMediaLines();
  const socialMedia = policies.find((policy) => policy.id === 'social-media')!;
  for (const { name, pdf } of [socialMedia.standard, socialMedia.largePrint]) {
    let from = 0;
    const problems: string[] = [];
    for (const line of lines) {
      const at = indexOfText(pdf.text, line, from);
      if (at === -1) problems.push(hasText(pdf.text, line) ? `out of order: ${line}` : `missing: ${line}`);
      else from = at + 1;
    }
    assert.deepEqual(problems, [], `${name} PDF`);
  }
});

test('large print: body text at least 18 pt with line spacing at least 1.5, headings larger, nothing under 16 pt', () => {
  for (const policy of policies) {
    const headings = policy.largePrint.headings;
    const lines = policy.largePrint.pdf.pages.flatMap((page) => page.lines);
    const body = lines.filter((line) => !line.artifact);
    assert.ok(body.every((line) => line.size >= 17.99), `${policy.id}: ${body.filter((line) => line.size < 17.99).map((line) => `${line.size.toFixed(1)}pt "${line.text}"`).join('; ')}`);
    assert.ok(lines.every((line) => line.size >= 15.99), `${policy.id}: header and footer at least 16 pt`);
    const headingSize = Math.min(...body.filter((line) => headings.includes(line.text)).map((line) => line.size));
    assert.ok(headingSize > 19, `${policy.id}: headings are larger than the body (${headingSize} pt)`);
    for (const page of policy.largePrint.pdf.pages) {
      const bodyLines = page.lines.filter((line) => !line.artifact && Math.abs(line.size - 18) < 0.01);
      for (let index = 1; index < bodyLines.length; index++) {
        const gap = bodyLines[index - 1]!.y - bodyLines[index]!.y;
        assert.ok(gap >= 18 * 1.5 - 0.01, `${policy.id}: ${gap.toFixed(2)} pt from "${bodyLines[index - 1]!.text}" to "${bodyLines[index]!.text}"`);
      }
    }
  }
});

test('standard: A4, body text from 11 to 12 pt', () => {
  for (const policy of policies) {
    const { pdf } = policy.standard;
    const sizes = new Map<number, number>();
    for (const line of pdf.pages.flatMap((page) => page.lines)) sizes.set(Math.round(line.size * 10) / 10, (sizes.get(Math.round(line.size * 10) / 10) ?? 0) + line.text.length);
    const body = [...sizes].sort((a, b) => b[1] - a[1])[0]![0];
    assert.ok(body >= 11 && body <= 12, `${policy.id}: body ${body} pt`);
  }
});

test('each policy page lists its PDFs with type, size and pages, under the base path; its easy-read page lists the easy-read PDF', async () => {
  const listed = (html: string, policy: PolicyPdfs, { layout, file, pdf }: PrintedDocument) => {
    const fileName = layout.fileName(policy.id);
    assert.ok(hrefsIn(html).includes(`${BASE}policies/${policy.id}/${fileName}`), `${policy.id}: links to ${fileName}`);
    const description = `${layout.label} (${formatFileSize(file.byteLength)}, ${pdf.pages.length} pages)`;
    assert.ok(htmlText(html).includes(description), `${policy.id}: "${description}"`);
  };
  for (const policy of policies) {
    const page = await readFile(path.join(build.distDir, 'policies', policy.id, 'index.html'), 'utf8');
    for (const document of policy.documents) listed(page, policy, document);
    const easyReadPage = await readFile(path.join(build.distDir, 'policies', policy.id, 'easy-read', 'index.html'), 'utf8');
    listed(easyReadPage, policy, policy.easyRead!);
    assert.ok(!hrefsIn(easyReadPage).includes(`${BASE}policies/${policy.id}/${policy.id}-policy.pdf`), `${policy.id}: the easy-read page offers its own PDF only`);
  }
});

test('a policy whose PDF cannot be made, or an easy read over 24 pages, stops the build, with one plain line naming the file', async () => {
  const failed = await buildFixtureSite({
    policies: {
      'ticks/index.mdx': policySource({ title: 'Ticks Policy' }, '## Scope\n\nThis applies to all staff.\n\nDone ✓ by the office.\n'),
      'pictures/index.mdx': policySource({ title: 'Pictures Policy' }, '## Scope\n\n![](photo.png)\n'),
      'long/index.mdx': policySource({ title: 'Long Policy' }),
      'long/easy-read.mdx': easyReadSource({}, Array.from({ length: 170 }, () => point('You can use your own phone at break time.')).join('\n')),
    },
  });
  assert.notEqual(failed.code, 0, 'the build failed');
  assert.match(failed.output, /Found 3 problems in the policy files\. Fix them and build again:/);
  assert.ok(failed.output.includes(
    '  policies/pictures/index.mdx:22:1: the picture "photo.png" has no description, so a screen reader cannot say what it shows. Write one in the square brackets, like ![A teacher reading a policy](photo.png).',
  ), failed.output);
  assert.ok(failed.output.includes(
    '  policies/ticks/index.mdx:24: the character "✓" (U+2713) cannot go into the PDFs: their font, Atkinson Hyperlegible, has no such letter or symbol. Write it another way, for example in words.',
  ), failed.output);
  assert.match(failed.output, /\n {2}policies\/long\/easy-read\.mdx: the Easy read PDF has (2[5-9]|3\d) pages, more than the 24 it may have\. Make it shorter: fewer points, or fewer words in each, while still covering everything staff must do\.\n/);
});

test('a second build takes unchanged PDFs from the cache, byte for byte, and makes only what changed, easy reads too', async () => {
  // An address no other test uses, so no other build has these PDFs in the shared cache.
  const env = { POLICY_SITE_URL: `https://cache-test-${process.pid}-${Date.now()}.example`, POLICY_SITE_TODAY: '2026-11-25' };
  const first = await buildFixtureSite({
    policies: {
      'one/index.mdx': policySource({ title: 'One Policy' }),
      'one/easy-read.mdx': easyReadSource(),
      'two/index.mdx': policySource({ title: 'Two Policy' }),
    },
    env,
  });
  assert.equal(first.code, 0, first.output);
  assert.match(first.output, /5 PDFs ready in \d+ ms: 5 made, 0 unchanged since the last build/);
  const pdfPath = path.join(first.distDir, 'policies/one/one-policy.pdf');
  const easyReadPath = path.join(first.distDir, 'policies/one/one-policy-easy-read.pdf');
  const before = await readFile(pdfPath);
  const easyReadBefore = await readFile(easyReadPath);
  const second = await runAstroBuild(first.root, env);
  assert.equal(second.code, 0, second.output);
  assert.match(second.output, /5 PDFs ready in \d+ ms: 0 made, 5 unchanged since the last build/);
  assert.deepEqual(await readFile(pdfPath), before);
  assert.deepEqual(await readFile(easyReadPath), easyReadBefore);
  await writeFile(path.join(first.root, 'policies/two/index.mdx'), policySource({ title: 'Two Policy' }, '## Scope\n\nThis policy now applies to governors too.\n'));
  await writeFile(path.join(first.root, 'policies/one/easy-read.mdx'), easyReadSource({}, point('You can use your phone at lunch time.')));
  const third = await runAstroBuild(first.root, env);
  assert.equal(third.code, 0, third.output);
  assert.match(third.output, /5 PDFs ready in \d+ ms: 3 made, 2 unchanged since the last build/);
  assert.ok(hasText((await readPdf(await readFile(path.join(first.distDir, 'policies/two/two-policy.pdf')))).text, 'This policy now applies to governors too.'));
  assert.ok(hasText((await readPdf(await readFile(easyReadPath))).text, 'You can use your phone at lunch time.'));
  assert.deepEqual(await readFile(pdfPath), before);
});
