import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

/** A PDF, or what Typst said when it could not make one. */
export type PdfMade = { ok: true; pdf: Uint8Array; pages: number } | { ok: false; errors: string[] };

/** A file handed to Typst in memory (an easy-read picture from node_modules), at a path under its root such as "/.easy-read-pictures/bus.svg". */
export interface SuppliedFile { path: string; bytes: Uint8Array }

/** A compiler, the folder it reads under, and the paths of the files already handed to it. */
export interface TypstCompiler { compiler: NodeCompiler; root: string; supplied: Set<string> }

/**
 * One Typst compiler with the fonts loaded once, reused for every PDF. Files a document reads
 * (pictures) are found under `root`, the policies folder; Typst cannot read outside it.
 */
export function createTypstCompiler(root: string, fontFiles: readonly string[]): TypstCompiler {
  const compiler = NodeCompiler.create({ workspace: root, fontArgs: [{ fontBlobs: fontFiles.map((file) => readFileSync(file)) }] });
  return { compiler, root, supplied: new Set() };
}

/**
 * Compiles a Typst document into a tagged PDF/UA-1 file; Typst refuses one without a title or alt text.
 * Supplied files are mapped into Typst's view of its root without touching the disk. A path always
 * holds the same picture, so each stays mapped for the next PDF, which reuses Typst's reading of it.
 */
export function makePdf({ compiler, root, supplied }: TypstCompiler, source: string, files: readonly SuppliedFile[] = []): PdfMade {
  for (const file of files) {
    if (supplied.has(file.path)) continue;
    compiler.mapShadow(path.join(root, file.path), Buffer.from(file.bytes));
    supplied.add(file.path);
  }
  try {
    const compiled = compiler.compile({ mainFileContent: source });
    const error = compiled.takeError();
    const document = compiled.result;
    if (error || !document) return { ok: false, errors: diagnosticMessages(error?.shortDiagnostics ?? []) };
    const pdf = compiler.pdf(document, { pdfStandard: 'ua-1' });
    return { ok: true, pdf: new Uint8Array(pdf), pages: document.numOfPages };
  } catch (error) {
    return { ok: false, errors: exportMessages(error instanceof Error ? error.message : String(error)) };
  } finally {
    // Typst keeps every result it has seen; hundreds of policies would otherwise pile up in memory.
    compiler.evictCache(10);
  }
}

function diagnosticMessages(diagnostics: readonly unknown[]): string[] {
  const messages = diagnostics.map((diagnostic) => String((diagnostic as { message?: unknown }).message ?? diagnostic));
  return messages.length > 0 ? messages : ['Typst gave no reason'];
}

/** PDF export errors arrive as Rust's debug text: [SourceDiagnostic { …, message: "…", … }]. */
export function exportMessages(text: string): string[] {
  const messages = [...text.matchAll(/message: "((?:[^"\\]|\\.)*)"/g)].map((match) => unescapeRust(match[1]!));
  return messages.length > 0 ? messages : [text];
}

function unescapeRust(value: string): string {
  return value.replace(/\\(u\{([0-9a-fA-F]+)\}|.)/g, (_, escape: string, hex: string | undefined) => {
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    return ({ n: '\n', r: '\r', t: '\t', '0': '\0' } as Record<string, string>)[escape] ?? escape;
  });
}
