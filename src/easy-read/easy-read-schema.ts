import { z } from 'zod';
import { parsePolicyDate, type PolicyDate } from '#src/policy/policy-date.ts';
import { optionalText } from '#src/policy/fields.ts';
import { versionNumber } from '#src/policy/policy-schema.ts';

/** Whether people with a learning disability have checked an easy read, and when. */
export type ReaderCheck = { checked: false } | { checked: true; date: PolicyDate };

const NOT_YET = /^(not yet|no)$/i;
const CHECK_EXAMPLE = 'checkedByReaders: 2026-03-14, or checkedByReaders: not yet';

/** "not yet", or the day or month of the check: saying "not yet" is honest and allowed. */
function readerCheck() {
  return z.string({
    error: (issue) => issue.input === undefined || issue.input === null || issue.input === ''
      ? `is missing. Say whether people with a learning disability have checked this easy read: ${CHECK_EXAMPLE}`
      : `should be a date or "not yet". Write it like ${CHECK_EXAMPLE}`,
  }).transform((value, context): ReaderCheck => {
    const trimmed = value.trim();
    if (NOT_YET.test(trimmed)) return { checked: false };
    const parsed = parsePolicyDate(trimmed);
    if (parsed.ok) return { checked: true, date: parsed.date };
    context.addIssue({ code: 'custom', message: `"${value}" is not a date or "not yet". Write it like ${CHECK_EXAMPLE}`, input: value });
    return z.NEVER;
  });
}

/**
 * An easy read's frontmatter, at the top of `policies/<id>/easy-read.mdx`. The policy it explains
 * is the one in the same folder, so only the version is written here; the title comes from the policy.
 */
export const easyReadSchema = z.strictObject({
  basedOnVersion: versionNumber('basedOnVersion'),
  checkedByReaders: readerCheck(),
  checkedBy: optionalText('checkedBy', 'the Speak Up group at Riverside School'),
});

export type EasyReadFrontmatter = z.output<typeof easyReadSchema>;
export const EASY_READ_FIELDS: readonly string[] = Object.keys(easyReadSchema.shape);
