/**
 * npm run remove-sample-policies            says what would be removed, and changes nothing
 * npm run remove-sample-policies -- --yes   removes the sample policies, their easy reads, pictures
 *                                           only they show, and their lines in .github/CODEOWNERS
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem, sortProblems } from '#src/policy/problem.ts';
import { readSiteConfig } from '#src/site/site-config.ts';
import { CODEOWNERS_COMMAND, CODEOWNERS_FILE } from './codeowners.ts';
import { planSampleRemoval, removeSamples, type SampleRemoval } from './sample-policies.ts';

function describe(removal: SampleRemoval): string[] {
  return [
    ...removal.samples.map((sample) => `  ${sample.folder} (${sample.title}${sample.hasEasyRead ? ', with its easy read' : ''})`),
    ...removal.pictures.map((picture) => `  ${picture} (a picture only the sample policies show)`),
  ];
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { yes: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log('Usage: npm run remove-sample-policies [-- --yes]\nRemoves the sample policies the site ships with, their easy reads, pictures only they show, and their lines in .github/CODEOWNERS. Without --yes it only says what it would remove.');
    return 0;
  }
  const root = path.resolve(import.meta.dirname, '../..');
  const { policiesDir } = readSiteConfig(process.env, root);
  const removal = await planSampleRemoval(root, policiesDir);
  for (const kept of removal.kept) {
    console.log(`Kept ${kept.folder}: it has a sample's folder name, but it is your policy ("${kept.title}").`);
  }
  if (removal.samples.length === 0) {
    console.log('There are no sample policies to remove.');
    return 0;
  }
  if (!values.yes) {
    console.log('These would be removed:');
    console.log(describe(removal).join('\n'));
    console.log(`and their lines in ${CODEOWNERS_FILE}.`);
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
  console.log('Next: import your own policies (npm run import -- <folder of Word documents>), then npm run build. Commit the removal with them.');
  return 0;
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
