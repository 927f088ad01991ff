/**
 * npm run check:links -- [--dist dist] [--external]
 * Checks that every internal link and #anchor in the built site resolves (run after npm run build).
 * With --external it also asks every outside address whether it still answers: the scheduled
 * workflow does that, so a dead outside site never blocks a policy fix.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stat } from 'node:fs/promises';
import { brokenInternalLinks, checkExternalLink, externalLinks } from './link-check.ts';
import { readSiteConfig } from '#src/site/site-config.ts';
import { readArguments } from '#src/site/command-arguments.ts';

async function main(): Promise<number> {
  const { values } = readArguments({ options: { dist: { type: 'string' }, external: { type: 'boolean' }, timeout: { type: 'string' } } }, 'Usage: npm run check:links -- [--dist dist] [--external] [--timeout SECONDS]');
  const root = path.resolve(fileURLToPath(import.meta.url), '../../..');
  const dist = path.resolve(values.dist ?? path.join(root, 'dist'));
  if (!(await stat(dist).then((info) => info.isDirectory(), () => false))) {
    console.error(`There is no built site at ${dist}. Run npm run build first.`);
    return 2;
  }
  const { base } = readSiteConfig(process.env, root);
  const broken = await brokenInternalLinks(dist, base);
  for (const link of broken) console.log(`${link.page}: the link "${link.href}" ${link.reason}.`);
  let failures = broken.length;
  if (values.external) {
    const timeout = Number(values.timeout ?? 15) * 1000;
    const links = [...(await externalLinks(dist)).entries()];
    console.log(`Checking ${links.length} outside addresses…`);
    for (const [url, pages] of links) {
      const problem = await checkExternalLink(url, timeout);
      if (!problem) continue;
      failures++;
      console.log(`${url} ${problem}. It is linked from: ${pages.join(', ')}.`);
    }
  }
  console.log(failures === 0 ? 'Every link checked resolves.' : `${failures} broken ${failures === 1 ? 'link' : 'links'}. Fix the link in the policy file that makes each page.`);
  return failures === 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
