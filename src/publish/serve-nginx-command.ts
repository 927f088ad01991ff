/**
 * npm run serve:nginx
 * Serves dist/ with deploy/nginx.conf, as a trust's own server would: its headers, its compressed
 * copies and its 404 page. PORT chooses the port (8080 by default), HOST the address (127.0.0.1,
 * this machine only). A site built with a base path is served at it. Runs in the foreground until Ctrl+C.
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import { readArguments } from '#src/site/command-arguments.ts';
import { readSiteConfig } from '#src/site/site-config.ts';
import { PortInUseError, startNginx } from './nginx-server.ts';

const USAGE = 'Usage: [PORT=8080] [HOST=127.0.0.1] npm run serve:nginx\nServes the built site in dist/ with deploy/nginx.conf, as a trust\'s server would, until Ctrl+C.';

async function main(): Promise<void> {
  if (readArguments({ options: { help: { type: 'boolean', short: 'h' } } }, USAGE).values.help) {
    console.log(USAGE);
    return;
  }
  const root = process.cwd();
  const distDir = path.join(root, 'dist');
  if (!(await access(path.join(distDir, 'index.html')).then(() => true, () => false))) {
    throw new Error('There is no built site in dist/. Run npm run build first.');
  }
  const port = Number(process.env['PORT'] ?? 8080);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`PORT: "${process.env['PORT']}" is not a port number. Write it like PORT=8080.`);
  }
  const { base } = readSiteConfig(process.env, root);
  const server = await startNginx({ root, distDir, port, base, host: process.env['HOST'] ?? '127.0.0.1' }).catch((error: unknown) => {
    throw error instanceof PortInUseError ? new Error(`${error.message} Stop it, or choose another port, e.g. PORT=${port === 8080 ? 8081 : 8080} npm run serve:nginx.`) : error;
  });
  const compression = server.brotli ? 'Brotli and gzip' : 'gzip (install libnginx-mod-http-brotli-static for Brotli)';
  const at = base === '/' ? '' : `, at the site's base path ${base}`;
  console.log(`Serving dist/ with deploy/nginx.conf at ${server.url}${at} (compressed with ${compression}). Press Ctrl+C to stop.`);
  let stopping = false;
  const stop = () => {
    stopping = true;
    void server.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  server.process.once('exit', (code) => {
    if (stopping) return;
    console.error(`nginx stopped by itself (exit code ${code}); its messages are above.`);
    process.exit(1);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
