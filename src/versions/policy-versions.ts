import { detailText, readFrontmatter } from '#src/policy/frontmatter.ts';
import type { FileRevision } from './git-history.ts';
import { newestFirst } from './version-number.ts';

/** One version of a policy whose text is held: from git, or the file as it is now. */
export interface PolicyVersion {
  version: string;
  /** The status the file gave at the time: a draft's revisions stay drafts. */
  status: string;
  title: string;
  /** The whole file as it stood (frontmatter and text). */
  source: string;
  /** The last commit carrying this version, when it came from git. */
  commit?: string;
  committedAt?: string;
  /** The first commit carrying this version. */
  firstCommittedAt?: string;
  current: boolean;
}

interface Header { version: string; status: string; title: string }

/** The version, status and title a file declared, read leniently: old files need not match today's rules. */
export function readHeader(source: string): Header | undefined {
  const read = readFrontmatter(source);
  if (!read.ok) return undefined;
  const data = read.frontmatter.data;
  const version = detailText(data, 'version');
  return version ? { version, status: detailText(data, 'status') || 'approved', title: detailText(data, 'title') } : undefined;
}

/**
 * A policy's versions, newest first. Version N's text is the file at the last commit carrying
 * `version: N`; the current version's text is the file as it is now (which may not be committed yet).
 */
export function policyVersions(
  revisions: readonly FileRevision[],
  contents: ReadonlyMap<string, string>,
  current: { source: string; version: string; status: string; title: string },
): PolicyVersion[] {
  const byVersion = new Map<string, PolicyVersion>();
  for (const revision of revisions) {
    const source = contents.get(revision.blob);
    const header = source === undefined ? undefined : readHeader(source);
    if (!source || !header) continue;
    const known = byVersion.get(header.version);
    if (known) {
      known.firstCommittedAt = revision.committedAt;
      continue;
    }
    byVersion.set(header.version, {
      ...header,
      source,
      commit: revision.commit,
      committedAt: revision.committedAt,
      firstCommittedAt: revision.committedAt,
      current: false,
    });
  }
  const committed = byVersion.get(current.version);
  byVersion.set(current.version, { ...committed, ...current, current: true });
  return [...byVersion.values()].sort((a, b) => newestFirst(a.version, b.version));
}
