import type { Root } from 'mdast';
import { detailText, readFrontmatter } from '#src/policy/frontmatter.ts';
import { parsePolicyText } from '#src/policy/parse-policy-text.ts';
import { POLICY_STATUSES, type PolicyStatus } from '#src/policy/policy-schema.ts';
import { POLICY_STATUS_LABELS } from '#src/policy/policy-wording.ts';
import { readEasyReadFrontmatter } from '#src/easy-read/easy-read-source.ts';
import { easyReadStatus } from '#src/easy-read/easy-read-status.ts';
import { sectionChanges, type SectionChange } from './section-changes.ts';

/** The details a pull request summary compares, in the order a reader expects them, with their plain names. */
export const SUMMARISED_DETAILS: readonly (readonly [field: string, label: string])[] = [
  ['title', 'Title'],
  ['status', 'Status'],
  ['owner', 'Owner'],
  ['contact', 'Contact'],
  ['approvedBy', 'Approved by'],
  ['approved', 'Approved on'],
  ['nextReview', 'Next review'],
  ['reviewCycleMonths', 'Review cycle (months)'],
  ['summary', 'Summary'],
  ['category', 'Category'],
  ['audience', 'Who it is for'],
  ['keywords', 'Search keywords'],
  ['related', 'Related policies'],
];

export interface DetailChange { label: string; before: string; after: string }

export type EasyReadMatch =
  | { kind: 'none' }
  | { kind: 'matches'; version: string }
  | { kind: 'out-of-date'; explains: string; policyVersion: string }
  | { kind: 'unreadable' };

export interface PolicyChange {
  id: string;
  file: string;
  title: string;
  change: 'added' | 'changed' | 'deleted';
  versionBefore: string | undefined;
  versionAfter: string | undefined;
  /** What the owner wrote in history for the new version, when it has an entry. */
  historySummary: string | undefined;
  details: DetailChange[];
  sections: SectionChange[];
  /** True when the text could not be read on one side, so no comparison of words could be made. */
  textUnreadable: boolean;
  easyRead: EasyReadMatch;
}

export interface PolicySources {
  id: string;
  file: string;
  /** The policy file at the base, or undefined when the pull request adds it. */
  before: string | undefined;
  /** The policy file after the change, or undefined when the pull request deletes it. */
  after: string | undefined;
  /** The easy read after the change, if the policy has one. */
  easyReadAfter: string | undefined;
}

/** One policy's change, read leniently: a base written before today's rules still compares. */
export function describePolicyChange(sources: PolicySources): PolicyChange {
  const before = sources.before === undefined ? undefined : readFrontmatter(sources.before);
  const after = sources.after === undefined ? undefined : readFrontmatter(sources.after);
  const dataBefore = before?.ok ? before.frontmatter.data : undefined;
  const dataAfter = after?.ok ? after.frontmatter.data : undefined;
  const text = (data: unknown, field: string) => detailValue(data, field);
  const versionAfter = text(dataAfter, 'version') || undefined;
  const treeBefore = textTree(sources.before);
  const treeAfter = textTree(sources.after);
  const empty: Root = { type: 'root', children: [] };
  return {
    id: sources.id,
    file: sources.file,
    title: text(dataAfter, 'title') || text(dataBefore, 'title') || sources.id,
    change: sources.before === undefined ? 'added' : sources.after === undefined ? 'deleted' : 'changed',
    versionBefore: text(dataBefore, 'version') || undefined,
    versionAfter,
    historySummary: historySummary(dataAfter, versionAfter, dataBefore),
    details: SUMMARISED_DETAILS.flatMap(([field, label]) => {
      const was = text(dataBefore, field);
      const now = text(dataAfter, field);
      return was === now || sources.before === undefined || sources.after === undefined ? [] : [{ label, before: was, after: now }];
    }),
    sections: treeBefore === null || treeAfter === null ? [] : sectionChanges(treeBefore ?? empty, treeAfter ?? empty),
    textUnreadable: treeBefore === null || treeAfter === null,
    easyRead: easyReadMatch(sources, dataAfter),
  };
}

/** A detail as a reader would say it: lists joined with commas, a status in the site's words. */
function detailValue(data: unknown, field: string): string {
  const value = detailText(data, field);
  if (field === 'status' && isPolicyStatus(value)) return POLICY_STATUS_LABELS[value];
  if (data !== null && typeof data === 'object') {
    const list = (data as Record<string, unknown>)[field];
    if (Array.isArray(list)) return list.filter((item) => typeof item === 'string').join(', ');
  }
  return value;
}

/** The tree of a file's text; undefined for no file, null for a file whose text cannot be read. */
function textTree(source: string | undefined): Root | undefined | null {
  if (source === undefined) return undefined;
  const read = readFrontmatter(source);
  if (!read.ok) return null;
  const parsed = parsePolicyText(read.frontmatter.body);
  return parsed.ok ? parsed.tree : null;
}

function historySummary(data: unknown, version: string | undefined, dataBefore: unknown): string | undefined {
  if (!version || data === null || typeof data !== 'object') return undefined;
  const history = (data as Record<string, unknown>)['history'];
  if (!Array.isArray(history)) return undefined;
  const entry = history.find((item) => detailText(item, 'version') === version);
  const summary = detailText(entry, 'summary');
  // An unchanged version's summary is old news: only a new version's entry says what this change is.
  return summary && version !== detailText(dataBefore, 'version') ? summary : undefined;
}

function easyReadMatch(sources: PolicySources, dataAfter: unknown): EasyReadMatch {
  if (sources.easyReadAfter === undefined || sources.after === undefined) return { kind: 'none' };
  const easyRead = readEasyReadFrontmatter(`policies/${sources.id}/easy-read.mdx`, sources.easyReadAfter).data;
  const status = detailText(dataAfter, 'status');
  if (!easyRead || !isPolicyStatus(status)) return { kind: 'unreadable' };
  const result = easyReadStatus(easyRead, { version: detailText(dataAfter, 'version'), status });
  return result.upToDate ? { kind: 'matches', version: result.explains } : { kind: 'out-of-date', explains: result.explains, policyVersion: result.policyVersion };
}

function isPolicyStatus(value: string): value is PolicyStatus {
  return (POLICY_STATUSES as readonly string[]).includes(value);
}
