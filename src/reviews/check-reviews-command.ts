/**
 * npm run check:reviews -- [--as-of 2026-11-25] [--within 90] [--format text|markdown|json] [--fail-on overdue|due-soon|never]
 * Lists the policies whose review is overdue or due soon, with owner and date, and those waiting for
 * approval, with the version proposed. By default it only
 * reports (exit 0); --fail-on makes it a gate.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDate } from '#src/site/build-date.ts';
import { parsePolicyDate } from '#src/policy/policy-date.ts';
import { readPolicyFiles } from '#src/library/policy-files.ts';
import { formatProblem } from '#src/policy/problem.ts';
import { reviewRegister, statementForReview } from './review-register.ts';
import { ACCESSIBILITY_STATEMENT } from '#src/accessibility/accessibility-statement.ts';
import { awaitingApproval } from './awaiting-approval.ts';
import { formatReviewReport, reviewExitCode, reviewReport, type FailOn, type ReportFormat } from './review-report.ts';
import { readSiteConfig } from '#src/site/site-config.ts';
import { readArguments } from '#src/site/command-arguments.ts';

const FORMATS: readonly ReportFormat[] = ['text', 'markdown', 'json'];
const FAIL_ON: readonly FailOn[] = ['overdue', 'due-soon', 'never'];
const USAGE = 'Usage: npm run check:reviews -- [--as-of YYYY-MM-DD] [--within DAYS] [--format text|markdown|json] [--fail-on overdue|due-soon|never]';

class UsageError extends Error {}

function choice<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name}: "${value}" is not one of ${allowed.join(', ')}.`);
}

async function main(): Promise<number> {
  const { values } = readArguments({
    options: {
      'as-of': { type: 'string' }, within: { type: 'string' }, format: { type: 'string' }, 'fail-on': { type: 'string' }, help: { type: 'boolean', short: 'h' },
    },
  }, USAGE);
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const root = path.resolve(fileURLToPath(import.meta.url), '../../..');
  const site = readSiteConfig(process.env, root);
  const asOf = values['as-of'] ?? buildDate(process.env);
  const parsed = parsePolicyDate(asOf);
  if (!parsed.ok || asOf.length !== 10) throw new UsageError(`--as-of: "${asOf}" is not a day. Write it like --as-of 2026-11-25.`);
  const within = values.within === undefined ? site.dueSoonDays : Number(values.within);
  if (!Number.isInteger(within) || within < 0) throw new UsageError(`--within: "${values.within}" is not a whole number of days. Write it like --within 90.`);
  const format = choice('format', values.format, FORMATS, 'text');
  const failOn = choice('fail-on', values['fail-on'], FAIL_ON, 'never');
  const { policies, problems } = await readPolicyFiles(site.policiesDir, root);
  for (const problem of problems) console.error(`warning: ${formatProblem(problem)}`);
  const register = reviewRegister([...policies.map((policy) => ({ id: policy.id, data: policy.data })), statementForReview(ACCESSIBILITY_STATEMENT)], asOf, within);
  const report = reviewReport(register, asOf, within, awaitingApproval(policies));
  process.stdout.write(formatReviewReport(report, format));
  // The regulations expect the accessibility statement to be reviewed every year: overdue is always an error.
  if (report.overdue.some((entry) => entry.id === ACCESSIBILITY_STATEMENT.id)) {
    console.error(`${ACCESSIBILITY_STATEMENT.file}: the accessibility statement was due for review by ${ACCESSIBILITY_STATEMENT.nextReview}. Review /accessibility/, then set lastReviewed and nextReview.`);
    return 1;
  }
  return reviewExitCode(report, failOn);
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error instanceof UsageError ? `${error.message}\n${USAGE}` : error instanceof Error ? error.message : String(error));
  process.exit(2);
});
