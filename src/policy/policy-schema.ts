import { z } from 'zod';
import { oneOf, optionalPolicyDate, optionalText, policyDate, text, textList, wholeNumber } from './fields.ts';

export const POLICY_STATUSES = ['approved', 'draft', 'under-review', 'withdrawn'] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

const VERSION_PATTERN = /^\d+\.\d+$/;

/** A version such as "1.0": two whole numbers with a dot. */
export function versionNumber(field: string) {
  return text(field, '"1.0"').refine((value) => VERSION_PATTERN.test(value), {
    error: (issue) => `"${String(issue.input)}" is not a version number. Write it as two numbers with a dot, like ${field}: "1.0"`,
  });
}

/** A change that needs no new version (a typo, a broken link), still listed in the history. */
export const editorialNoteSchema = z.strictObject({
  date: policyDate('date', '2026-11-25 or 2026-11'),
  summary: text('summary', 'Fixed a broken link.'),
});

export const historyEntrySchema = z.strictObject({
  version: versionNumber('version'),
  date: policyDate('date', '2021-07-14 or 2021-07'),
  effective: optionalPolicyDate('effective', '2021-09-01 or 2021-09'),
  approvedBy: optionalText('approvedBy', 'Trust Board'),
  summary: text('summary', 'Updated the section on personal devices.'),
  editorial: z.preprocess(
    (input) => (input === undefined || input === null || input === '' ? [] : input),
    z.array(editorialNoteSchema, { error: 'should be a list of notes, each with a date and a summary' }),
  ),
});

/**
 * A policy's frontmatter, as a policy owner writes it at the top of `policies/<id>/index.mdx`.
 * Review status is deliberately absent: it is worked out from `nextReview` and the build date.
 */
export const policySchema = z
  .strictObject({
    title: text('title', 'Social Media Policy'),
    summary: text('summary', 'How staff should use social media at work and in their own time.'),
    owner: text('owner', 'Director of People'),
    contact: optionalText('contact', 'hr@example.org'),
    status: oneOf('status', POLICY_STATUSES),
    version: versionNumber('version'),
    approvedBy: optionalText('approvedBy', 'Trust Board'),
    approved: optionalPolicyDate('approved', '2021-07-14 or 2021-07'),
    effective: optionalPolicyDate('effective', '2021-09-01 or 2021-09'),
    reviewCycleMonths: wholeNumber('reviewCycleMonths', 36, 1, 120, 'months'),
    nextReview: policyDate('nextReview'),
    category: text('category', 'Conduct'),
    audience: textList('audience', '[All staff]'),
    keywords: textList('keywords', '[X, friend request]'),
    related: textList('related', '[code-of-conduct, whistleblowing]'),
    history: z.preprocess(
      (input) => (input === undefined || input === null || input === '' ? [] : input),
      z.array(historyEntrySchema, {
        error: (issue) => `should be a list of versions. Write each one on its own lines, starting with "- version:" (got ${Array.isArray(issue.input) ? 'a list' : typeof issue.input})`,
      }),
    ),
  })
  .superRefine((policy, context) => {
    if (policy.status !== 'approved') return;
    if (!policy.approvedBy) {
      context.addIssue({ code: 'custom', path: ['approvedBy'], message: 'is missing. An approved policy says who approved it, like approvedBy: Trust Board' });
    }
    if (!policy.approved) {
      context.addIssue({ code: 'custom', path: ['approved'], message: 'is missing. An approved policy says when it was approved, like approved: 2021-07-14 or approved: 2021-07' });
    }
  });

export type PolicyFrontmatter = z.output<typeof policySchema>;
export type HistoryEntry = z.output<typeof historyEntrySchema>;
export type EditorialNote = z.output<typeof editorialNoteSchema>;
export const POLICY_FIELDS: readonly string[] = Object.keys(policySchema.shape);
export const HISTORY_FIELDS: readonly string[] = Object.keys(historyEntrySchema.shape);
