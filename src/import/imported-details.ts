import { stringify } from 'yaml';
import { addMonths, formatPolicyDate, type PolicyDate } from '#src/policy/policy-date.ts';
import { PLACEHOLDER_OPENING } from '#src/governance/new-policy.ts';
import type { CoverDetails } from './cover.ts';

export const DEFAULT_REVIEW_CYCLE_MONTHS = 36;
export const OWNER_PLACEHOLDER = 'Replace with the role that owns this policy';

/** Details a document rarely holds, given on the command line. */
export interface DetailOptions {
  owner?: string;
  category?: string;
  audience?: string[];
  reviewCycleMonths?: number;
  today: PolicyDate;
}

export interface ImportedDetails {
  frontmatter: string;
  title: string;
  status: 'approved' | 'draft';
  /** Details the import guessed, each marked in the file for the owner to confirm. */
  assumptions: string[];
  /** What the owner must still do before the policy is right. */
  toDo: string[];
}

interface Field { name: string; value: unknown; assumption?: string }

function yamlValue(value: unknown): string {
  return stringify(value, { flowCollectionPadding: false, collectionStyle: 'flow', lineWidth: 0 }).trim();
}

/**
 * The policy's details from its cover and the options; what neither says is a default marked in the
 * file as an assumption (a YAML comment above it), so the file builds and the owner knows what to check.
 */
export function importedDetails(cover: CoverDetails, options: DetailOptions, fallbackTitle: string, summary: string | undefined): ImportedDetails {
  const approved = cover.approvedBy !== undefined && cover.approved !== undefined;
  const status = approved ? 'approved' : 'draft';
  const version = cover.version ?? (approved ? '1.0' : '0.1');
  const cycle = options.reviewCycleMonths ?? DEFAULT_REVIEW_CYCLE_MONTHS;
  const reviewFrom = cover.approved ?? options.today;
  const nextReview = cover.nextReview ?? addMonths(reviewFrom, cycle);
  const title = cover.title ?? fallbackTitle;
  const fields: Field[] = [
    { name: 'title', value: title, ...(cover.title ? {} : { assumption: 'the document has no title on its cover, so this is its file name' }) },
    { name: 'summary', value: summary ?? `${PLACEHOLDER_OPENING} one plain sentence saying what the policy is for.`, assumption: summary ? 'the first sentence of the policy; write one plain sentence about what it is for if this is not it' : 'write one plain sentence about what the policy is for' },
    { name: 'owner', value: options.owner ?? OWNER_PLACEHOLDER, ...(options.owner ? {} : { assumption: 'the document names no owner: write a role, not a person\'s name, or import again with --owner "Director of People"' }) },
    { name: 'status', value: status, assumption: approved ? 'the cover says when it was approved' : 'the cover says no approval, so this is a draft' },
    { name: 'version', value: version, ...(cover.version ? {} : { assumption: `the cover gives no version, so ${approved ? 'the first approved version' : 'a first draft'} is assumed` }) },
    ...(approved ? [{ name: 'approvedBy', value: cover.approvedBy }, { name: 'approved', value: cover.approved }] : []),
    { name: 'reviewCycleMonths', value: cycle, ...(options.reviewCycleMonths ? {} : { assumption: `the document gives no review cycle; ${DEFAULT_REVIEW_CYCLE_MONTHS} months is common for a policy` }) },
    { name: 'nextReview', value: nextReview, ...(cover.nextReview ? {} : { assumption: `worked out as ${cycle} months after ${approved ? 'approval' : 'today'} (${formatPolicyDate(nextReview)})` }) },
    { name: 'category', value: options.category ?? 'Employment', ...(options.category ? {} : { assumption: 'a guess: write the policy\'s category, such as Conduct, Employment or Safeguarding, or use --category' }) },
    { name: 'audience', value: options.audience ?? ['All staff'], ...(options.audience ? {} : { assumption: 'who the policy is for, or use --audience' }) },
    { name: 'keywords', value: [] },
    { name: 'related', value: [] },
  ];
  const history = [{
    version,
    date: cover.approved ?? options.today,
    ...(approved ? { approvedBy: cover.approvedBy } : {}),
    summary: approved ? `Approved by the ${cover.approvedBy}.` : 'Imported from Word as a draft.',
  }];
  const lines = fields.flatMap((field) => [...(field.assumption ? [`# Assumption to confirm: ${field.assumption}.`] : []), `${field.name}: ${yamlValue(field.value)}`]);
  const historyYaml = stringify({ history }, { lineWidth: 0 }).trimEnd();
  return {
    frontmatter: `---\n${lines.join('\n')}\n${historyYaml}\n---\n`,
    title,
    status,
    assumptions: fields.filter((field) => field.assumption && field.name !== 'owner').map((field) => `${field.name}: ${yamlValue(field.value)} (${field.assumption})`),
    toDo: [
      ...(options.owner ? [] : [`Write the owner's role in owner:, or import again with --owner "Director of People"`]),
      // The build refuses placeholder text in an approved policy, so a missing summary is not only a guess to confirm.
      ...(approved && summary === undefined ? ['Write one plain sentence saying what the policy is for in summary:, like summary: How the Trust supports staff who ask to work flexibly.'] : []),
    ],
  };
}
