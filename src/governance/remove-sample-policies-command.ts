/**
 * npm run remove-sample-policies            says what would be moved, and changes nothing
 * npm run remove-sample-policies -- --yes   moves the sample policies out of the site into the
 *                                           project's tests (tests/fixtures/sample-policies/), with
 *                                           their easy reads, pictures only they show and the search
 *                                           terms only their words answer, and remakes .github/CODEOWNERS
 */
import path from 'node:path';
import { formatProblem, sortProblems } from '#src/policy/problem.ts';
import { readSiteConfig } from '#src/site/site-config.ts';
import { SEARCH_TERMS_FILE } from '#src/search/terms/search-terms-file.ts';
import { CODEOWNERS_COMMAND, CODEOWNERS_FILE } from './codeowners.ts';
import { moveSamples } from './move-samples.ts';
import { planSampleRemoval, SAMPLE_SEARCH_TERMS_FILE, SAMPLES_FOR_TESTS, type SampleRemoval } from './sample-policies.ts';
import { readArguments } from '#src/site/command-arguments.ts';

const KEPT = `${SAMPLES_FOR_TESTS}/`;

function describe(removal: SampleRemoval): string[] {
  return [
    ...removal.samples.map((sample) => `  ${sample.folder} (${sample.title}${sample.hasEasyRead ? ', with its easy read' : ''})`),
    ...removal.pictures.map((picture) => `  ${picture} (a picture only the sample policies show)`),
    ...removal.sharedPictures.map((picture) => `  ${picture} (a picture your policies show too: it stays, and the samples get a copy)`),
  ];
}

const USAGE = 'Usage: npm run remove-sample-policies [-- --yes]';

async function main(): Promise<number> {
  const { values } = readArguments({ options: { yes: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }, USAGE);
  if (values.help) {
    console.log(`${USAGE}\nTakes the sample policies the site ships with out of the site: moves them, with their easy reads, pictures only they show and the search terms only their words answer, to ${KEPT}, where the project's tests still use them, and takes their lines out of ${CODEOWNERS_FILE}. Without --yes it only says what it would do.`);
    return 0;
  }
  const root = path.resolve(import.meta.dirname, '../..');
  const { policiesDir } = readSiteConfig(process.env, root);
  const removal = await planSampleRemoval(root, policiesDir);
  for (const kept of removal.kept) {
    console.log(`Kept ${kept.folder}: it has a sample's folder name, but it is your policy ("${kept.title}").`);
    // Importing a policy replaces index.mdx only, so an easy read here is most likely the sample's, explaining another text.
    if (kept.hasEasyRead) console.log(`  Its ${kept.folder}easy-read.mdx may still be the sample's: rewrite it for your policy, or delete it. It is not moved, in case it is yours.`);
  }
  if (removal.samples.length === 0 && removal.missing.length === 0) {
    console.log('There are no sample policies to remove.');
    return 0;
  }
  if (!values.yes) {
    if (removal.samples.length > 0) {
      console.log(`These would be moved to ${KEPT}, where the project's tests still use them; the site would no longer publish them:`);
      console.log(describe(removal).join('\n'));
      console.log(`Their lines in ${CODEOWNERS_FILE} would go, and the search terms in ${SEARCH_TERMS_FILE} that only their words answer would move beside them.`);
    }
    for (const sample of removal.missing) console.log(`The sample ${sample.title} is no longer in the site: a copy would be taken from git's history into ${KEPT}${sample.id}/ for the tests.`);
    console.log('Nothing has been changed. To do it, run: npm run remove-sample-policies -- --yes');
    return 0;
  }
  const moved = await moveSamples(root, policiesDir, removal);
  if (removal.samples.length > 0) {
    console.log(`Moved to ${KEPT}, where the project's tests still use them; the site no longer publishes them:`);
    console.log(describe(removal).join('\n'));
  }
  for (const sample of moved.restored) console.log(`Took the sample ${sample.title} from git's history (commit ${sample.commit}) into ${KEPT}${sample.id}/, as the tests build it.`);
  for (const sample of moved.lost) console.log(`Could not find the sample ${sample.title} anywhere, not even in git's history, so the tests that build the samples will fail. Copy policies/${sample.id}/ from the project's repository into ${KEPT}${sample.id}/.`);
  if (moved.searchTermsKept) console.log(`Kept the search terms the samples' words answer in ${SAMPLE_SEARCH_TERMS_FILE}, for the search tests.`);
  const { searchTermsRemoved: terms } = moved;
  if (terms.length > 0) console.log(`Took ${terms.length} ${terms.length === 1 ? 'term' : 'terms'} out of ${SEARCH_TERMS_FILE}: no policy left uses the words ${terms.length === 1 ? 'it points' : 'they point'} at (${terms.join(', ')}). Add your staff's own words there as you learn them.`);
  if (!moved.codeowners.ok) {
    console.log(`Could not remake ${CODEOWNERS_FILE}. Fix ${moved.codeowners.problems.length === 1 ? 'this' : 'these'}, then run ${CODEOWNERS_COMMAND}:`);
    for (const problem of sortProblems(moved.codeowners.problems)) console.log(`  ${formatProblem(problem)}`);
    return 1;
  }
  console.log(moved.codeowners.changed ? `Remade ${CODEOWNERS_FILE} without their lines.` : `${CODEOWNERS_FILE} needed no change.`);
  console.log(`Next: import your own policies (npm run import -- <folder of Word documents>), then npm run build. Commit the change with them, ${KEPT} included.`);
  return moved.lost.length > 0 ? 1 : 0;
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
