import { nearest } from '#src/policy/fields.ts';
import type { PolicyOutline } from './policy-outline.ts';
import type { Problem } from '#src/policy/problem.ts';
import { policyPath } from '#src/site/urls.ts';

/**
 * What a link in a policy points at. Owners write `[Whistleblowing Procedure](policy:whistleblowing#raising-a-concern)`;
 * a relative link to the file, as GitHub's editor suggests (`../whistleblowing/index.mdx#raising-a-concern`),
 * or to the page (`../whistleblowing/`, `/policies/whistleblowing/`) means the same and is checked the same way.
 */
export type LinkTarget =
  | { kind: 'policy'; id: string; fragment: string | undefined }
  | { kind: 'same-page'; fragment: string }
  | { kind: 'other' };

const POLICY_SCHEME = /^policy:([^#?]*)(?:#(.*))?$/;
const RELATIVE_POLICY = /^\.\.\/([^/#?]+)(?:\/(?:index\.mdx?)?)?(?:#(.*))?$/;
const SITE_POLICY = /^\/policies\/([^/#?]+)\/?(?:#(.*))?$/;
const SAME_FILE = /^(?:\.\/(?:index\.mdx?)?)?#(.+)$/;

export function linkTarget(url: string): LinkTarget {
  const match = POLICY_SCHEME.exec(url) ?? RELATIVE_POLICY.exec(url) ?? SITE_POLICY.exec(url);
  if (match) return { kind: 'policy', id: decodeURIComponent(match[1] ?? ''), fragment: emptyToUndefined(match[2]) };
  const same = SAME_FILE.exec(url);
  if (same) return { kind: 'same-page', fragment: decodeURIComponent(same[1]!) };
  return { kind: 'other' };
}

function emptyToUndefined(value: string | undefined): string | undefined {
  return value ? decodeURIComponent(value) : undefined;
}

/** The address a policy link leads to on the built site, under its base path. */
export function resolvedHref(target: LinkTarget, base: string): string | undefined {
  if (target.kind === 'policy') return `${policyPath(base, target.id)}${target.fragment ? `#${target.fragment}` : ''}`;
  if (target.kind === 'same-page') return `#${target.fragment}`;
  return undefined;
}

export interface OutlinedPolicy {
  id: string;
  title: string;
  displayPath: string;
  outline: PolicyOutline;
}

/**
 * Every link to a policy or section that does not exist, with where it is and the nearest right answer.
 * Links are checked in `from` (by default every policy) against all `policies`; a link to one of
 * `unreadable` (a policy whose text cannot be read, so whose sections are unknown) is not checked.
 */
export function brokenCrossReferences(policies: readonly OutlinedPolicy[], from: readonly OutlinedPolicy[] = policies, unreadable: ReadonlySet<string> = new Set()): Problem[] {
  const byId = new Map(policies.map((policy) => [policy.id, policy]));
  const ids = [...byId.keys()];
  const problems: Problem[] = [];
  for (const policy of from) {
    for (const link of policy.outline.links) {
      const target = linkTarget(link.url);
      if (target.kind === 'other') continue;
      const targetId = target.kind === 'policy' ? target.id : policy.id;
      if (unreadable.has(targetId)) continue;
      const problem = (message: string): Problem => ({ file: policy.displayPath, line: link.line, column: link.column, message: `the link to "${link.url}" ${message}` });
      const targetPolicy = byId.get(targetId);
      if (!targetPolicy) {
        const suggestion = nearest(targetId, ids);
        problems.push(problem(`points to a policy "${targetId}" that does not exist. ${suggestion ? `Did you mean policy:${suggestion}?` : `The policies are: ${ids.join(', ')}`}`));
        continue;
      }
      if (target.fragment === undefined) continue;
      const sectionIds = targetPolicy.outline.sections.map((section) => section.id);
      if (sectionIds.includes(target.fragment)) continue;
      const suggestion = nearest(target.fragment, sectionIds);
      const where = target.kind === 'same-page' ? 'this policy' : `the ${targetPolicy.title}`;
      problems.push(problem(
        `points to a section "${target.fragment}" that ${where} does not have. ${suggestion ? `Did you mean #${suggestion}?` : `Its sections are: ${sectionIds.join(', ')}`}`,
      ));
    }
  }
  return problems;
}

export interface Backlink {
  from: { id: string; title: string };
  /** The sections of the referring policy that hold a link here, in page order, each once. */
  sections: { id: string; label: string }[];
}

/**
 * For every policy, which policies refer to it and from which sections ("Referred to by: Social Media
 * Policy, Libellous statements"), keyed by the id of the policy referred to. One pass over every link,
 * so a library of hundreds of policies is not read once per policy.
 */
export function backlinksByPolicy(policies: readonly Omit<OutlinedPolicy, 'displayPath'>[]): Map<string, Backlink[]> {
  const found = new Map<string, Map<string, { from: Backlink['from']; sections: Map<string, Backlink['sections'][number]> }>>();
  for (const policy of policies) {
    for (const link of policy.outline.links) {
      const target = linkTarget(link.url);
      if (target.kind !== 'policy' || target.id === policy.id) continue;
      const referrers = found.get(target.id) ?? new Map();
      found.set(target.id, referrers);
      const referrer = referrers.get(policy.id) ?? { from: { id: policy.id, title: policy.title }, sections: new Map() };
      referrers.set(policy.id, referrer);
      if (link.section) referrer.sections.set(link.section.id, link.section);
    }
  }
  return new Map([...found].map(([id, referrers]) => [
    id,
    [...referrers.values()]
      .map(({ from, sections }) => ({ from, sections: [...sections.values()] }))
      .sort((a, b) => a.from.title.localeCompare(b.from.title, 'en-GB')),
  ]));
}

