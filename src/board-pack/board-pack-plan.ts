import { awaitsApproval, lastApprovedVersion, versionOnApproval } from '#src/policy/approval-state.ts';
import { readFrontmatter } from '#src/policy/frontmatter.ts';
import type { PolicyFrontmatter } from '#src/policy/policy-schema.ts';
import { isInForce } from '#src/policy/policy-status.ts';
import { readHeader } from '#src/versions/policy-versions.ts';
import { compareVersions } from '#src/versions/version-number.ts';

/** What a meeting is asked to decide about a policy. */
export type ChangeKind = 'new' | 'revised' | 'withdrawn';

export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  new: 'New policy',
  revised: 'Revised',
  withdrawn: 'Withdrawal',
};

/** One policy as the pack presents it: the version in force now (if any) and the one proposed. */
export interface PackPolicy {
  id: string;
  displayPath: string;
  kind: ChangeKind;
  data: PolicyFrontmatter;
  /** The proposed file, details and text. */
  source: string;
  /** The version it will have once approved (a draft 0.2 becomes 1.0). */
  proposedVersion: string;
  /**
   * The version in force now and its file, to compare with; none for a new policy. A version approved
   * before the repository existed has no file, so its changes cannot be marked.
   */
  current?: { version: string; source?: string };
}

/** A policy as the command found it: its file now, at the base revision, and its versions in git. */
export interface PackCandidate {
  id: string;
  displayPath: string;
  data: PolicyFrontmatter;
  source: string;
  /** The file at the base revision; undefined when it did not exist there, or when no base was given. */
  atBase?: string | undefined;
  /** The policy's versions held in git, newest first, by version number. */
  versions: readonly { version: string; source: string }[];
}

/**
 * The policies for a meeting. With a base revision: those whose text or version differ from it, compared
 * with it. Without one: those waiting for approval (drafts, and policies under review with a proposed
 * version), compared with their last approved version in git. A withdrawal is only seen against a base,
 * where the change of status shows; `ids`, when given, narrows the choice to those policies.
 */
export function packPolicies(candidates: readonly PackCandidate[], options: { withBase: boolean; ids?: readonly string[] | undefined }): PackPolicy[] {
  const chosen = options.ids ? candidates.filter((candidate) => options.ids!.includes(candidate.id)) : candidates;
  return chosen
    .filter((candidate) => (options.withBase ? changedSinceBase(candidate) : awaitsApproval(candidate.data)))
    .map((candidate) => packPolicy(candidate, options.withBase));
}

function changedSinceBase(candidate: PackCandidate): boolean {
  if (candidate.atBase === undefined) return true;
  const before = readFrontmatter(candidate.atBase);
  const after = readFrontmatter(candidate.source);
  if (!before.ok || !after.ok) return true;
  return before.frontmatter.body.trim() !== after.frontmatter.body.trim() || readHeader(candidate.atBase)?.version !== candidate.data.version
    || readHeader(candidate.atBase)?.status !== candidate.data.status;
}

function packPolicy(candidate: PackCandidate, withBase: boolean): PackPolicy {
  const current = withBase ? inForceAtBase(candidate.atBase) : lastApproved(candidate);
  const kind: ChangeKind = candidate.data.status === 'withdrawn' ? 'withdrawn' : current ? 'revised' : 'new';
  return {
    id: candidate.id,
    displayPath: candidate.displayPath,
    kind,
    data: candidate.data,
    source: candidate.source,
    proposedVersion: kind === 'withdrawn' ? candidate.data.version : versionOnApproval(candidate.data),
    ...(current ? { current } : {}),
  };
}

/** The base's file, when it was in force there (approved or under review); a draft there was never approved. */
function inForceAtBase(source: string | undefined): PackPolicy['current'] {
  const header = source === undefined ? undefined : readHeader(source);
  if (!source || !header || !isInForce(header.status as PolicyFrontmatter['status'])) return undefined;
  return { version: header.version, source };
}

/** The last approved version's text, as git holds it. */
function lastApproved(candidate: PackCandidate): PackPolicy['current'] {
  const approved = lastApprovedVersion(candidate.data);
  if (!approved) return undefined;
  const held = candidate.versions.find((version) => compareVersions(version.version, approved.version) === 0);
  return held ? { version: approved.version, source: held.source } : { version: approved.version };
}
