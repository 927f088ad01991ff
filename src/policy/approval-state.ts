import type { HistoryEntry, PolicyFrontmatter } from './policy-schema.ts';

type ApprovalDetails = Pick<PolicyFrontmatter, 'status' | 'version' | 'history'>;

/** The history entry of the version the file is at, if it has one. */
export function currentEntry(policy: ApprovalDetails): HistoryEntry | undefined {
  return policy.history.find((entry) => entry.version === policy.version);
}

/**
 * Whether the file's version is waiting for approval: a draft always is; a policy under review is when
 * its version has no approval recorded (the new version is proposed while the old one stays in force).
 */
export function awaitsApproval(policy: ApprovalDetails): boolean {
  if (policy.status === 'draft') return true;
  return policy.status === 'under-review' && !currentEntry(policy)?.approvedBy;
}

/** The newest version that was approved, other than the one waiting for approval, from the history. */
export function lastApprovedVersion(policy: ApprovalDetails): HistoryEntry | undefined {
  const pending = awaitsApproval(policy) ? policy.version : undefined;
  return policy.history.find((entry) => entry.version !== pending && entry.approvedBy !== undefined);
}
