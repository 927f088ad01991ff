import path from 'node:path';
import { detailText, readFrontmatter } from '#src/policy/frontmatter.ts';
import { isSampleSource, SAMPLE_POLICIES } from '#src/policy/sample-policies.ts';
import type { Problem } from '#src/policy/problem.ts';
import { withoutSectionWords } from '#src/search/section-words.ts';
import { compareVersions } from './version-number.ts';

interface GuardedState {
  version: string;
  status: string;
  /**
   * The policy text without its details block or its section search words, with trailing spaces and
   * extra blank lines ignored (Markdown reads them all alike).
   */
  text: string;
  /** Versions with a history entry, and how many editorial notes each has. */
  history: Map<string, number>;
}

/** Reads what the guard needs, leniently: the base may predate today's rules. */
function guardedState(source: string): GuardedState | undefined {
  const read = readFrontmatter(withoutSectionWords(source));
  if (!read.ok) return undefined;
  const data = read.frontmatter.data as Record<string, unknown>;
  const text = read.frontmatter.body.split('\n').map((line) => line.trimEnd()).join('\n').replace(/\n{3,}/g, '\n\n').trim();
  const history = new Map<string, number>();
  for (const entry of Array.isArray(data['history']) ? data['history'] : []) {
    const record = entry as Record<string, unknown>;
    if (typeof record['version'] === 'string') history.set(record['version'], Array.isArray(record['editorial']) ? record['editorial'].length : 0);
  }
  return { version: detailText(data, 'version'), status: detailText(data, 'status'), text, history };
}

/**
 * What a change to one policy file must respect: new text needs a new version (or an editorial
 * note, for a typo or a broken link), a new version needs a history entry, and versions only go up.
 * `base` is the file before the change (undefined for a new policy), `head` after (undefined if deleted,
 * which only a sample policy may be).
 */
export function versionGuardProblems(file: string, base: string | undefined, head: string | undefined): Problem[] {
  if (base === undefined) return [];
  if (head === undefined) {
    // A sample was never the Trust's policy: taking it out of the site (npm run remove-sample-policies)
    // breaks no address the Trust's staff have used.
    const sample = SAMPLE_POLICIES.find((candidate) => candidate.id === path.posix.basename(path.posix.dirname(file)));
    if (sample !== undefined && isSampleSource(sample, base)) return [];
    return [{ file, message: 'was deleted. A policy\'s web address must keep working, and its versions stay readable: set status: withdrawn instead of deleting the file' }];
  }
  const before = guardedState(base);
  const after = guardedState(head);
  if (!before || !after) return [];
  const order = compareVersions(after.version, before.version);
  if (order < 0) {
    return [{ file, field: 'version', message: `went down from ${before.version} to ${after.version}. A version number only ever goes up: use ${nextVersion(before.version)}` }];
  }
  if (order > 0) {
    return after.history.has(after.version)
      ? []
      : [{ file, field: 'history', message: `has no entry for the new version ${after.version}. Add one at the top of history, with the date and a summary of what changed` }];
  }
  if (after.text === before.text) return [];
  const editorialAdded = (after.history.get(after.version) ?? 0) > (before.history.get(before.version) ?? 0);
  if (editorialAdded) return [];
  const fix = `Either give it a new version (version: "${nextVersion(before.version)}") with a history entry saying what changed, or, for a typo or a broken link only, add an editorial note to version ${after.version}'s history entry`;
  if (before.status === 'approved') {
    return [{ file, message: `the text of approved version ${before.version} was changed after it was approved. ${fix}` }];
  }
  return [{ file, message: `the text changed but the version is still ${before.version}. ${fix}` }];
}

function nextVersion(version: string): string {
  const [major = '0', minor = '0'] = version.split('.');
  return `${major}.${Number(minor) + 1}`;
}
