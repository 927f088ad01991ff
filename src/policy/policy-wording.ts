import type { PolicyStatus } from './policy-schema.ts';

/*
 * The words the site, the PDFs, the feeds and search use for a policy's status and approval, in one
 * place, so a page, its PDF and a search result never describe the same policy differently.
 */

export const POLICY_STATUS_LABELS: Record<PolicyStatus, string> = {
  approved: 'Approved',
  draft: 'Draft',
  'under-review': 'Under review',
  withdrawn: 'Withdrawn',
};

/** The short mark for a policy that is not in force, on every PDF page and beside a search result. */
export const STATUS_MARKS: Partial<Record<PolicyStatus, string>> = {
  draft: 'Draft: not approved',
  withdrawn: 'Withdrawn: no longer in force',
  'under-review': 'Under review',
};

/**
 * The banner at the top of a policy's page: a title, and what it means for the reader. A policy not
 * in force says it at the top of its PDF too (`printed`).
 */
export const STATUS_BANNERS: Partial<Record<PolicyStatus, { title: string; page: string; printed?: string }>> = {
  draft: {
    title: 'Draft for consultation: not approved by the Trust Board',
    page: 'This is a draft for comment. It is not in force and must not be relied on.',
    printed: 'This is a draft for consultation. It has not been approved by the Trust Board, it is not in force and it must not be relied on.',
  },
  withdrawn: {
    title: 'Withdrawn: no longer in force',
    page: 'This policy has been withdrawn. It is kept here for reference only.',
    printed: 'This policy has been withdrawn. It is kept for reference only.',
  },
  'under-review': {
    title: 'Under review',
    page: 'This policy is being reviewed. This version stays in force until a new one is approved.',
  },
};

/** "Trust Board" and "the Trust Board" both read "the Trust Board". */
export function approverName(approvedBy: string): string {
  return `the ${approvedBy.trim().replace(/^the\s+/i, '')}`;
}

/** "By the Trust Board, 14 July 2021", or just the date when who approved it is not recorded. */
export function approvalText(approvedBy: string | undefined, approvedText: string): string {
  return approvedBy ? `By ${approverName(approvedBy)}, ${approvedText}` : approvedText;
}
