import { mkdir, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { phaseTimes, recordPhase } from './build-phases.ts';

/**
 * Writes how long each phase of the build took to .astro/build-report.json, for `npm run bench`.
 * Listed last, so its build:done runs after the other integrations' (search index, PDFs).
 */
export function buildReport(): AstroIntegration {
  let started = 0;
  let htmlStarted = 0;
  let root = '';
  return {
    name: 'policy-site:build-report',
    hooks: {
      'astro:config:done': ({ config }) => {
        started = performance.now();
        root = fileURLToPath(config.root);
      },
      'astro:build:start': () => {
        // Time before this point is reading and checking the policies, and making the PDFs, which that step records itself.
        recordPhase('content sync and checks', performance.now() - started - (phaseTimes()['PDFs'] ?? 0));
        htmlStarted = performance.now();
      },
      'astro:build:generated': () => {
        recordPhase('HTML pages', performance.now() - htmlStarted);
      },
      'astro:build:done': async () => {
        await mkdir(`${root}/.astro`, { recursive: true });
        await writeFile(`${root}/.astro/build-report.json`, `${JSON.stringify({ phases: phaseTimes(), total: Math.round(performance.now() - started) }, null, 2)}\n`);
      },
    },
  };
}
