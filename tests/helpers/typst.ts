import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Root } from 'mdast';
import { parsePolicyText } from '#src/policy/parse-policy-text.ts';
import { pdfFontFiles } from '#src/pdf/fonts.ts';
import { STANDARD_LAYOUT, type PdfLayout } from '#src/pdf/pdf-layouts.ts';
import { policyDocument, type PrintedPolicy } from '#src/pdf/policy-document.ts';
import { policyMarkup, type MarkupOptions, type PolicyMarkup } from '#src/pdf/policy-markup.ts';
import { createTypstCompiler, makePdf, type PdfMade } from '#src/pdf/typst-pdf.ts';

/** A folder standing in for policies/, where pictures for the tests are saved. */
export const TEST_ROOT = mkdtempSync(path.join(tmpdir(), 'policy-typst-'));

let compiler: ReturnType<typeof createTypstCompiler> | undefined;

export const TEST_PLACE = {
  policyId: 'test',
  pageUrl: 'https://intranet.example.org/policies-site/policies/test/',
  siteUrl: 'https://intranet.example.org',
  base: '/policies-site/',
};

export function testOptions(overrides: Partial<MarkupOptions> = {}): MarkupOptions {
  return { place: TEST_PLACE, pictureFolder: '/test/', components: {}, ...overrides };
}

export const TEST_POLICY: PrintedPolicy = {
  title: 'Test Policy',
  summary: 'A policy used by the tests.',
  version: '1.0',
  status: 'approved',
  statusLabel: 'Approved',
  owner: 'Director of People',
  approvedBy: 'Trust Board',
  approvedText: 'September 2025',
  reviewText: 'Current: next review by September 2028',
  keywords: ['testing'],
  trustName: 'The TRUE Learning Partnership',
  pageUrl: TEST_PLACE.pageUrl,
  madeOn: '2026-11-25',
};

/** Policy text (MDX, without frontmatter) as a syntax tree, read exactly as the site reads it. */
export function treeOf(text: string): Root {
  const parsed = parsePolicyText(`---\ntitle: Test\n---\n\n${text}`);
  if (!parsed.ok) throw new Error(`The test text does not parse: ${parsed.message}`);
  return parsed.tree;
}

/** A paragraph holding exactly this text, as if it came from an MDX file, with no MDX escaping in the way. */
export function paragraphOf(text: string): Root {
  return { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] };
}

export function markupOf(tree: Root, options: MarkupOptions = testOptions()): PolicyMarkup {
  return policyMarkup(tree, options);
}

/** Compiles a tree into a real PDF/UA-1 file with the real fonts. */
export function pdfOf(tree: Root, { layout = STANDARD_LAYOUT, policy = TEST_POLICY, options = testOptions() }: { layout?: PdfLayout; policy?: PrintedPolicy; options?: MarkupOptions } = {}): PdfMade {
  const body = markupOf(tree, options);
  if (body.problems.length > 0) throw new Error(`The test text has problems: ${JSON.stringify(body.problems)}`);
  compiler ??= createTypstCompiler(TEST_ROOT, pdfFontFiles());
  return makePdf(compiler, policyDocument(policy, layout, body.markup));
}

export function pdfBytes(made: PdfMade): Uint8Array {
  if (!made.ok) throw new Error(`No PDF: ${made.errors.join('; ')}`);
  return made.pdf;
}
