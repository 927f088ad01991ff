import type { VersionRow } from './version-table.ts';
import { formatPolicyDate } from '#src/policy/policy-date.ts';

/** "in force from July 2021 to March 2024", "in force since July 2021", or undefined for a draft. */
export function inForceText(row: VersionRow): string | undefined {
  if (!row.inForce) return undefined;
  const from = formatPolicyDate(row.inForce.from);
  return row.inForce.to ? `in force from ${from} to ${formatPolicyDate(row.inForce.to)}` : `in force since ${from}`;
}

/** The sentence at the top of a version's page, saying what it is and whether it still applies. */
export function versionBannerText(row: VersionRow, rows: readonly VersionRow[], currentVersion: string): string {
  const inForce = inForceText(row);
  if (row.current) {
    return inForce ? `Version ${row.version}, ${inForce}. This is the current version.` : `Version ${row.version} is the current version. It is a ${row.status === 'draft' ? 'draft and is not in force' : row.status}.`;
  }
  if (!inForce) return `Version ${row.version} was a draft. It was never approved and was never in force. The current version is ${currentVersion}.`;
  if (!row.inForce?.to) return `Version ${row.version}, ${inForce}. The current version is ${currentVersion}.`;
  const replacedBy = rows.find((other) => other.inForce?.from === row.inForce?.to && other.version !== row.version);
  return `Version ${row.version}, ${inForce}. It has been replaced by version ${replacedBy?.version ?? currentVersion}.`;
}
