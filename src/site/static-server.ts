import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { isGzippedIndexFile } from '#src/search/search-index-files.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml',
  '.json': 'application/json', '.pdf': 'application/pdf', '.ics': 'text/calendar', '.xml': 'application/xml',
  '.png': 'image/png', '.woff2': 'font/woff2', '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream',
};

export interface StaticSite {
  /** e.g. http://127.0.0.1:40123/policies-site/ */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/** Serves a built site under its base path, as a plain web server on an intranet would (404.html for misses), and Pagefind's gzipped files as gzip. */
export async function serveStatic(distDir: string, base = '/'): Promise<StaticSite> {
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const notFound = async () => {
      const page = await readFile(path.join(distDir, '404.html')).catch(() => Buffer.from('Not found'));
      response.writeHead(404, { 'content-type': TYPES['.html']! }).end(page);
    };
    if (!pathname.startsWith(base)) return notFound();
    let file = path.join(distDir, pathname.slice(base.length));
    if (!file.startsWith(distDir)) return notFound();
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { location: `${pathname}/` }).end();
        return;
      }
      file = path.join(file, 'index.html');
    }
    const body = await readFile(file).catch(() => undefined);
    if (!body) return notFound();
    const headers: Record<string, string> = { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' };
    // As deploy/nginx.conf does, so what is measured here is what a trust's server gives.
    if (isGzippedIndexFile(file)) headers['content-encoding'] = 'gzip';
    response.writeHead(200, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
