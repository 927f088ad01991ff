import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Runs git in a repository made for a test, as a fixed author so nothing depends on the machine. */
export async function git(root: string, args: string[], date?: string): Promise<string> {
  const when = date ? `${date}T12:00:00Z` : undefined;
  const { stdout } = await run('git', args, {
    cwd: root,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Policy Owner', GIT_AUTHOR_EMAIL: 'owner@example.org',
      GIT_COMMITTER_NAME: 'Policy Owner', GIT_COMMITTER_EMAIL: 'owner@example.org',
      ...(when ? { GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when } : {}),
    },
  });
  return stdout;
}

export async function initRepository(root: string): Promise<void> {
  await git(root, ['init', '--quiet', '--initial-branch=main']);
  await writeFile(path.join(root, '.gitignore'), 'node_modules\ndist\n.astro\n');
}

/** Writes files (paths relative to the repository) and commits them on a chosen day (YYYY-MM-DD). */
export async function commitFiles(root: string, files: Record<string, string>, message: string, date: string): Promise<void> {
  for (const [file, contents] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), contents);
  }
  await git(root, ['add', '--all']);
  await git(root, ['commit', '--quiet', '-m', message], date);
}
