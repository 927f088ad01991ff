/**
 * npm run remove-sample-policies            says what would be removed, and changes nothing
 * npm run remove-sample-policies -- --yes   removes the sample policies, their easy reads, pictures
 *                                           only they show, their lines in .github/CODEOWNERS, and the
 *                                           search terms only their words answer
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem, sortProblems } from '#src/policy/problem.ts';
import { readSiteConfig } from '#src/site/site-config.ts';
import { CODEOWNERS_COMMAND, CODEOWNERS_FILE } from './codeowners.ts';
import { planSampleRemoval, removeSamples, type SampleRemoval } from './sample-policies.ts';
import { pruneSearchTerms } from './sample-search-terms.ts';
import { SEARCH_TERMS_FILE } from '#src/search/terms/search-terms-file.ts';

function describe(removal: SampleRemoval): string[] {
  return [
    ...removal.samples.map((sample) => `  ${sample.folder} (${sample.title}${sample.hasEasyRead ? ', with its easy read' : ''})`),
    ...removal.pictures.map((picture) => `  ${picture} (a picture only the sample policies show)`),
  ];
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { yes: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log('Usage: npm run remove-sample-policies [-- --yes]\nRemoves the sample policies the site ships with, their easy reads, pictures only they show, their lines in .github/CODEOWNERS and the search terms only their words answer. Without --yes it only says what it would remove.');
    return 0;
  }
  const root = path.resolve(import.meta.dirname, '../..');
  const { policiesDir } = readSiteConfig(process.env, root);
  const removal = await planSampleRemoval(root, policiesDir);
  for (const kept of removal.kept) {
    console.log(`Kept ${kept.folder}: it has a sample's folder name, but it is your policy ("${kept.title}").`);
    // Importing a policy replaces index.mdx only, so an easy read here is most likely the sample's, explaining another text.
    if (kept.hasEasyRead) console.log(`  Its ${kept.folder}easy-read.mdx may still be the sample's: rewrite it for your policy, or delete it. It is not removed, in case it is yours.`);
  }
  if (removal.samples.length === 0) {
    console.log('There are no sample policies to remove.');
    return 0;
  }
  if (!values.yes) {
    console.log('These would be removed:');
    console.log(describe(removal).join('\n'));
    console.log(`and their lines in ${CODEOWNERS_FILE}, and the search terms in ${SEARCH_TERMS_FILE} that only their words answer.`);
    console.log('Nothing has been changed. To remove them, run: npm run remove-sample-policies -- --yes');
    return 0;
  }
  const codeowners = await removeSamples(root, policiesDir, removal);
  console.log('Removed:');
  console.log(describe(removal).join('\n'));
  if (!codeowners.ok) {
    console.log(`Could not remake ${CODEOWNERS_FILE}. Fix ${codeowners.problems.length === 1 ? 'this' : 'these'}, then run ${CODEOWNERS_COMMAND}:`);
    for (const problem of sortProblems(codeowners.problems)) console.log(`  ${formatProblem(problem)}`);
    return 1;
  }
  console.log(codeowners.changed ? `Remade ${CODEOWNERS_FILE} without their lines.` : `${CODEOWNERS_FILE} needed no change.`);
  const terms = await pruneSearchTerms(root, policiesDir);
  if (terms.length > 0) console.log(`Took ${terms.length} ${terms.length === 1 ? 'term' : 'terms'} out of ${SEARCH_TERMS_FILE}: no policy left uses the words ${terms.length === 1 ? 'it points' : 'they point'} at (${terms.join(', ')}). Add your staff's own words there as you learn them.`);
  console.log('Next: import your own policies (npm run import -- <folder of Word documents>), then npm run build. Commit the removal with them.');
  return 0;
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
