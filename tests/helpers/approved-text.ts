import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { REPOSITORY_ROOT } from './fixture-site.ts';

/**
 * The Social Media Policy's approved 2021 text, line by line, without its cover, contents list and
 * capitalised headings (the site's headings are in sentence case).
 */
export async function approvedSocialMediaLines(): Promise<string[]> {
  const seed = await readFile(path.join(REPOSITORY_ROOT, 'tests/fixtures/social-media-policy-2021.txt'), 'utf8');
  const lines = seed.split('\n').map((line) => line.trim()).filter(Boolean);
  const bodyStart = lines.lastIndexOf('SCOPE');
  return lines
    .slice(bodyStart)
    .filter((line) => line !== line.toUpperCase())
    .map((line) => line.replace(/^- /, '').replace(/^[A-E]\. /, '').replace(/\s+/g, ' '));
}
