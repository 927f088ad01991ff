import type { PolicyFrontmatter, PolicyStatus } from '#src/policy/policy-schema.ts';
import { formatPolicyDate } from '#src/policy/policy-date.ts';
import { POLICY_STATUS_LABELS } from '#src/policy/policy-wording.ts';
import { describeReview, reviewStatus, type ReviewStatus } from '#src/reviews/review-status.ts';

/** What the register, a policy page and the feeds say about a policy, worked out once. */
export interface PolicyOverview {
  id: string;
  title: string;
  summary: string;
  status: PolicyStatus;
  statusLabel: string;
  version: string;
  owner: string;
  approvedBy: string | undefined;
  approvedText: string | undefined;
  nextReviewText: string;
  review: ReviewStatus;
  reviewText: string;
}

export function policyOverview(id: string, policy: PolicyFrontmatter, today: string, dueSoonDays: number): PolicyOverview {
  const review = reviewStatus(policy.nextReview, today, dueSoonDays);
  const nextReviewText = formatPolicyDate(policy.nextReview);
  return {
    id,
    title: policy.title,
    summary: policy.summary,
    status: policy.status,
    statusLabel: POLICY_STATUS_LABELS[policy.status],
    version: policy.version,
    owner: policy.owner,
    approvedBy: policy.approvedBy,
    approvedText: policy.approved ? formatPolicyDate(policy.approved) : undefined,
    nextReviewText,
    review,
    reviewText: describeReview(review, nextReviewText),
  };
}

/** A to Z by title, the order staff expect in a register. */
export function byTitle(a: { title: string }, b: { title: string }): number {
  return a.title.localeCompare(b.title, 'en-GB', { sensitivity: 'base' });
}
