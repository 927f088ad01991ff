import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Files a web server can send compressed. Pictures, fonts and PDFs are compressed inside already,
 * and Pagefind's index files and WebAssembly are gzipped by Pagefind itself (the server says so: see
 * isGzippedIndexFile); trying them would only find that they do not shrink, so they are left out to keep the build quick.
 */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.ics', '.svg', '.txt', '.wasm']);

export function isCompressible(file: string): boolean {
  return COMPRESSIBLE.has(path.extname(file).toLowerCase());
}

export interface PrecompressResult {
  files: number;
  /** Files whose compressed copies were taken from the cache, because the same bytes were compressed before. */
  reused: number;
  /** Bytes of the files that were compressed, and of their .br copies. */
  plainBytes: number;
  brotliBytes: number;
}

const BROTLI_QUALITY = 7;

/** How many files are compressed at once: enough to keep libuv's thread pool busy without holding the whole site in memory. */
const AT_ONCE = 16;

/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible file in `siteDir`, each only when it
 * is smaller than the file itself, so a server that prefers a compressed copy never sends more bytes.
 * With a `cacheDir`, copies are kept there under a hash of the file's bytes, so a file that has not
 * changed since the last build (most of them, after one edit) is copied rather than compressed again;
 * copies no file needs any more are removed.
 * Brotli's quality 7, not its highest (11): on this site's pages 11 saved 2% more bytes for 40 times
 * the work, which on a library of hundreds of policies would add minutes to every build.
 */
export async function precompressFiles(siteDir: string, cacheDir?: string): Promise<PrecompressResult> {
  const files: string[] = [];
  for (const entry of await readdir(siteDir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && isCompressible(entry.name)) files.push(path.join(entry.parentPath, entry.name));
  }
  const result: PrecompressResult = { files: 0, reused: 0, plainBytes: 0, brotliBytes: 0 };
  const kept = new Set<string>();
  if (cacheDir) await mkdir(cacheDir, { recursive: true });
  const compressOne = async (file: string) => {
    const plain = await readFile(file);
    const key = createHash('sha256').update(`${BROTLI_QUALITY}\0`).update(plain).digest('hex');
    const cached = cacheDir ? await cachedCopies(cacheDir, key) : undefined;
    const [br, gz] = cached ?? await Promise.all([
      brotli(plain, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: plain.length } }),
      gzipAsync(plain, { level: constants.Z_BEST_COMPRESSION }),
    ]);
    if (cacheDir) {
      kept.add(`${key}.br`).add(`${key}.gz`);
      if (!cached) await Promise.all([writeFile(path.join(cacheDir, `${key}.br`), br), writeFile(path.join(cacheDir, `${key}.gz`), gz)]);
    }
    if (br.length < plain.length) {
      await writeFile(`${file}.br`, br);
      result.files += 1;
      if (cached) result.reused += 1;
      result.plainBytes += plain.length;
      result.brotliBytes += br.length;
    }
    if (gz.length < plain.length) await writeFile(`${file}.gz`, gz);
  };
  for (let start = 0; start < files.length; start += AT_ONCE) {
    await Promise.all(files.slice(start, start + AT_ONCE).map(compressOne));
  }
  if (cacheDir) {
    for (const name of await readdir(cacheDir)) if (!kept.has(name)) await rm(path.join(cacheDir, name), { force: true });
  }
  return result;
}

async function cachedCopies(cacheDir: string, key: string): Promise<[Buffer, Buffer] | undefined> {
  const [br, gz] = await Promise.all([readFile(path.join(cacheDir, `${key}.br`)).catch(() => undefined), readFile(path.join(cacheDir, `${key}.gz`)).catch(() => undefined)]);
  return br && gz ? [br, gz] : undefined;
}
