/**
 * `npm run audit`: fails when the site's own dependencies have a high or critical advisory that
 * the Trust has not accepted (in .github/audit-exceptions.json, with a reason and an end date).
 * The pull-request workflow runs it. It needs the npm registry's audit service.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { formatProblem } from '#src/policy/problem.ts';
import { buildDate } from '#src/site/build-date.ts';
import { AUDIT_EXCEPTIONS_FILE, auditFailures, readAuditExceptions } from './dependency-audit.ts';

const exceptions = readAuditExceptions(await readFile(AUDIT_EXCEPTIONS_FILE, 'utf8').catch(() => undefined));
if (!exceptions.ok) {
  for (const problem of exceptions.problems) console.error(formatProblem(problem));
  process.exit(2);
}
// npm audit exits 1 whenever it finds anything at all; what matters is in its report.
const output = await promisify(execFile)('npm', ['audit', '--omit=dev', '--json'], { maxBuffer: 64 * 1024 * 1024 })
  .then(({ stdout }) => stdout, (error: { stdout?: string }) => error.stdout ?? '');
let report: Parameters<typeof auditFailures>[0];
try {
  report = JSON.parse(output) as typeof report;
} catch {
  console.error('npm audit gave no report: the registry\'s audit service could not be reached.');
  process.exit(2);
}
if ('error' in report) {
  // A registry without the audit service (a mirror, an intranet's proxy) answers with an empty error.
  const { summary = '', detail = '' } = ((report as { error: unknown }).error ?? {}) as { summary?: string; detail?: string };
  const said = [summary, detail].filter(Boolean).join(' ');
  console.error(`npm audit could not run: ${said || 'the registry gave no reason, which usually means it has no audit service (a mirror or a proxy). Run it where the public npm registry is reached, as the pull-request workflow does'}.`);
  process.exit(2);
}
const failures = auditFailures(report, exceptions.exceptions, buildDate(process.env));
for (const failure of failures) console.log(failure);
console.log(failures.length === 0 ? 'No high or critical advisory in the site\'s dependencies, apart from any accepted.' : `${failures.length} advisories to deal with.`);
process.exitCode = failures.length === 0 ? 0 : 1;
