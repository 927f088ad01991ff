import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

/** Where the last run of the accessibility checks is recorded, for the accessibility statement to show. */
export const ACCESSIBILITY_REPORT_FILE = 'src/accessibility/accessibility-report.json';

/** The axe-core rule tags the checks run: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'should be a day, like 2026-11-25' });

const violationSchema = z.strictObject({
  /** The page's file in the build, e.g. policies/social-media/index.html */
  page: z.string().min(1),
  /** axe's rule id, e.g. color-contrast */
  rule: z.string().min(1),
  impact: z.string(),
  /** axe's one-line description, e.g. "Elements must meet minimum color contrast ratio thresholds" */
  help: z.string(),
  /** The WCAG success criteria the rule tests, e.g. ["1.4.3"] */
  criteria: z.array(z.string()),
});

export const accessibilityReportSchema = z.strictObject({
  /** The day the checks last ran, in UK time. */
  checkedOn: day,
  pagesChecked: z.number().int().min(0),
  axeCoreVersion: z.string().min(1),
  tags: z.array(z.string()),
  violations: z.array(violationSchema),
});

export type AccessibilityReport = z.output<typeof accessibilityReportSchema>;
export type AccessibilityViolation = z.output<typeof violationSchema>;

/** Reads the recorded report; a hand-edited or truncated file is refused with what is wrong, not shown half-right. */
export function parseAccessibilityReport(data: unknown): AccessibilityReport {
  const parsed = accessibilityReportSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'the file'}: ${issue.message}`);
  throw new Error(`${ACCESSIBILITY_REPORT_FILE} is not a report of the accessibility checks (${problems.join('; ')}). It is written by the axe test in tests/accessibility/every-page.browser.test.ts: run npm test to write it again.`);
}

/** axe tags such as "wcag143" name a success criterion: 1.4.3. */
export function wcagCriteria(tags: readonly string[]): string[] {
  return tags.flatMap((tag) => {
    const match = /^wcag(\d)(\d)(\d+)$/.exec(tag);
    return match ? [`${match[1]}.${match[2]}.${match[3]}`] : [];
  });
}

/** The report in a fixed order, so the same results always give the same file. */
export function accessibilityReportText(report: AccessibilityReport): string {
  const violations = [...report.violations].sort((a, b) => a.page.localeCompare(b.page) || a.rule.localeCompare(b.rule));
  const ordered: AccessibilityReport = {
    checkedOn: report.checkedOn,
    pagesChecked: report.pagesChecked,
    axeCoreVersion: report.axeCoreVersion,
    tags: [...report.tags],
    violations: violations.map(({ page, rule, impact, help, criteria }) => ({ page, rule, impact, help, criteria: [...criteria].sort() })),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/**
 * Whether a run's report should replace the recorded one. Only a new day or new results do: the
 * checks run many times a day, and a file rewritten by every run would leave every working copy
 * with a change to commit that says nothing. A recorded file that cannot be read is replaced.
 */
export function reportHasChanged(recordedText: string | undefined, report: AccessibilityReport): boolean {
  if (recordedText === undefined) return true;
  let recorded: AccessibilityReport;
  try {
    recorded = parseAccessibilityReport(JSON.parse(recordedText));
  } catch {
    return true;
  }
  return accessibilityReportText(recorded) !== accessibilityReportText(report);
}

/** The recorded report of a site's copy, or undefined where the checks have never run (a fresh copy). */
export async function readAccessibilityReport(repositoryRoot: string): Promise<AccessibilityReport | undefined> {
  const text = await readFile(path.join(repositoryRoot, ACCESSIBILITY_REPORT_FILE), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  return parseAccessibilityReport(data);
}

/** Records a run's report for the statement, only when it says something new; true when it wrote the file. */
export async function recordAccessibilityReport(repositoryRoot: string, report: AccessibilityReport): Promise<boolean> {
  const file = path.join(repositoryRoot, ACCESSIBILITY_REPORT_FILE);
  const recorded = await readFile(file, 'utf8').catch(() => undefined);
  if (!reportHasChanged(recorded, report)) return false;
  // Other tests copy src/ into their own sites while this runs; a rename means none can copy half a file.
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, accessibilityReportText(report));
  await rename(partial, file);
  return true;
}
