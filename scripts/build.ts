/**
 * npm run build -- [any option of astro build]
 * Runs `astro build` with the memory allocator inside Vite's bundler (Rolldown's mimalloc) told to
 * hand freed memory back to the system straight away. By default it keeps it for later; on a library
 * of 500 policies it kept about 0.8 GB that the rest of the build never reused, which took the build
 * well over 2 GB once the search index was built beside it. mimalloc reads these settings once, when
 * it loads, so they are set before Astro starts. A setting already in the environment wins.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const ALLOCATOR_SETTINGS: Record<string, string> = {
  MIMALLOC_PURGE_DELAY: '0',
  MIMALLOC_PURGE_DECOMMITS: '1',
  MIMALLOC_ARENA_EAGER_COMMIT: '0',
};

const astro = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...ALLOCATOR_SETTINGS, ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('error', (error) => {
  console.error(`Could not start astro build: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
