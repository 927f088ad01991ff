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

/** The first approved version of a new policy, unless the meeting approves it as another. */
export const FIRST_APPROVED_VERSION = '1.0';

/** The version a policy will have once approved: a draft becomes `requested` (1.0 by default); a revision keeps its own. */
export function versionOnApproval(policy: Pick<PolicyFrontmatter, 'status' | 'version'>, requested?: string): string {
  if (policy.status !== 'draft') return policy.version;
  return requested?.trim() || FIRST_APPROVED_VERSION;
}
