/**
 * npm run serve:nginx
 * Serves dist/ with deploy/nginx.conf, as a trust's own server would: its headers, its compressed
 * copies and its 404 page. PORT chooses the port (8080 by default), HOST the address (127.0.0.1,
 * this machine only). Runs in the foreground until Ctrl+C.
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import { startNginx } from './nginx-server.ts';

async function main(): Promise<void> {
  const root = process.cwd();
  const distDir = path.join(root, 'dist');
  if (!(await access(path.join(distDir, 'index.html')).then(() => true, () => false))) {
    throw new Error('There is no built site in dist/. Run npm run build first.');
  }
  const port = Number(process.env['PORT'] ?? 8080);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`PORT: "${process.env['PORT']}" is not a port number. Write it like PORT=8080.`);
  }
  const server = await startNginx({ root, distDir, port, host: process.env['HOST'] ?? '127.0.0.1' });
  const compression = server.brotli ? 'Brotli and gzip' : 'gzip (install libnginx-mod-http-brotli-static for Brotli)';
  console.log(`Serving dist/ with deploy/nginx.conf at ${server.url} (compressed with ${compression}). Press Ctrl+C to stop.`);
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
