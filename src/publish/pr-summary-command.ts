/**
 * npm run pr-summary -- --base <git ref> [--dist dist] [--accessibility <results file>]
 * Says in plain English what a branch changes in the policies, for the pull request's page: each
 * policy's version before and after, its changed details, the words added and removed in each
 * section, whether its easy read still matches, and (given a build and the axe results) the link
 * and accessibility checks on its pages. Prints Markdown; the pull-request workflow adds it to the run's summary.
 */
import { execFile } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brokenInternalLinks } from '#src/checks/link-check.ts';
import { parseAccessibilityReport, type AccessibilityReport } from '#src/accessibility/accessibility-report.ts';
import { readSiteConfig } from '#src/site/site-config.ts';
import { changedPolicies } from './changed-policies.ts';
import { describePolicyChange } from './policy-change.ts';
import { prSummaryMarkdown, type PageChecks } from './pr-summary-markdown.ts';
import { readArguments } from '#src/site/command-arguments.ts';

const USAGE = 'Usage: npm run pr-summary -- --base <git ref> [--dist dist] [--accessibility src/accessibility/accessibility-report.json]';

async function main(): Promise<number> {
  const { values } = readArguments({ options: { base: { type: 'string' }, dist: { type: 'string' }, accessibility: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }, USAGE);
  if (values.help || !values.base) {
    console.log(`${USAGE}\nSays what this branch changes in the policies since it left the base, in Markdown.`);
    return values.help ? 0 : 2;
  }
  const root = (await promisify(execFile)('git', ['rev-parse', '--show-toplevel'])).stdout.trim();
  const config = readSiteConfig(process.env, root);
  const { baseCommit, policies } = await changedPolicies(root, config.policiesDir, values.base);
  const changes = policies.map(describePolicyChange);

  const distDir = values.dist === undefined ? undefined : path.resolve(values.dist);
  if (distDir && !(await stat(distDir).then((info) => info.isDirectory(), () => false))) {
    throw new Error(`There is no built site at ${distDir}. Run npm run build first, or leave out --dist.`);
  }
  const broken = distDir ? await brokenInternalLinks(distDir, config.base) : undefined;
  const report = values.accessibility === undefined ? undefined : await readReport(values.accessibility);
  const checks = new Map<string, PageChecks>();
  for (const change of changes) {
    const onItsPages = (page: string) => page.startsWith(`policies/${change.id}/`);
    checks.set(change.id, {
      brokenLinks: broken?.filter((link) => onItsPages(link.page)).map((link) => `${link.page}: the link "${link.href}" ${link.reason}`),
      accessibilityFailures: report?.violations.filter((violation) => onItsPages(violation.page)).map((violation) => `${violation.page}: ${violation.help} (${violation.rule}, WCAG ${violation.criteria.join(', ') || 'best practice'})`),
      accessibilityCheckedOn: report?.checkedOn,
    });
  }
  console.log(prSummaryMarkdown({ baseName: values.base, baseCommit, changes, checks }));
  return 0;
}

async function readReport(file: string): Promise<AccessibilityReport> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new Error(`There are no accessibility results at ${file}. Run the axe test (npm test writes src/accessibility/accessibility-report.json), or leave out --accessibility.`);
  });
  try {
    return parseAccessibilityReport(JSON.parse(text));
  } catch (error) {
    throw new Error(`${file}: ${error instanceof SyntaxError ? 'is not JSON' : (error as Error).message}`);
  }
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
