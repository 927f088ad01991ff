import path from 'node:path';

/** Where the shipped configuration lives, from the repository root. */
export const NGINX_SITE_CONFIG = 'deploy/nginx.conf';
export const NGINX_BROTLI_CONFIG = 'deploy/brotli.conf';
/** deploy/nginx.conf includes brotli.conf from this folder, beside nginx's own configuration. */
export const BROTLI_INCLUDE_FOLDER = 'policy-site';

export interface LocalServing {
  /** The text of deploy/nginx.conf. */
  siteConfig: string;
  /** The built site, an absolute path. */
  distDir: string;
  host: string;
  port: number;
  /** A folder nginx may write to: its configuration, pid file and temporary files go here. */
  workDir: string;
  /** The Brotli module's file, or undefined where it is not installed. */
  brotliModule: string | undefined;
}

/** The shipped lines a local run changes: the port and the folder, nothing else. */
const LISTEN_IPV4 = 'listen 80;';
const LISTEN_IPV6 = 'listen [::]:80;';
const ROOT = 'root /var/www/policy-site;';

/**
 * deploy/nginx.conf made to run from a folder of one's own, as a person without root would: it listens
 * on the given address and serves the given folder, and every other line is the shipped one, so the
 * tests and `npm run serve:nginx` exercise what a trust installs.
 */
export function localSiteConfig(serving: LocalServing): string {
  for (const line of [LISTEN_IPV4, LISTEN_IPV6, ROOT]) {
    if (!serving.siteConfig.includes(line)) {
      throw new Error(`${NGINX_SITE_CONFIG} no longer has the line "${line}", which npm run serve:nginx replaces to run it locally. Put it back, or change src/publish/nginx-config.ts to match.`);
    }
  }
  return serving.siteConfig
    .split('\n')
    .filter((line) => line.trim() !== LISTEN_IPV6)
    .join('\n')
    .replace(LISTEN_IPV4, `listen ${serving.host}:${serving.port};`)
    .replace(ROOT, `root ${quoted(serving.distDir)};`);
}

/**
 * The main configuration around it. Debian's own (/etc/nginx/nginx.conf) expects root: it writes to
 * /var/lib/nginx and /run. This one keeps everything in the work folder and runs in the foreground as
 * one process, so it needs no privileges and stops with Ctrl+C.
 */
export function localMainConfig(serving: LocalServing): string {
  const inWork = (name: string) => quoted(path.join(serving.workDir, name));
  return [
    ...(serving.brotliModule ? [`load_module ${quoted(serving.brotliModule)};`] : []),
    'daemon off;',
    'master_process off;',
    `pid ${inWork('nginx.pid')};`,
    'error_log stderr warn;',
    'events { worker_connections 256; }',
    'http {',
    '    access_log off;',
    '    sendfile on;',
    `    client_body_temp_path ${inWork('client-body')};`,
    `    proxy_temp_path ${inWork('proxy')};`,
    `    fastcgi_temp_path ${inWork('fastcgi')};`,
    `    uwsgi_temp_path ${inWork('uwsgi')};`,
    `    scgi_temp_path ${inWork('scgi')};`,
    `    include ${inWork('policy-site.conf')};`,
    '}',
    '',
  ].join('\n');
}

function quoted(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}
