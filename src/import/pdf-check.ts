import { futureApprovalProblems } from '#src/governance/future-approvals.ts';
import { checkPolicySource } from '#src/library/policy-files.ts';
import { policyOverview } from '#src/library/policy-overview.ts';
import { pdfFontFiles } from '#src/pdf/fonts.ts';
import { PDF_LAYOUTS } from '#src/pdf/pdf-layouts.ts';
import { pdfProblems } from '#src/pdf/pdf-problems.ts';
import { policyPdfSource } from '#src/pdf/policy-pdf-source.ts';
import { createTypstCompiler, makePdf, type TypstCompiler } from '#src/pdf/typst-pdf.ts';
import { formatProblem, type Problem } from '#src/policy/problem.ts';
import type { SiteConfig } from '#src/site/site-config.ts';

export interface WrittenPolicy {
  id: string;
  /** As owners see it: policies/social-media/index.mdx */
  displayPath: string;
  /** The whole file as written. */
  source: string;
}

let compiler: TypstCompiler | undefined;

/**
 * What would stop `npm run build` making the written policy's PDFs, found the way the build finds it:
 * the file is read as the build reads it (an approval dated after `today` included: a cover page's date
 * read wrongly, say) and made into each of its PDFs by Typst with the PDFs' own
 * font. Typst, not a list kept here, decides which characters the font cannot show, so the import
 * cannot say "it builds" when the build would stop. Each problem is in the build's own words.
 */
export function writtenPdfProblems(policy: WrittenPolicy, site: SiteConfig, today: string): Problem[] {
  const checked = checkPolicySource(policy.displayPath, policy.source);
  if (!checked.ok) return checked.problems;
  const future = futureApprovalProblems(policy.displayPath, checked.data, today);
  if (future.length > 0) return future;
  const overview = policyOverview(policy.id, checked.data, today, site.dueSoonDays);
  compiler ??= createTypstCompiler(site.policiesDir, pdfFontFiles());
  const found = new Map<string, Problem>();
  // A picture with no description stops the PDF before Typst sees a character; the report already asks
  // for each description, so a stand-in one (same lines) lets Typst check every character meanwhile.
  const text = policy.source.replace(/!\[\]\(([^)\s]+)\)/g, '![a picture]($1)');
  for (const layout of PDF_LAYOUTS.filter((each) => each.sourceFile === 'index.mdx')) {
    const made = policyPdfSource({ id: policy.id, displayPath: policy.displayPath, text, data: checked.data, overview, layout, site, madeOn: today });
    let problems = made.ok ? [] : made.problems;
    if (made.ok) {
      const pdf = makePdf(compiler, made.source);
      if (!pdf.ok) problems = pdfProblems(pdf.errors, { file: policy.displayPath, text: policy.source, label: layout.label });
    }
    for (const problem of problems) found.set(formatProblem(problem), problem);
  }
  return [...found.values()];
}
