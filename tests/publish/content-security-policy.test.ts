import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { REPOSITORY_ROOT } from '../helpers/fixture-site.ts';
import { CONTENT_SECURITY_POLICY_HEADER, CONTENT_SECURITY_POLICY_META } from '#src/publish/content-security-policy.ts';
import { localMainConfig, localSiteConfig, NGINX_SITE_CONFIG } from '#src/publish/nginx-config.ts';

const siteConfig = await readFile(path.join(REPOSITORY_ROOT, NGINX_SITE_CONFIG), 'utf8');

function directives(policy: string): Map<string, string> {
  return new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name!, values.join(' ')]));
}

test('deploy/nginx.conf sends exactly the policy every page carries, plus frame-ancestors', () => {
  const sent = [...siteConfig.matchAll(/add_header Content-Security-Policy "([^"]*)" always;/g)].map((match) => match[1]);
  assert.deepEqual(sent, [CONTENT_SECURITY_POLICY_HEADER]);
  const header = directives(CONTENT_SECURITY_POLICY_HEADER);
  const meta = directives(CONTENT_SECURITY_POLICY_META);
  assert.equal(header.get('frame-ancestors'), "'none'");
  assert.equal(meta.has('frame-ancestors'), false, 'a meta tag cannot carry frame-ancestors');
  header.delete('frame-ancestors');
  assert.deepEqual(meta, header);
});

test('the policy is strict: only the site itself, no inline code, WebAssembly for search and no plug-ins', () => {
  const policy = directives(CONTENT_SECURITY_POLICY_HEADER);
  assert.equal(policy.get('default-src'), "'self'");
  assert.equal(policy.get('script-src'), "'self' 'wasm-unsafe-eval'");
  assert.equal(policy.get('style-src'), "'self'");
  assert.equal(policy.get('form-action'), "'self'");
  assert.equal(policy.get('base-uri'), "'self'");
  assert.equal(policy.get('object-src'), "'none'");
  assert.doesNotMatch(CONTENT_SECURITY_POLICY_HEADER, /unsafe-inline|'unsafe-eval'|\*|data:|https?:/);
});

test('every header sits in the server block, so no location can drop them', () => {
  const locations = siteConfig.split(/\n\s*location /).slice(1);
  assert.ok(locations.length > 0);
  for (const location of locations) assert.doesNotMatch(location, /add_header/);
});

test('a local run changes only the address and the folder of the shipped configuration', () => {
  const serving = { siteConfig, distDir: '/tmp/site "one"/dist', host: '127.0.0.1', port: 8123, workDir: '/tmp/work', brotliModule: undefined };
  const local = localSiteConfig(serving);
  assert.match(local, /listen 127\.0\.0\.1:8123;/);
  assert.match(local, /root "\/tmp\/site \\"one\\"\/dist";/);
  assert.doesNotMatch(local, /listen (\[::\]:)?80;|root \/var\/www/);
  assert.equal(local.split('\n').filter((line) => !siteConfig.includes(line)).length, 2);
  assert.doesNotMatch(localMainConfig(serving), /load_module/);
  assert.match(localMainConfig({ ...serving, brotliModule: '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so' }), /^load_module "\/usr\/lib\/nginx\/modules\/ngx_http_brotli_static_module\.so";/);
  assert.throws(() => localSiteConfig({ ...serving, siteConfig: siteConfig.replace('listen 80;', 'listen 8080;') }), /no longer has the line "listen 80;"/);
});
