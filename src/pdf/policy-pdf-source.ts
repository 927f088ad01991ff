import type { Root } from 'mdast';
import type { PolicyFrontmatter } from '#src/policy/policy-schema.ts';
import { readEasyReadFrontmatter } from '#src/easy-read/easy-read-source.ts';
import { easyReadStatus } from '#src/easy-read/easy-read-status.ts';
import { parsePolicyText } from '#src/policy/parse-policy-text.ts';
import type { PolicyOverview } from '#src/library/policy-overview.ts';
import type { Problem } from '#src/policy/problem.ts';
import { absoluteUrl, easyReadPath, policyPath } from '#src/site/urls.ts';
import { easyReadIntroduction, pictureCredit } from '#src/easy-read/pdf/easy-read-introduction.ts';
import type { PdfLayout } from './pdf-layouts.ts';
import { policyDocument, type PrintedPolicy } from './policy-document.ts';
import { policyMarkup, type MarkupOptions } from './policy-markup.ts';

export interface PdfSourceInput {
  id: string;
  /** The file the layout is made from, as owners see it: policies/social-media/index.mdx */
  displayPath: string;
  /** That file's contents, frontmatter included, so lines in problems are the file's own. */
  text: string;
  data: PolicyFrontmatter;
  overview: PolicyOverview;
  layout: PdfLayout;
  site: { siteUrl: string; base: string; trustName: string };
  /** The build date, YYYY-MM-DD. */
  madeOn: string;
}

export type PdfSource =
  | {
    ok: true;
    source: string;
    /** Pictures from the policy's folder, as Typst finds them under the policies folder. */
    pictures: string[];
    /** Easy-read pictures by name, which the build hands to Typst (namedPicturePath in policy-markup.ts). */
    namedPictures: string[];
  }
  | { ok: false; problems: Problem[] };

/** The Typst document for one policy in one layout, or what the owner must fix first. */
export function policyPdfSource(input: PdfSourceInput): PdfSource {
  const parsed = parsePolicyText(input.text);
  if (!parsed.ok) return { ok: false, problems: [{ file: input.displayPath, line: parsed.line, column: parsed.column, message: parsed.message }] };
  return input.layout.kind === 'easy-read' ? easyReadSource(input, parsed.tree) : policySource(input, parsed.tree);
}

function policySource(input: PdfSourceInput, tree: Root): PdfSource {
  const pageUrl = absoluteUrl(input.site.siteUrl, policyPath(input.site.base, input.id));
  return document(input, tree, { pageUrl, policyId: input.id }, printedPolicy(input, pageUrl));
}

/**
 * An easy read is printed with the policy's title (and "easy read"), version and status, and opens
 * with what its page says about it. Its own frontmatter has been checked by the easy-read loader
 * before any PDF is made; it is read again here only for the version it explains and its readers' check.
 */
function easyReadSource(input: PdfSourceInput, tree: Root): PdfSource {
  const frontmatter = readEasyReadFrontmatter(input.displayPath, input.text);
  if (!frontmatter.data) return { ok: false, problems: frontmatter.problems };
  const { site, overview } = input;
  const pageUrl = absoluteUrl(site.siteUrl, easyReadPath(site.base, input.id));
  const introduction = easyReadIntroduction({
    title: overview.title,
    policyStatus: overview.status,
    status: easyReadStatus(frontmatter.data, overview),
    policyUrl: absoluteUrl(site.siteUrl, policyPath(site.base, input.id)),
    madeOn: input.madeOn,
  });
  const whole: Root = { ...tree, children: [...introduction, ...tree.children, ...pictureCredit()] };
  const printed: PrintedPolicy = {
    ...printedPolicy(input, pageUrl),
    title: `${overview.title}: easy read`,
    summary: `The easy read version of the ${overview.title}, with a picture beside each point.`,
  };
  // Its own page, not the policy's: a link to a heading of the full policy must open the full policy,
  // never jump to an easy-read heading that happens to share its id.
  return document(input, whole, { pageUrl, policyId: `${input.id}/easy-read` }, printed);
}

function document(input: PdfSourceInput, tree: Root, place: { pageUrl: string; policyId: string }, printed: PrintedPolicy): PdfSource {
  const options: MarkupOptions = {
    place: { ...place, siteUrl: input.site.siteUrl, base: input.site.base },
    pictureFolder: `/${input.id}/`,
    components: input.layout.components,
  };
  const body = policyMarkup(tree, options);
  if (body.problems.length > 0) {
    return { ok: false, problems: body.problems.map((problem) => ({ file: input.displayPath, ...problem })) };
  }
  return { ok: true, source: policyDocument(printed, input.layout, body.markup), pictures: body.pictures, namedPictures: body.namedPictures };
}

function printedPolicy(input: PdfSourceInput, pageUrl: string): PrintedPolicy {
  const { overview } = input;
  return {
    title: overview.title,
    summary: overview.summary,
    version: overview.version,
    status: overview.status,
    statusLabel: overview.statusLabel,
    owner: overview.owner,
    approvedBy: overview.approvedBy,
    approvedText: overview.approvedText,
    reviewText: overview.reviewText,
    keywords: input.data.keywords,
    trustName: input.site.trustName,
    pageUrl,
    madeOn: input.madeOn,
  };
}
