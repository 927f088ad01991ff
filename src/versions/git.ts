import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

// A real trust library has hundreds of policies with years of commits, and the history is read in
// one go, so give it room (Starlight's git reader needed 10 MB for 4,800 pages and 17,000 commits).
const MAX_BUFFER = 64 * 1024 * 1024;

/** What `git <args>` prints, run in `cwd`; it rejects when git fails. */
export async function git(cwd: string, args: readonly string[]): Promise<string> {
  const { stdout } = await run('git', [...args], { cwd, maxBuffer: MAX_BUFFER, encoding: 'utf8' });
  return stdout;
}

/** A file's bytes as git holds them (`git show <commit>:<path>`), for files that may not be text, such as pictures. */
export async function gitFileBytes(cwd: string, commit: string, file: string): Promise<Buffer> {
  const { stdout } = await run('git', ['show', `${commit}:./${file}`], { cwd, maxBuffer: MAX_BUFFER, encoding: 'buffer' });
  return stdout;
}
