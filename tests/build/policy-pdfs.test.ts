import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatFileSize } from '../../src/lib/file-size.ts';
import { checkPolicySource } from '../../src/lib/policy-files.ts';
import { approvedSocialMediaLines } from '../helpers/approved-text.ts';
import { buildFixtureSite, policySource, REPOSITORY_ROOT, runAstroBuild, type BuildResult } from '../helpers/fixture-site.ts';
import { hrefsIn, htmlText } from '../../src/lib/html-text.ts';
import { hasText, indexOfText, readPdf, type ParsedPdf } from '../helpers/pdf.ts';

const SITE_URL = 'https://intranet.example.org';
const BASE = '/policies-site/';
const TRUST = 'The TRUE Learning Partnership';

interface PolicyPdfs {
  id: string;
  title: string;
  summary: string;
  version: string;
  status: string;
  keywords: string[];
  headings: string[];
  standard: ParsedPdf;
  largePrint: ParsedPdf;
  files: { standard: Buffer; largePrint: Buffer };
}

let build: BuildResult;
const policies: PolicyPdfs[] = [];

before(async () => {
  build = await buildFixtureSite({ withRealPolicies: true, env: { POLICY_SITE_URL: SITE_URL, POLICY_SITE_BASE: BASE } });
  assert.equal(build.code, 0, build.output);
  const ids = (await readdir(path.join(REPOSITORY_ROOT, 'policies'), { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  for (const id of ids) {
    const text = await readFile(path.join(REPOSITORY_ROOT, 'policies', id, 'index.mdx'), 'utf8');
    const checked = checkPolicySource(`policies/${id}/index.mdx`, text);
    assert.ok(checked.ok, `${id} reads`);
    const { data, outline } = checked;
    const folder = path.join(build.distDir, 'policies', id);
    const files = {
      standard: await readFile(path.join(folder, `${id}-policy.pdf`)),
      largePrint: await readFile(path.join(folder, `${id}-policy-large-print.pdf`)),
    };
    policies.push({
      id,
      title: data.title,
      summary: data.summary,
      version: data.version,
      status: data.status,
      keywords: data.keywords,
      headings: outline.sections.filter((section) => section.kind === 'heading').map((section) => section.label),
      standard: await readPdf(files.standard),
      largePrint: await readPdf(files.largePrint),
      files,
    });
  }
  assert.ok(policies.length >= 7, 'every policy was read');
});

function eachPdf(check: (pdf: ParsedPdf, policy: PolicyPdfs, name: string) => void) {
  for (const policy of policies) {
    check(policy.standard, policy, `${policy.id} standard`);
    check(policy.largePrint, policy, `${policy.id} large print`);
  }
}

test('every PDF is tagged PDF/UA-1: structure tree, marked, titled and shown by its title, in en-GB, with the Trust as author', () => {
  eachPdf((pdf, policy, name) => {
    assert.equal(pdf.marked, true, `${name}: MarkInfo Marked`);
    assert.equal(pdf.pages[0]!.roles[0], 'Document', `${name}: structure tree`);
    assert.ok(pdf.pages[0]!.roles.includes('H1'), `${name}: the title is a real heading`);
    assert.equal(pdf.info['Title'], policy.title, `${name}: title`);
    assert.equal(pdf.displayDocTitle, true, `${name}: DisplayDocTitle`);
    assert.match(pdf.xmp, /<pdfuaid:part>1<\/pdfuaid:part>/, `${name}: PDF/UA-1 in XMP`);
    assert.ok(pdf.xmp.includes(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${policy.title}</rdf:li>`), `${name}: dc:title`);
    assert.equal(pdf.info['Language'], 'en-GB', `${name}: language`);
    assert.equal(pdf.info['Author'], TRUST, `${name}: author`);
    assert.equal(pdf.info['Subject'], policy.summary, `${name}: subject`);
    if (policy.keywords.length > 0) assert.equal(pdf.info['Keywords'], policy.keywords.join(', '), `${name}: keywords`);
  });
});

test('every font is embedded, and it is the one from the npm package, never one from the machine', () => {
  eachPdf((pdf, _policy, name) => {
    assert.ok(pdf.fonts.length > 0, name);
    for (const font of pdf.fonts) {
      assert.equal(font.embedded, true, `${name}: ${font.name} embedded`);
      assert.match(font.name, /^[A-Z]{6}\+AtkinsonHyperlegible-(Regular|Bold|Italic|BoldItalic)$/, `${name}: ${font.name}`);
    }
  });
});

test('the bookmarks are the policy\'s title and headings, in order', () => {
  eachPdf((pdf, policy, name) => assert.deepEqual(pdf.bookmarks, [policy.title, ...policy.headings], name));
});

test('every page says which policy, version and status it is, and "Page X of Y"', () => {
  eachPdf((pdf, policy, name) => {
    const pages = pdf.pages.length;
    pdf.pages.forEach((page, index) => {
      assert.ok(page.allText.includes(`${policy.title}, version ${policy.version}, ${policy.status}`), `${name} page ${index + 1}: header (${page.allText.slice(0, 120)})`);
      assert.ok(page.allText.includes(`Page ${index + 1} of ${pages}`), `${name} page ${index + 1}: page number`);
      assert.ok(page.allText.includes('Printed copies may be out of date'), `${name} page ${index + 1}: printed copies`);
    });
  });
});

test('the first page says when the PDF was made and where the current version is, as a full address under the base path', () => {
  eachPdf((pdf, policy, name) => {
    const address = `${SITE_URL}${BASE}policies/${policy.id}/`;
    assert.ok(hasText(pdf.text, `This copy was made on 25 November 2026. Printed copies may be out of date: the current version is at ${address}.`), `${name}: ${pdf.text.slice(0, 700)}`);
    assert.ok(pdf.pages[0]!.links.includes(address), `${name}: the address is a link`);
  });
  const socialMedia = policies.find((policy) => policy.id === 'social-media')!;
  const links = socialMedia.standard.pages.flatMap((page) => page.links);
  assert.ok(links.includes(`${SITE_URL}${BASE}policies/code-of-conduct/`), 'a cross-reference opens the other policy\'s page');
});

test('a draft carries "Draft: not approved" on every page; an approved policy does not', () => {
  const drafts = policies.filter((policy) => policy.status === 'draft');
  assert.ok(drafts.length > 0, 'there is a draft to check');
  for (const draft of drafts) {
    for (const pdf of [draft.standard, draft.largePrint]) {
      pdf.pages.forEach((page, index) => assert.ok(page.allText.includes('Draft: not approved'), `${draft.id} page ${index + 1}`));
      assert.ok(hasText(pdf.text, 'This is a draft for consultation. It has not been approved by the Trust Board'), `${draft.id}: said in the tagged text too`);
    }
  }
  const approved = policies.find((policy) => policy.id === 'social-media')!;
  for (const pdf of [approved.standard, approved.largePrint]) assert.ok(pdf.pages.every((page) => !page.allText.includes('Draft')));
});

test('every sentence of the approved Social Media Policy is in both PDFs, in order', async () => {
  const lines = await approvedSocialMediaLines();
  const socialMedia = policies.find((policy) => policy.id === 'social-media')!;
  for (const [name, pdf] of [['standard', socialMedia.standard], ['large print', socialMedia.largePrint]] as const) {
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
    const lines = policy.largePrint.pages.flatMap((page) => page.lines);
    const body = lines.filter((line) => !line.artifact);
    assert.ok(body.every((line) => line.size >= 17.99), `${policy.id}: ${body.filter((line) => line.size < 17.99).map((line) => `${line.size.toFixed(1)}pt "${line.text}"`).join('; ')}`);
    assert.ok(lines.every((line) => line.size >= 15.99), `${policy.id}: header and footer at least 16 pt`);
    const headingSize = Math.min(...body.filter((line) => policy.headings.includes(line.text)).map((line) => line.size));
    assert.ok(headingSize > 19, `${policy.id}: headings are larger than the body (${headingSize} pt)`);
    for (const page of policy.largePrint.pages) {
      const bodyLines = page.lines.filter((line) => !line.artifact && Math.abs(line.size - 18) < 0.01);
      for (let index = 1; index < bodyLines.length; index++) {
        const gap = bodyLines[index - 1]!.y - bodyLines[index]!.y;
        assert.ok(gap >= 18 * 1.5 - 0.01, `${policy.id}: ${gap.toFixed(2)} pt from "${bodyLines[index - 1]!.text}" to "${bodyLines[index]!.text}"`);
      }
    }
  }
});

test('standard: A4, body text from 11 to 12 pt', () => {
  eachPdf((pdf, policy, name) => {
    if (name.endsWith('large print')) return;
    const sizes = new Map<number, number>();
    for (const line of pdf.pages.flatMap((page) => page.lines)) sizes.set(Math.round(line.size * 10) / 10, (sizes.get(Math.round(line.size * 10) / 10) ?? 0) + line.text.length);
    const body = [...sizes].sort((a, b) => b[1] - a[1])[0]![0];
    assert.ok(body >= 11 && body <= 12, `${policy.id}: body ${body} pt`);
  });
});

test('each policy page lists its PDFs with type, size and pages, under the base path', async () => {
  for (const policy of policies) {
    const html = await readFile(path.join(build.distDir, 'policies', policy.id, 'index.html'), 'utf8');
    const text = htmlText(html);
    for (const [label, file, bytes, pdf] of [
      ['Standard PDF', `${policy.id}-policy.pdf`, policy.files.standard.byteLength, policy.standard],
      ['Large print PDF', `${policy.id}-policy-large-print.pdf`, policy.files.largePrint.byteLength, policy.largePrint],
    ] as const) {
      assert.ok(hrefsIn(html).includes(`${BASE}policies/${policy.id}/${file}`), `${policy.id}: links to ${file}`);
      assert.ok(text.includes(`${label} (${formatFileSize(bytes)}, ${pdf.pages.length} pages)`), `${policy.id}: "${label} (${formatFileSize(bytes)}, ${pdf.pages.length} pages)"`);
    }
  }
});

test('a policy whose PDF cannot be made stops the build, with one plain line naming the file and line', async () => {
  const failed = await buildFixtureSite({
    policies: {
      'ticks/index.mdx': policySource({ title: 'Ticks Policy' }, '## Scope\n\nThis applies to all staff.\n\nDone ✓ by the office.\n'),
      'pictures/index.mdx': policySource({ title: 'Pictures Policy' }, '## Scope\n\n![](photo.png)\n'),
    },
  });
  assert.notEqual(failed.code, 0, 'the build failed');
  assert.match(failed.output, /Found 2 problems in the policy files\. Fix them and build again:/);
  assert.ok(failed.output.includes(
    '  policies/pictures/index.mdx: the picture "photo.png" has no description, so a screen reader cannot say what it shows. Write one in the square brackets, like ![A teacher reading a policy](photo.png). (line 22, column 1)',
  ), failed.output);
  assert.ok(failed.output.includes(
    '  policies/ticks/index.mdx: the character "✓" (U+2713) cannot go into the PDFs: their font, Atkinson Hyperlegible, has no such letter or symbol. Write it another way, for example in words. (line 24)',
  ), failed.output);
});

test('a second build takes unchanged PDFs from the cache, byte for byte, and makes only what changed', async () => {
  // An address no other test uses, so no other build has these PDFs in the shared cache.
  const env = { POLICY_SITE_URL: `https://cache-test-${process.pid}-${Date.now()}.example`, POLICY_SITE_TODAY: '2026-11-25' };
  const first = await buildFixtureSite({
    policies: { 'one/index.mdx': policySource({ title: 'One Policy' }), 'two/index.mdx': policySource({ title: 'Two Policy' }) },
    env,
  });
  assert.equal(first.code, 0, first.output);
  assert.match(first.output, /4 PDFs ready in \d+ ms: 4 made, 0 unchanged since the last build/);
  const pdfPath = path.join(first.distDir, 'policies/one/one-policy.pdf');
  const before = await readFile(pdfPath);
  const second = await runAstroBuild(first.root, env);
  assert.equal(second.code, 0, second.output);
  assert.match(second.output, /4 PDFs ready in \d+ ms: 0 made, 4 unchanged since the last build/);
  assert.deepEqual(await readFile(pdfPath), before);
  await writeFile(path.join(first.root, 'policies/two/index.mdx'), policySource({ title: 'Two Policy' }, '## Scope\n\nThis policy now applies to governors too.\n'));
  const third = await runAstroBuild(first.root, env);
  assert.equal(third.code, 0, third.output);
  assert.match(third.output, /4 PDFs ready in \d+ ms: 2 made, 2 unchanged since the last build/);
  assert.ok(hasText((await readPdf(await readFile(path.join(first.distDir, 'policies/two/two-policy.pdf')))).text, 'This policy now applies to governors too.'));
});
