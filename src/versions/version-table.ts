import type { EditorialNote, HistoryEntry, PolicyFrontmatter } from '#src/policy/policy-schema.ts';
import { inForcePeriods, type InForcePeriod } from './in-force.ts';
import type { PolicyDate } from '#src/policy/policy-date.ts';
import type { PolicyVersion } from './policy-versions.ts';
import { newestFirst } from './version-number.ts';

/** One row of a policy's version history, as the versions page and the changes feed show it. */
export interface VersionRow {
  version: string;
  status: string;
  date?: PolicyDate;
  approvedBy?: string;
  summary?: string;
  editorial: EditorialNote[];
  inForce?: InForcePeriod;
  /** The text of this version is held (in git, or it is the current file), so it has a page. */
  readable: boolean;
  current: boolean;
  /** The previous version with readable text, to compare against. */
  previous?: string;
}

type HeldVersion = Pick<PolicyVersion, 'version' | 'status' | 'current'>;

/**
 * Joins what the owner recorded (`history`) with what git holds. A version recorded but never
 * committed (approved before the site existed) is listed without a page; drafts are never in force.
 */
export function versionTable(policy: Pick<PolicyFrontmatter, 'version' | 'status' | 'history'>, held: readonly HeldVersion[]): VersionRow[] {
  const entries = new Map<string, HistoryEntry>(policy.history.map((entry) => [entry.version, entry]));
  const heldByVersion = new Map(held.map((version) => [version.version, version]));
  const versions = [...new Set([...entries.keys(), ...heldByVersion.keys(), policy.version])].sort(newestFirst);
  const statusOf = (version: string): string => {
    if (version === policy.version) return policy.status;
    const fromGit = heldByVersion.get(version)?.status;
    if (fromGit) return fromGit;
    return entries.get(version)?.approvedBy ? 'approved' : 'draft';
  };
  const periods = inForcePeriods(versions.map((version) => {
    const entry = entries.get(version);
    return {
      version,
      status: statusOf(version),
      ...(entry?.date ? { date: entry.date } : {}),
      ...(entry?.effective ? { effective: entry.effective } : {}),
    };
  }), undefined);
  const readable = versions.filter((version) => heldByVersion.has(version) || version === policy.version);
  return versions.map((version) => {
    const entry = entries.get(version);
    const inForce = periods.find((period) => period.version === version);
    const previous = readable[readable.indexOf(version) + 1];
    const row: VersionRow = {
      version,
      status: statusOf(version),
      editorial: entry?.editorial ?? [],
      readable: readable.includes(version),
      current: version === policy.version,
    };
    if (entry?.date) row.date = entry.date;
    if (entry?.approvedBy) row.approvedBy = entry.approvedBy;
    if (entry?.summary) row.summary = entry.summary;
    if (inForce) row.inForce = inForce;
    if (readable.includes(version) && previous) row.previous = previous;
    return row;
  });
}

