import { awaitsApproval, lastApprovedVersion, versionOnApproval } from '#src/policy/approval-state.ts';
import type { PolicyFrontmatter, PolicyStatus } from '#src/policy/policy-schema.ts';

/** A policy whose proposed version is waiting for a meeting to approve it. */
export interface AwaitingApproval {
  id: string;
  title: string;
  owner: string;
  status: PolicyStatus;
  /** The version it will have once approved: a draft 0.2 becomes 1.0. */
  proposedVersion: string;
  /** The version in its file now ("0.2" for that draft). */
  fileVersion: string;
  /** The version approved before, in force until this one is; none for a new policy. */
  approvedVersion: string | undefined;
}

/** Drafts, and policies under review with a new version, A to Z: what the next meeting has to decide. */
export function awaitingApproval(policies: readonly { id: string; data: Pick<PolicyFrontmatter, 'title' | 'owner' | 'status' | 'version' | 'history'> }[]): AwaitingApproval[] {
  return policies
    .filter(({ data }) => awaitsApproval(data))
    .map(({ id, data }) => ({
      id,
      title: data.title,
      owner: data.owner,
      status: data.status,
      proposedVersion: versionOnApproval(data),
      fileVersion: data.version,
      approvedVersion: lastApprovedVersion(data)?.version,
    }))
    .sort((a, b) => a.title.localeCompare(b.title, 'en-GB', { sensitivity: 'base' }));
}

/** "1.0 (now draft 0.2)", or "1.1" when the file already has the number it will be approved as. */
export function proposedVersionText(entry: AwaitingApproval): string {
  return entry.proposedVersion === entry.fileVersion ? entry.proposedVersion : `${entry.proposedVersion} (now draft ${entry.fileVersion})`;
}

/** "new policy", or "replaces version 1.0". */
export function replacesText(entry: AwaitingApproval): string {
  return entry.approvedVersion ? `replaces version ${entry.approvedVersion}` : 'new policy';
}
