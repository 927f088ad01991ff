import { readFrontmatter } from '#src/policy/frontmatter.ts';
import { formatPolicyDate, type PolicyDate } from '#src/policy/policy-date.ts';
import type { HistoryEntry, PolicyFrontmatter } from '#src/policy/policy-schema.ts';
import { compareVersions } from '#src/versions/version-number.ts';
import { describeCycle } from '#src/reviews/review-register.ts';

/** The details a meeting approves along with the words; status, version, dates and history change with every approval. */
const DETAILS: readonly { field: keyof PolicyFrontmatter; label: string }[] = [
  { field: 'title', label: 'Title' },
  { field: 'summary', label: 'Summary' },
  { field: 'owner', label: 'Owner' },
  { field: 'contact', label: 'Contact' },
  { field: 'reviewCycleMonths', label: 'Review cycle' },
  { field: 'effective', label: 'Comes into force' },
  { field: 'category', label: 'Category' },
  { field: 'audience', label: 'Who it is for' },
  { field: 'related', label: 'Related policies' },
];

/** One detail as a reader sees it: "every 3 years", "All staff, Governors". */
function shown(field: keyof PolicyFrontmatter, value: unknown): string {
  if (value === undefined || value === null || value === '') return 'none';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map(String).join(', ');
  const text = String(value).trim();
  if (field === 'reviewCycleMonths' && /^\d+$/.test(text)) return describeCycle(Number(text));
  if (field === 'effective' && /^\d{4}-\d{2}(-\d{2})?$/.test(text)) return formatPolicyDate(text as PolicyDate);
  return text;
}

export interface DetailChange { label: string; was: string; proposed: string }

/** The details that differ between the version in force and the proposed one. */
export function changedDetails(currentSource: string, proposed: PolicyFrontmatter): DetailChange[] {
  const read = readFrontmatter(currentSource);
  const before = (read.ok && read.frontmatter.data && typeof read.frontmatter.data === 'object' ? read.frontmatter.data : {}) as Record<string, unknown>;
  return DETAILS
    .map(({ field, label }) => ({ label, was: shown(field, before[field]), proposed: shown(field, proposed[field]) }))
    .filter((change) => change.was !== change.proposed);
}

/** A new policy's details, as the meeting approves them. */
export function proposedDetails(proposed: PolicyFrontmatter): { label: string; value: string }[] {
  return DETAILS.filter(({ field }) => field !== 'title' && field !== 'summary')
    .map(({ field, label }) => ({ label, value: shown(field, proposed[field]) }))
    .filter((detail) => detail.value !== 'none');
}

/** The history entries since the version in force: what the owner says changed. All of them for a new policy. */
export function changesSince(history: readonly HistoryEntry[], currentVersion: string | undefined): HistoryEntry[] {
  return currentVersion === undefined ? [...history] : history.filter((entry) => compareVersions(entry.version, currentVersion) > 0);
}
