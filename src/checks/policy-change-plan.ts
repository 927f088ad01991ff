import { SEARCH_TERMS_FILE } from '#src/search/terms/search-terms-file.ts';

/**
 * Which checks a change needs. A change to nothing but policy files (and the Trust's search terms)
 * cannot break the site's code, so it is checked by what such a change can break: the build, the
 * policy lints, versions, links, accessibility of the pages it touches, and search. Anything else,
 * however small, gets every test.
 */
export type ChangePlan =
  | { kind: 'policy-only'; policies: string[]; searchTerms: boolean }
  | { kind: 'full'; because: string[] };


/** `changed` are paths relative to the repository, as `git diff --name-only` gives them. */
export function changePlan(changed: readonly string[], policiesFolder = 'policies'): ChangePlan {
  const prefix = `${policiesFolder}/`;
  // The Trust's search terms are data that the search page reads and no code depends on.
  const other = changed.filter((file) => !file.startsWith(prefix) && file !== SEARCH_TERMS_FILE);
  if (other.length > 0) return { kind: 'full', because: other };
  const policies = [...new Set(changed.filter((file) => file.startsWith(prefix)).map((file) => file.slice(prefix.length).split('/')[0]!))].sort();
  return { kind: 'policy-only', policies, searchTerms: changed.includes(SEARCH_TERMS_FILE) };
}
