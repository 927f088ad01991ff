import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompressFiles } from '#src/publish/precompress-files.ts';

const PAGE = `<!doctype html><title>Pay</title>${'<p>All staff are paid on the last working day of the month.</p>'.repeat(50)}`;

test('each page gets Brotli and gzip copies that unpack to it; what does not shrink, or cannot, gets none', async () => {
  const site = await mkdtemp(path.join(tmpdir(), 'policy-precompress-'));
  await mkdir(path.join(site, 'policies/pay'), { recursive: true });
  await writeFile(path.join(site, 'policies/pay/index.html'), PAGE);
  await writeFile(path.join(site, 'tiny.json'), '{}');
  await writeFile(path.join(site, 'policies/pay/pay-policy.pdf'), PAGE);
  const result = await precompressFiles(site);
  assert.equal(result.files, 1);
  assert.equal(brotliDecompressSync(await readFile(path.join(site, 'policies/pay/index.html.br'))).toString(), PAGE);
  assert.equal(gunzipSync(await readFile(path.join(site, 'policies/pay/index.html.gz'))).toString(), PAGE);
  assert.deepEqual((await readdir(site)).sort(), ['policies', 'tiny.json'], 'a file that would grow is left alone');
  assert.deepEqual((await readdir(path.join(site, 'policies/pay'))).sort(), ['index.html', 'index.html.br', 'index.html.gz', 'pay-policy.pdf']);
});

test('with a cache, a file compressed before is copied, not compressed again, and copies no page needs are dropped', async () => {
  const cache = await mkdtemp(path.join(tmpdir(), 'policy-precompress-cache-'));
  const build = async (pages: Record<string, string>) => {
    const site = await mkdtemp(path.join(tmpdir(), 'policy-precompress-site-'));
    for (const [file, text] of Object.entries(pages)) await writeFile(path.join(site, file), text);
    return { site, result: await precompressFiles(site, cache) };
  };
  const first = await build({ 'a.html': PAGE, 'b.html': `${PAGE}<p>B</p>` });
  assert.equal(first.result.reused, 0);
  assert.equal((await readdir(cache)).length, 4);
  const second = await build({ 'a.html': PAGE, 'b.html': `${PAGE}<p>B, changed</p>` });
  assert.equal(second.result.reused, 1, 'the unchanged page is copied from the cache');
  assert.equal(brotliDecompressSync(await readFile(path.join(second.site, 'a.html.br'))).toString(), PAGE);
  assert.equal(brotliDecompressSync(await readFile(path.join(second.site, 'b.html.br'))).toString(), `${PAGE}<p>B, changed</p>`);
  assert.equal((await readdir(cache)).length, 4, 'the old copies of the changed page are gone');
});
