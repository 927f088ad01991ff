import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Where the judgement lists live, from the project's root. */
export const JUDGEMENT_LISTS_DIR = 'tests/search';

/** The judgement lists, judgements*.yaml, as paths from the project's root, in name order. */
export async function judgementListFiles(root: string): Promise<string[]> {
  const names = await readdir(path.join(root, JUDGEMENT_LISTS_DIR)).catch(() => [] as string[]);
  return names.filter((name) => /^judgements.*\.yaml$/.test(name)).sort().map((name) => path.join(JUDGEMENT_LISTS_DIR, name));
}

/**
 * A held-out list (judgements-held-out*.yaml) measures search on questions it was never shown: search
 * never learns from it, and nobody changes search to make one of its lines pass.
 */
export function isHeldOutList(file: string): boolean {
  return path.basename(file).startsWith('judgements-held-out');
}
