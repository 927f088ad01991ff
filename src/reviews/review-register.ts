import type { PolicyFrontmatter, PolicyStatus } from '#src/policy/policy-schema.ts';
import { formatPolicyDate, type PolicyDate } from '#src/policy/policy-date.ts';
import { reviewStatus, type ReviewStatus } from './review-status.ts';
import type { ReviewedPage } from './statement-review.ts';

/** One policy in the review register: what a clerk needs to chase its review. */
export interface ReviewEntry {
  id: string;
  /** Where it is on the site, without the base path: policies/<id>/, or accessibility/ for the statement. */
  path: string;
  title: string;
  owner: string;
  status: PolicyStatus;
  version: string;
  reviewCycleMonths: number;
  approved?: PolicyDate;
  nextReview: PolicyDate;
  review: ReviewStatus;
}

/**
 * Every policy that still needs reviewing, soonest due first (so overdue ones lead).
 * A withdrawn policy is not reviewed any more, so it is left out.
 */
export function reviewRegister(
  policies: readonly { id: string; path?: string; data: Pick<PolicyFrontmatter, 'title' | 'owner' | 'status' | 'version' | 'reviewCycleMonths' | 'approved' | 'nextReview'> }[],
  today: string,
  dueSoonDays: number,
): ReviewEntry[] {
  return policies
    .filter((policy) => policy.data.status !== 'withdrawn')
    .map(({ id, path, data }) => ({
      id,
      path: path ?? `policies/${id}/`,
      title: data.title,
      owner: data.owner,
      status: data.status,
      version: data.version,
      reviewCycleMonths: data.reviewCycleMonths,
      ...(data.approved ? { approved: data.approved } : {}),
      nextReview: data.nextReview,
      review: reviewStatus(data.nextReview, today, dueSoonDays),
    }))
    .sort((a, b) => a.review.dueBy.localeCompare(b.review.dueBy) || a.title.localeCompare(b.title, 'en-GB'));
}

/** "every 3 years", "every 18 months". */
export function describeCycle(months: number): string {
  if (months % 12 === 0) return months === 12 ? 'every year' : `every ${months / 12} years`;
  return months === 1 ? 'every month' : `every ${months} months`;
}

/**
 * The accessibility statement as the register lists it: reviewed like a policy, at least once a year.
 * Its "version" is the day it was last reviewed, since a statement has no version numbers.
 */
export function statementForReview(statement: ReviewedPage): { id: string; path: string; data: Pick<PolicyFrontmatter, 'title' | 'owner' | 'status' | 'version' | 'reviewCycleMonths' | 'approved' | 'nextReview'> } {
  return {
    id: statement.id,
    path: statement.path,
    data: {
      title: statement.title,
      owner: statement.owner,
      status: 'approved',
      version: `reviewed ${formatPolicyDate(statement.lastReviewed)}`,
      reviewCycleMonths: statement.reviewCycleMonths,
      approved: statement.lastReviewed,
      nextReview: statement.nextReview,
    },
  };
}

export function dueByText(entry: ReviewEntry): string {
  return formatPolicyDate(entry.nextReview);
}
