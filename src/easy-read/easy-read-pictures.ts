import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildContext } from '#src/site/build-context.ts';
import { PAGE_PICTURES } from './easy-read-status.ts';
import { loadPictures } from './pictures.ts';
import { PICTURES_FOLDER } from '#src/site/urls.ts';

const PICTURE_REQUEST = new RegExp(`/${PICTURES_FOLDER}/([a-z0-9-]+)\\.svg$`);

/**
 * Copies the OpenMoji pictures the easy reads use (and only those) from node_modules into the
 * built site, so pages load them from the site itself. In `astro dev` it serves them from there.
 * Unknown names never get here: the easy-read loader has already failed the build on them.
 */
export function easyReadPictures(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'easy-read-pictures',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const name = PICTURE_REQUEST.exec(new URL(request.url ?? '/', 'http://localhost').pathname)?.[1];
          const picture = name ? loadPictures(root).get(name) : undefined;
          if (!picture) return next();
          readFile(picture.file).then(
            (svg) => response.writeHead(200, { 'content-type': 'image/svg+xml' }).end(svg),
            next,
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const catalogue = loadPictures(root);
        const names = new Set([...buildContext().picturesInUse, ...Object.values(PAGE_PICTURES).map((picture) => picture.name)]);
        const folder = path.join(fileURLToPath(dir), PICTURES_FOLDER);
        await mkdir(folder, { recursive: true });
        let bytes = 0;
        let copied = 0;
        for (const name of names) {
          const picture = catalogue.get(name);
          if (!picture) continue;
          await copyFile(picture.file, path.join(folder, `${name}.svg`));
          bytes += (await stat(picture.file)).size;
          copied++;
        }
        logger.info(`Copied ${copied} easy-read pictures (${Math.round(bytes / 1024)} KB) from OpenMoji into ${PICTURES_FOLDER}/`);
      },
    },
  };
}
