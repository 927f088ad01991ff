import { spawn } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { git } from './git.ts';


/** One committed state of one file. */
export interface FileRevision {
  commit: string;
  /** Commit time, ISO 8601 with offset. */
  committedAt: string;
  /** Blob id of the file's contents at that commit. */
  blob: string;
}

export type HistoryAvailability = 'full' | 'shallow' | 'not-a-repository';

export interface RepositoryHistory {
  availability: HistoryAvailability;
  /** Newest first, by path relative to the repository's top level. */
  revisions: Map<string, FileRevision[]>;
  /** Absolute path of the repository's top level (empty when there is no repository). */
  topLevel: string;
  /** Contents of the blobs, read in one pass. */
  contents: Map<string, string>;
}

const RECORD = '\u001e';

/**
 * Reads the history of every file matching `fileName` under `dir` with one `git log` and one
 * `git cat-file --batch`, however many policies and versions there are: never a process per file.
 */
export async function readRepositoryHistory(dir: string, fileNames: readonly string[]): Promise<RepositoryHistory> {
  const empty = (availability: HistoryAvailability, topLevel = ''): RepositoryHistory => ({ availability, revisions: new Map(), topLevel, contents: new Map() });
  const topLevel = await git(dir, ['rev-parse', '--show-toplevel']).then((out) => out.trim(), () => undefined);
  if (!topLevel) return empty('not-a-repository');
  const shallow = (await git(dir, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
  const hasCommits = await git(dir, ['rev-parse', '--verify', '--quiet', 'HEAD']).then(() => true, () => false);
  if (!hasCommits) return { ...empty(shallow ? 'shallow' : 'full', topLevel) };
  // Paths as they are, not quoted, so a folder name with an accent still matches its files.
  const log = await git(dir, ['-c', 'core.quotePath=false', 'log', `--format=${RECORD}%H%x00%cI`, '--raw', '--no-abbrev', '--no-renames', '--', '.']);
  const revisions = new Map<string, FileRevision[]>();
  // git reports its top level with links resolved, so the folder must be too (a project reached through a link).
  const dirFromTop = path.relative(topLevel, await realpath(dir)).split(path.sep).join('/');
  for (const record of log.split(RECORD).slice(1)) {
    const [header = '', ...lines] = record.split('\n');
    const [commit = '', committedAt = ''] = header.split('\0');
    for (const line of lines) {
      // :100644 100644 <old blob> <new blob> M<TAB>path
      const match = /^:\d+ \d+ [0-9a-f]+ ([0-9a-f]+) ([AMT])\t(.+)$/.exec(line);
      if (!match) continue;
      const [, blob = '', , file = ''] = match;
      if (!fileNames.includes(path.posix.basename(file))) continue;
      if (dirFromTop && !file.startsWith(`${dirFromTop}/`)) continue;
      const list = revisions.get(file) ?? [];
      list.push({ commit, committedAt, blob });
      revisions.set(file, list);
    }
  }
  const blobs = [...new Set([...revisions.values()].flat().map((revision) => revision.blob))];
  return { availability: shallow ? 'shallow' : 'full', revisions, topLevel, contents: await readBlobs(dir, blobs) };
}

/** All the blobs' contents through one `git cat-file --batch`. */
export function readBlobs(cwd: string, blobs: readonly string[]): Promise<Map<string, string>> {
  if (blobs.length === 0) return Promise.resolve(new Map());
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file exited with ${code}`));
      const output = Buffer.concat(chunks);
      const contents = new Map<string, string>();
      let offset = 0;
      while (offset < output.length) {
        const newline = output.indexOf(0x0a, offset);
        const [id = '', kind = '', size = '0'] = output.subarray(offset, newline).toString('utf8').split(' ');
        // A blob git no longer has is answered "<id> missing", with no contents after it.
        if (kind === 'missing') {
          offset = newline + 1;
          continue;
        }
        const start = newline + 1;
        const end = start + Number(size);
        contents.set(id, output.subarray(start, end).toString('utf8'));
        offset = end + 1;
      }
      resolve(contents);
    });
    child.stdin.end(`${blobs.join('\n')}\n`);
  });
}
