import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { access, constants, copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { BROTLI_INCLUDE_FOLDER, localMainConfig, localSiteConfig, NGINX_BROTLI_CONFIG, NGINX_SITE_CONFIG } from './nginx-config.ts';

const run = promisify(execFile);

export const INSTALL_NGINX = 'Install it with: sudo apt-get install nginx libnginx-mod-http-brotli-static (Debian or Ubuntu).';

/** Debian puts nginx in /usr/sbin, which is not on an ordinary user's PATH. */
const NGINX_CANDIDATES = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/bin/nginx', '/usr/bin/nginx'];
const BROTLI_MODULE = 'ngx_http_brotli_static_module.so';

export async function findNginx(): Promise<string> {
  for (const candidate of NGINX_CANDIDATES) {
    if (await access(candidate, constants.X_OK).then(() => true, () => false)) return candidate;
  }
  const onPath = await run('sh', ['-c', 'command -v nginx']).then(({ stdout }) => stdout.trim(), () => '');
  if (onPath) return onPath;
  throw new Error(`nginx is not installed, so the site cannot be served with deploy/nginx.conf. ${INSTALL_NGINX}`);
}

/** The Brotli module where Debian's libnginx-mod-http-brotli-static put it, or undefined. */
export async function findBrotliModule(nginx: string): Promise<string | undefined> {
  // nginx -V prints how it was built, including where its modules live.
  const { stderr } = await run(nginx, ['-V']);
  const modulesDir = /--modules-path=(\S+)/.exec(stderr)?.[1] ?? '/usr/lib/nginx/modules';
  const module = path.join(modulesDir, BROTLI_MODULE);
  return access(module).then(() => module, () => undefined);
}

export interface RunningNginx {
  /** e.g. http://127.0.0.1:8080/ */
  url: string;
  brotli: boolean;
  process: ChildProcess;
  /** Everything nginx wrote to stderr so far: its warnings and errors. */
  output(): string;
  stop(): Promise<void>;
}

export interface NginxOptions {
  /** The repository root, where deploy/ is. */
  root: string;
  distDir: string;
  port: number;
  host?: string;
  /** false serves without the Brotli module even where it is installed, as a server without it would. */
  brotli?: boolean;
  /** The site's base path, e.g. /staff-policies/: the site is served there, as it was built to be. "/" by default. */
  base?: string;
}

export class PortInUseError extends Error {}

/**
 * Starts nginx in the foreground with deploy/nginx.conf serving `distDir`, from a temporary folder
 * holding its configuration and files, and resolves once it answers on the port.
 */
export async function startNginx(options: NginxOptions): Promise<RunningNginx> {
  const nginx = await findNginx();
  const brotliModule = options.brotli === false ? undefined : await findBrotliModule(nginx);
  const host = options.host ?? '127.0.0.1';
  // Another program on the port would answer for nginx, which would then stop, unnoticed until then.
  if (!(await portIsFree(host, options.port))) throw new PortInUseError(`Port ${options.port} on ${host} is already in use by another program.`);
  const workDir = await mkdtemp(path.join(tmpdir(), 'policy-site-nginx-'));
  const base = options.base ?? '/';
  const serving = {
    siteConfig: await readFile(path.join(options.root, NGINX_SITE_CONFIG), 'utf8'),
    distDir: base === '/' ? path.resolve(options.distDir) : await underBasePath(workDir, path.resolve(options.distDir), base),
    host,
    port: options.port,
    workDir,
    brotliModule,
  };
  await writeFile(path.join(workDir, 'policy-site.conf'), localSiteConfig(serving));
  await writeFile(path.join(workDir, 'nginx.conf'), localMainConfig(serving));
  if (brotliModule) {
    await mkdir(path.join(workDir, BROTLI_INCLUDE_FOLDER));
    await copyFile(path.join(options.root, NGINX_BROTLI_CONFIG), path.join(workDir, BROTLI_INCLUDE_FOLDER, 'brotli.conf'));
  }
  // -p and -c keep nginx inside the work folder; -e stops it opening /var/log/nginx/error.log first.
  const child = spawn(nginx, ['-p', workDir, '-c', path.join(workDir, 'nginx.conf'), '-e', 'stderr'], { stdio: ['ignore', 'inherit', 'pipe'] });
  let output = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    process.stderr.write(chunk);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGQUIT');
      await exited;
    }
    await rm(workDir, { recursive: true, force: true });
  };
  const started = await Promise.race([waitForPort(host, options.port).then(() => true), exited.then(() => false)]);
  if (!started) {
    await stop();
    throw new Error(`nginx did not start with ${NGINX_SITE_CONFIG}:\n${output.trim()}`);
  }
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return { url: `http://${shownHost}:${options.port}${base}`, brotli: brotliModule !== undefined, process: child, output: () => output, stop };
}

/**
 * A folder in which the built site is at its base path, as a trust's server puts it: the site's links all
 * start with the base path. The 404 page stays at the top, where deploy/nginx.conf looks for it.
 */
async function underBasePath(workDir: string, distDir: string, base: string): Promise<string> {
  const top = path.join(workDir, 'site');
  const at = path.join(top, ...base.split('/').filter(Boolean));
  await mkdir(path.dirname(at), { recursive: true });
  await symlink(distDir, at, 'dir');
  await symlink(path.join(distDir, '404.html'), path.join(top, '404.html'));
  return top;
}

function portIsFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

async function waitForPort(host: string, port: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host, port });
      socket.once('connect', () => { socket.destroy(); resolve(true); });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nginx started but nothing answered on ${host}:${port} within 5 seconds.`);
}
