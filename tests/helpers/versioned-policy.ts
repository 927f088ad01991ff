import { createFixtureSite, policySource } from './fixture-site.ts';
import { commitFiles, initRepository } from './git-repository.ts';

/** The three versions of a policy used by the version-history tests: a draft, then two approved versions. */
export const HISTORY = {
  draft: '  - version: "0.1"\n    date: 2021-03-01\n    summary: First draft for consultation.',
  first: '  - version: "1.0"\n    date: 2021-07-14\n    approvedBy: Trust Board\n    summary: Approved by the Trust Board.',
  second: '  - version: "1.1"\n    date: 2024-03-05\n    approvedBy: Trust Board\n    summary: Updated the rules on friend requests.',
};

const text = (wording: string) => `## Scope\n\nThis policy applies to all staff.\n\n## Friend requests\n\n${wording}\n`;

export const VERSION_SOURCES = {
  draft: policySource({ title: 'Online Safety Policy', status: 'draft', version: '"0.1"', approvedBy: undefined, approved: undefined, history: `\n${HISTORY.draft}` },
    text('Staff should think before accepting friend requests from pupils.')),
  first: policySource({ title: 'Online Safety Policy', version: '"1.0"', approved: '2021-07-14', history: `\n${HISTORY.first}\n${HISTORY.draft}` },
    text('Staff must not accept friend requests from pupils.')),
  second: policySource({ title: 'Online Safety Policy', version: '"1.1"', approved: '2024-03-05', history: `\n${HISTORY.second}\n${HISTORY.first}\n${HISTORY.draft}` },
    text('Staff must not accept friend requests from pupils or their parents.')),
};

/** A copy of the site in a git repository with the three versions committed on their days. */
export async function createVersionedSite(): Promise<string> {
  const root = await createFixtureSite();
  await initRepository(root);
  await commitFiles(root, { [VERSIONED_FILE]: VERSION_SOURCES.draft }, 'Draft online safety policy', '2021-03-01');
  await commitFiles(root, { [VERSIONED_FILE]: VERSION_SOURCES.first }, 'Approve version 1.0', '2021-07-14');
  await commitFiles(root, { [VERSIONED_FILE]: VERSION_SOURCES.second }, 'Approve version 1.1', '2024-03-05');
  return root;
}

export const VERSIONED_FILE = 'policies/online-safety/index.mdx';
