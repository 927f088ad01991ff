import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * `npm test`'s global setup: every temp dir the tests make (a copy of the site for each build, git
 * repositories, browser profiles) goes in one folder for the run, removed when the run ends. Each test
 * file runs in its own process, which inherits TMPDIR from here; without this a run leaves gigabytes
 * of copies behind in the system's temp folder.
 */

let runDir: string | undefined;

export function globalSetup(): void {
  runDir = mkdtempSync(path.join(tmpdir(), 'policy-site-tests-'));
  process.env['TMPDIR'] = runDir;
}

export function globalTeardown(): void {
  if (runDir) rmSync(runDir, { recursive: true, force: true });
}
