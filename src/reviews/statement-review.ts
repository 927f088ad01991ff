import { addMonths, lastDay, parsePolicyDate, type PolicyDate } from '#src/policy/policy-date.ts';

/**
 * A page that is reviewed on a cycle like a policy but is not one, such as the accessibility
 * statement. The fields mean what a policy's fields of the same name mean, so review checks can
 * list it beside the policies.
 */
export interface ReviewedPage {
  id: string;
  title: string;
  /** The role that reviews it. */
  owner: string;
  /** The page's path under the site's base, e.g. accessibility/ */
  path: string;
  /** Where its dates are written, for a message that says what to edit. */
  file: string;
  prepared: PolicyDate;
  lastReviewed: PolicyDate;
  reviewCycleMonths: number;
  nextReview: PolicyDate;
}

/** A YYYY-MM-DD day from a data module, refused in plain words if it is not one. */
export function reviewDay(file: string, field: string, text: string): PolicyDate {
  const parsed = parsePolicyDate(text);
  if (!parsed.ok || text.length !== 10) throw new Error(`${file}: ${field}: "${text}" is not a day. Write it like 2026-11-25.`);
  return parsed.date;
}

/** What is wrong with a reviewed page's dates: the next review may be at most one cycle after the last. */
export function reviewedPageProblems(page: ReviewedPage): string[] {
  const problems: string[] = [];
  const latest = addMonths(page.lastReviewed, page.reviewCycleMonths);
  if (lastDay(page.nextReview) > lastDay(latest)) {
    problems.push(`${page.file}: nextReview: ${page.nextReview} is more than ${page.reviewCycleMonths} months after lastReviewed (${page.lastReviewed}). Write ${latest} or earlier`);
  }
  if (page.lastReviewed < page.prepared) {
    problems.push(`${page.file}: lastReviewed: ${page.lastReviewed} is before the statement was prepared (${page.prepared}). Write ${page.prepared} or later`);
  }
  if (lastDay(page.nextReview) <= lastDay(page.lastReviewed)) {
    problems.push(`${page.file}: nextReview: ${page.nextReview} is not after lastReviewed (${page.lastReviewed}). Write a later day, like ${latest}`);
  }
  return problems;
}
