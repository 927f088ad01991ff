import { parsePolicyText } from '#src/policy/parse-policy-text.ts';
import type { Problem } from '#src/policy/problem.ts';
import { policyMarkup } from '#src/pdf/policy-markup.ts';
import { absoluteUrl, policyPath } from '#src/site/urls.ts';
import { compareTexts } from '#src/versions/text-diff.ts';
import type { PackPolicy } from './board-pack-plan.ts';
import { markedText } from './change-marks.ts';

export type PackText =
  | { ok: true; markup: string; marked: boolean; pictures: string[] }
  | { ok: false; problems: Problem[] };

/**
 * The proposed text of one policy for the pack: a revision compared word by word with the version in
 * force (the same comparison as the site's compare pages), a new policy whole, as its PDF shows it.
 */
export function packText(policy: PackPolicy, site: { siteUrl: string; base: string }): PackText {
  const proposed = parsePolicyText(policy.source);
  if (!proposed.ok) return { ok: false, problems: [{ file: policy.displayPath, line: proposed.line, column: proposed.column, message: proposed.message }] };
  const before = policy.current?.source === undefined ? undefined : parsePolicyText(policy.current.source);
  if (before?.ok) return { ok: true, markup: markedText(compareTexts(before.tree, proposed.tree)), marked: true, pictures: [] };
  const pageUrl = absoluteUrl(site.siteUrl, policyPath(site.base, policy.id));
  const whole = policyMarkup(proposed.tree, {
    place: { policyId: policy.id, pageUrl, siteUrl: site.siteUrl, base: site.base },
    pictureFolder: `/${policy.id}/`,
    components: {},
  });
  if (whole.problems.length > 0) return { ok: false, problems: whole.problems.map((problem) => ({ file: policy.displayPath, ...problem })) };
  return { ok: true, markup: whole.markup, marked: false, pictures: whole.pictures };
}
