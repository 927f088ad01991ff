import { z } from 'zod';
import type { Problem } from '#src/policy/problem.ts';

/** Where a Trust records an advisory it has decided to accept for now, with why and until when. */
export const AUDIT_EXCEPTIONS_FILE = '.github/audit-exceptions.json';

const exceptionsSchema = z.strictObject({
  accepted: z.array(z.strictObject({
    advisory: z.url().describe('The advisory\'s address, as npm audit gives it, e.g. https://github.com/advisories/GHSA-xxxx-xxxx-xxxx'),
    package: z.string().min(1),
    reason: z.string().min(10),
    until: z.iso.date(),
  })),
});

export type AuditExceptions = z.output<typeof exceptionsSchema>;

/** One advisory as `npm audit --json` lists it under a vulnerable package's `via`. */
interface Advisory { source?: number; name: string; title: string; url: string; severity: string }

interface AuditReport {
  vulnerabilities?: Record<string, { severity: string; via: (Advisory | string)[] }>;
}

const BLOCKING = new Set(['high', 'critical']);

export function readAuditExceptions(text: string | undefined): { ok: true; exceptions: AuditExceptions } | { ok: false; problems: Problem[] } {
  if (text === undefined) return { ok: true, exceptions: { accepted: [] } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ file: AUDIT_EXCEPTIONS_FILE, message: 'is not valid JSON. It looks like { "accepted": [{ "advisory": "https://github.com/advisories/GHSA-…", "package": "name", "reason": "why it cannot reach us", "until": "2027-01-31" }] }' }] };
  }
  const parsed = exceptionsSchema.safeParse(data);
  if (parsed.success) return { ok: true, exceptions: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      file: AUDIT_EXCEPTIONS_FILE,
      field: issue.path.map(String).join(', '),
      message: `${issue.message}. Each accepted advisory gives its advisory address, package, a reason of a sentence and an until date like 2027-01-31`,
    })),
  };
}

/**
 * The high and critical advisories in the site's own (not development) dependencies that nobody has
 * accepted, or whose acceptance has run out: each is a reason to stop the workflow.
 */
export function auditFailures(report: AuditReport, exceptions: AuditExceptions, today: string): string[] {
  const failures = new Set<string>();
  for (const [name, vulnerability] of Object.entries(report.vulnerabilities ?? {})) {
    for (const via of vulnerability.via) {
      if (typeof via === 'string' || !BLOCKING.has(via.severity)) continue;
      const accepted = exceptions.accepted.find((entry) => entry.advisory === via.url && entry.package === via.name);
      if (accepted && accepted.until >= today) continue;
      const expired = accepted ? ` It was accepted until ${accepted.until} (${accepted.reason}); that date has passed.` : '';
      failures.add(`${name}: ${via.severity}: ${via.title} (${via.url}).${expired} Update the package, or accept it in ${AUDIT_EXCEPTIONS_FILE} with a reason and a date.`);
    }
  }
  return [...failures].sort();
}
