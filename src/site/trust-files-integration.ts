import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SiteConfig } from './site-config.ts';
import { trustFiles, writeTrustFiles } from './trust-files.ts';

const CONTENT_TYPES: Record<string, string> = { '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml' };

/**
 * Puts the brand stylesheet and the logo into the built site (and serves them in `astro dev`), so
 * pages link to them as files from the site itself.
 */
export function trustFilesIntegration(site: SiteConfig): AstroIntegration {
  return {
    name: 'trust-files',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
          trustFiles(site).then((files) => {
            const name = [...files.keys()].find((file) => pathname === `${site.base}${file}`);
            if (name === undefined) return next();
            response.writeHead(200, { 'content-type': CONTENT_TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream' }).end(files.get(name));
          }, next);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const written = await writeTrustFiles(site, fileURLToPath(dir));
        logger.info(`Wrote the Trust's ${written.join(' and ')} from trust/settings.yaml`);
      },
    },
  };
}
