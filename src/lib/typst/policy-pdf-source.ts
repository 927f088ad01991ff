import type { PolicyFrontmatter } from '../../schemas/policy.ts';
import { parsePolicyText } from '../parse-policy-text.ts';
import type { PolicyOverview } from '../policy-overview.ts';
import type { PolicyProblem } from '../policy-problem.ts';
import { absoluteUrl, policyPath } from '../urls.ts';
import type { PdfLayout } from './pdf-layouts.ts';
import { policyDocument } from './policy-document.ts';
import { policyMarkup } from './policy-markup.ts';

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

/** The Typst document for one policy in one layout, or what the owner must fix first. */
export function policyPdfSource(input: PdfSourceInput): { ok: true; source: string; pictures: string[] } | { ok: false; problems: PolicyProblem[] } {
  const parsed = parsePolicyText(input.text);
  if (!parsed.ok) return { ok: false, problems: [{ file: input.displayPath, line: parsed.line, column: parsed.column, message: parsed.message }] };
  const pageUrl = absoluteUrl(input.site.siteUrl, policyPath(input.site.base, input.id));
  const body = policyMarkup(parsed.tree, {
    place: { policyId: input.id, pageUrl, siteUrl: input.site.siteUrl, base: input.site.base },
    pictureFolder: `/${input.id}/`,
    components: input.layout.components,
  });
  if (body.problems.length > 0) {
    return { ok: false, problems: body.problems.map((problem) => ({ file: input.displayPath, ...problem })) };
  }
  const { overview } = input;
  const printed = {
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
  return { ok: true, source: policyDocument(printed, input.layout, body.markup), pictures: body.pictures };
}
