import type { Root } from 'mdast';
import type { Problem } from '../problem.ts';
import { allowedComponents } from './allowed-components.ts';
import { findingProblem, type ContentAllowance, type ContentNode, type ContentRule } from './content-rule.ts';
import { noCode } from './no-code.ts';
import { safeLinks } from './safe-links.ts';

/** What every file in the policies folder may hold, in the order CONTRIBUTING.md explains it. */
export const CONTENT_RULES: readonly ContentRule[] = [noCode, allowedComponents, safeLinks];

/**
 * The one component a policy may use: on the line after a heading, the words staff search with for
 * that section (`<SearchWords words="off sick, poorly" />`). It shows nothing; search reads it
 * (src/search/section-words.ts). Named here because the content rules must allow it and import nothing else of ours.
 */
export const SEARCH_WORDS_COMPONENT = 'SearchWords';
export const SEARCH_WORDS_ATTRIBUTE = 'words';

/** Everything else a policy says is Markdown. */
export const POLICY_CONTENT: ContentAllowance = {
  kind: 'a policy',
  components: { [SEARCH_WORDS_COMPONENT]: [SEARCH_WORDS_ATTRIBUTE] },
  componentHint: 'Write it in Markdown: ## for a heading, - for a list, **bold**, *italic*, [words](address)',
};

/**
 * Checks a parsed file against every content rule. It runs when the policies load, before Astro
 * compiles anything, so a file that breaks one stops the build and nothing in it is ever run.
 */
export function contentProblems(file: string, tree: Root, allowance: ContentAllowance = POLICY_CONTENT): Problem[] {
  // satteri's MDX nodes (imports, expressions, components) have no types in mdast, so the rules read it as ContentNode.
  const nodes = tree as unknown as ContentNode;
  return CONTENT_RULES.flatMap((rule) => rule.check(nodes, allowance).map((finding) => findingProblem(file, rule, finding)));
}
