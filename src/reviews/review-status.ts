import { daysBetween, lastDay, type PolicyDate } from '#src/policy/policy-date.ts';

export type ReviewState = 'current' | 'due-soon' | 'overdue';

export interface ReviewStatus {
  state: ReviewState;
  /** The last day the review can happen on time, as YYYY-MM-DD (month-only dates run to the month's end). */
  dueBy: string;
  /** Days from today to `dueBy`; negative once overdue. */
  daysLeft: number;
}

export const DEFAULT_DUE_SOON_DAYS = 90;

/**
 * Where a policy stands against its next review date on `today` (YYYY-MM-DD).
 * Due on the day itself is "due soon", not overdue: the review can still happen that day.
 */
export function reviewStatus(nextReview: PolicyDate, today: string, dueSoonDays = DEFAULT_DUE_SOON_DAYS): ReviewStatus {
  const dueBy = lastDay(nextReview);
  const daysLeft = daysBetween(today, dueBy);
  const state: ReviewState = daysLeft < 0 ? 'overdue' : daysLeft <= dueSoonDays ? 'due-soon' : 'current';
  return { state, dueBy, daysLeft };
}

export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  current: 'Current',
  'due-soon': 'Review due soon',
  overdue: 'Overdue for review',
};

/** The review status in words, with its date, for pages and the register: never colour alone. */
export function describeReview(status: ReviewStatus, nextReviewText: string): string {
  switch (status.state) {
    case 'overdue': return `Overdue for review: it was due by ${nextReviewText}`;
    case 'due-soon': return `Review due soon: by ${nextReviewText}`;
    case 'current': return `Current: next review by ${nextReviewText}`;
  }
}
