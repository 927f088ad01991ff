import { firstDay, type PolicyDate } from '#src/policy/policy-date.ts';
import type { VersionRow } from './version-table.ts';

/** One version of one policy on the changes page and in its feed. */
export interface PolicyChange {
  policyId: string;
  policyTitle: string;
  version: string;
  status: string;
  date: PolicyDate;
  summary: string;
  approvedBy?: string;
  readable: boolean;
}

/** Every recorded version of every policy, newest first. */
export function policyChanges(policies: readonly { id: string; title: string; versions: readonly VersionRow[] }[]): PolicyChange[] {
  const changes: PolicyChange[] = [];
  for (const policy of policies) {
    for (const row of policy.versions) {
      if (!row.date) continue;
      changes.push({
        policyId: policy.id,
        policyTitle: policy.title,
        version: row.version,
        status: row.status,
        date: row.date,
        summary: row.summary ?? '',
        ...(row.approvedBy ? { approvedBy: row.approvedBy } : {}),
        readable: row.readable,
      });
    }
  }
  return changes.sort((a, b) => firstDay(b.date).localeCompare(firstDay(a.date)) || a.policyTitle.localeCompare(b.policyTitle, 'en-GB'));
}
