import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Everything a PDF is made from. The Typst source holds the text, the template, the date and the address. */
export interface PdfInputs {
  source: string;
  /** The bytes of each picture the source shows, in the order it names them. */
  pictures: readonly Uint8Array[];
  fonts: readonly Uint8Array[];
}

const COMPILER_PACKAGE = '@myriaddreamin/typst-ts-node-compiler';

/** A hash of everything that makes a PDF, and of the compiler that makes it: an unchanged policy is not compiled again. */
export function pdfCacheKey(inputs: PdfInputs, compilerVersion = typstCompilerVersion()): string {
  const hash = createHash('sha256');
  const add = (part: string | Uint8Array) => {
    hash.update(String(typeof part === 'string' ? Buffer.byteLength(part) : part.byteLength));
    hash.update(':');
    hash.update(part);
  };
  add(compilerVersion);
  for (const font of inputs.fonts) add(font);
  for (const picture of inputs.pictures) add(picture);
  add(inputs.source);
  return hash.digest('hex');
}

export function typstCompilerVersion(): string {
  const manifest = createRequire(import.meta.url)(`${COMPILER_PACKAGE}/package.json`) as { version: string };
  return `${COMPILER_PACKAGE}@${manifest.version}`;
}

export interface MadePdf { pdf: Uint8Array; pages: number }

/** A PDF in the cache: where it is, how big, and how many pages. Its bytes stay on disk until they are copied out. */
export interface CachedPdf { file: string; bytes: number; pages: number }

/**
 * PDFs from the last build, by key, in Astro's cache folder (node_modules/.astro). After each build
 * only that build's PDFs are kept, so the folder never grows beyond one copy of the site's PDFs.
 */
export class PdfCache {
  readonly #folder: string;

  constructor(folder: string) {
    this.#folder = folder;
  }

  async get(key: string): Promise<CachedPdf | undefined> {
    const file = path.join(this.#folder, `${key}.pdf`);
    const [size, pages] = await Promise.all([
      stat(file).then((found) => found.size, () => undefined),
      readFile(path.join(this.#folder, `${key}.pages`), 'utf8').catch(() => undefined),
    ]);
    const count = Number(pages);
    return size && Number.isInteger(count) && count > 0 ? { file, bytes: size, pages: count } : undefined;
  }

  async set(key: string, made: MadePdf): Promise<CachedPdf> {
    await mkdir(this.#folder, { recursive: true });
    await this.#write(`${key}.pdf`, made.pdf);
    await this.#write(`${key}.pages`, String(made.pages));
    return { file: path.join(this.#folder, `${key}.pdf`), bytes: made.pdf.byteLength, pages: made.pages };
  }

  /** Written beside, then renamed: another build reading the cache at the same time never sees half a file. */
  async #write(name: string, contents: Uint8Array | string): Promise<void> {
    const temporary = path.join(this.#folder, `.${name}.${process.pid}.${randomUUID()}`);
    await writeFile(temporary, contents);
    await rename(temporary, path.join(this.#folder, name));
  }

  /** Removes every PDF this build did not use. */
  async keepOnly(keys: ReadonlySet<string>): Promise<void> {
    const files = await readdir(this.#folder).catch(() => [] as string[]);
    const stale = files.filter((file) => !file.startsWith('.') && !keys.has(file.replace(/\.(pdf|pages)$/, '')));
    await Promise.all(stale.map((file) => rm(path.join(this.#folder, file), { force: true })));
  }
}
