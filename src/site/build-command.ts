/**
 * npm run build -- [any option of astro build]
 * Runs `astro build` so that memory the build no longer needs goes back to the system, which keeps a
 * library of 500 policies under 2 GB: the allocator inside Vite's bundler (Rolldown's mimalloc) is told
 * to return what it frees at once (by default it kept about 0.8 GB), and V8's collector is made available
 * to the build (see release-memory.ts). mimalloc reads its settings once, when it loads, so they
 * are set before Astro starts. A setting already in the environment wins.
 * The Trust's settings are checked first, so a mistake in one is printed alone (check-settings.ts).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { settingsProblem } from './check-settings.ts';

const problem = settingsProblem(process.env, process.cwd());
if (problem !== undefined) {
  console.error(problem);
  process.exit(1);
}

const ALLOCATOR_SETTINGS: Record<string, string> = {
  MIMALLOC_PURGE_DELAY: '0',
  MIMALLOC_PURGE_DECOMMITS: '1',
  MIMALLOC_ARENA_EAGER_COMMIT: '0',
};

const astro = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
// --expose-gc lets the build hand back the heap it no longer needs before the search index is built.
const child = spawn(process.execPath, ['--expose-gc', astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...ALLOCATOR_SETTINGS, ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('error', (error) => {
  console.error(`Could not start astro build: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
