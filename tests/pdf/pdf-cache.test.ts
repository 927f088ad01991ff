import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PdfCache, pdfCacheKey } from '#src/pdf/pdf-cache.ts';

const inputs = { source: '= Policy', pictures: [new Uint8Array([1, 2])], fonts: [new Uint8Array([3])] };

test('a PDF is made again when its text, a picture, a font or the compiler changes, and only then', () => {
  const key = pdfCacheKey(inputs, 'typst@1');
  assert.equal(pdfCacheKey({ ...inputs }, 'typst@1'), key);
  assert.notEqual(pdfCacheKey({ ...inputs, source: '= Policy.' }, 'typst@1'), key);
  assert.notEqual(pdfCacheKey({ ...inputs, pictures: [new Uint8Array([1, 3])] }, 'typst@1'), key);
  assert.notEqual(pdfCacheKey({ ...inputs, fonts: [new Uint8Array([4])] }, 'typst@1'), key);
  assert.notEqual(pdfCacheKey(inputs, 'typst@2'), key);
  // Parts are length-prefixed, so moving bytes from one part to the next is a change too.
  assert.notEqual(pdfCacheKey({ ...inputs, pictures: [new Uint8Array([1]), new Uint8Array([2])] }, 'typst@1'), key);
});

test('the cache gives back what was stored, and keeps only the last build\'s PDFs', async () => {
  const cache = new PdfCache(path.join(await mkdtemp(path.join(tmpdir(), 'pdf-cache-')), 'policy-pdfs'));
  assert.equal(await cache.get('a'), undefined);
  await cache.set('a', { pdf: new Uint8Array([37, 80, 68, 70]), pages: 3 });
  await cache.set('b', { pdf: new Uint8Array([1]), pages: 1 });
  const found = await cache.get('a');
  assert.deepEqual({ bytes: found?.bytes, pages: found?.pages }, { bytes: 4, pages: 3 });
  assert.deepEqual(new Uint8Array(await readFile(found!.file)), new Uint8Array([37, 80, 68, 70]));
  await cache.keepOnly(new Set(['a']));
  assert.equal(await cache.get('b'), undefined);
  assert.ok(await cache.get('a'));
});
