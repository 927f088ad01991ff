import { firstDay, formatPolicyDate, type PolicyDate } from '#src/policy/policy-date.ts';
import type { PolicyFrontmatter } from '#src/policy/policy-schema.ts';
import type { Problem } from '#src/policy/problem.ts';

/**
 * An approval, or a version, dated after the day of the build is a mistyped year ("2062" for "2026") or
 * a meeting that has not happened yet: the site would say the policy was approved on a day still to come.
 * A month alone ("2026-12") is after today only once the whole month is. `today` is a day, like 2026-11-25.
 */
export function futureApprovalProblems(file: string, policy: Pick<PolicyFrontmatter, 'approved' | 'history'>, today: string): Problem[] {
  const shownToday = formatPolicyDate(today as PolicyDate);
  const after = (date: PolicyDate) => firstDay(date) > today;
  const problems: Problem[] = [];
  if (policy.approved && after(policy.approved)) {
    problems.push({ file, field: 'approved', message: `${policy.approved} is after today (${shownToday}). Record an approval once the meeting has taken place, and check the year, like approved: 2021-07-14` });
  }
  policy.history.forEach((entry, index) => {
    if (after(entry.date)) {
      problems.push({ file, field: `history, entry ${index + 1}, date`, message: `${entry.date} is after today (${shownToday}). Date each version when it was approved or written, and check the year, like date: 2021-07-14` });
    }
  });
  return problems;
}
