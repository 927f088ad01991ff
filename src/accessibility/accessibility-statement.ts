import { reviewDay, reviewedPageProblems, type ReviewedPage } from '#src/reviews/statement-review.ts';

const FILE = 'src/accessibility/accessibility-statement.ts';

/**
 * The accessibility statement's own review record. The regulations expect a statement reviewed at
 * least once a year, so the review checks list it beside the policies, and an overdue one is an error.
 * When you review the statement: check every sentence on /accessibility/ is still true, then set
 * lastReviewed to the day and nextReview to a day at most a year after it.
 */
export const ACCESSIBILITY_STATEMENT: ReviewedPage = {
  id: 'accessibility-statement',
  title: 'Accessibility statement',
  owner: 'Director of People',
  path: 'accessibility/',
  file: FILE,
  prepared: reviewDay(FILE, 'prepared', '2026-11-25'),
  lastReviewed: reviewDay(FILE, 'lastReviewed', '2026-11-25'),
  reviewCycleMonths: 12,
  nextReview: reviewDay(FILE, 'nextReview', '2027-11-25'),
};

/**
 * The reply the statement promises to a request for another format or a report of a problem, word for
 * word; the alternative-formats page makes the same promise, so the two can never say different things.
 */
export const REPLY_TIME = 'We will reply within 5 working days.';

const problems = reviewedPageProblems(ACCESSIBILITY_STATEMENT);
if (problems.length > 0) throw new Error(`The accessibility statement's dates are wrong:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
