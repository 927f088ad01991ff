import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { phaseTimer } from '#src/site/build-phases.ts';
import { precompressFiles } from './precompress-files.ts';

/**
 * Writes a Brotli and a gzip copy beside each page, stylesheet, script and feed, for a web server
 * to send as they are (deploy/nginx.conf does). List it after the search index, whose files it
 * compresses too, and before the build report, which times it.
 */
export function precompress(): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'policy-precompress',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = path.join(fileURLToPath(config.cacheDir), 'precompressed');
      },
      'astro:build:done': async ({ dir, logger }) => {
        using _timing = phaseTimer('compression');
        const started = performance.now();
        const result = await precompressFiles(fileURLToPath(dir), cacheDir);
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        const share = result.plainBytes === 0 ? 0 : Math.round((100 * result.brotliBytes) / result.plainBytes);
        logger.info(`Compressed ${result.files} files in ${seconds}s, ${result.reused} of them unchanged since the last build (Brotli copies are ${share}% of the size).`);
      },
    },
  };
}
