import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { WorkerAnswer, WorkerJob, WorkerSetup } from './pdf-worker.ts';
import type { PdfMade, SuppliedFile } from './typst-pdf.ts';

/** One document to compile, and the files it reads that are not on disk under the root. */
export interface PdfJob { source: string; files: readonly SuppliedFile[] }

export interface PdfCompilerOptions {
  /** The folder Typst may read pictures from: the policies folder. */
  root: string;
  fontFiles: string[];
  /** At most this many PDFs at once; one per core by default. */
  threads?: number;
}

/**
 * Compiles Typst documents into PDFs, in the order given. Typst compiles synchronously, so the work
 * is shared between worker threads, one per core, each with one compiler and the fonts loaded once,
 * reused for every PDF it makes. A worker takes the next document as soon as it finishes one.
 */
export async function compilePdfs(jobs: readonly PdfJob[], options: PdfCompilerOptions): Promise<PdfMade[]> {
  if (jobs.length === 0) return [];
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), jobs.length));
  const setup: WorkerSetup = { root: options.root, fontFiles: options.fontFiles };
  const results: PdfMade[] = [];
  let next = 0;
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./pdf-worker.ts', import.meta.url), { workerData: setup }));
  try {
    await Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
      const sendNext = () => {
        if (next >= jobs.length) return resolve();
        const job: WorkerJob = { index: next, ...jobs[next]! };
        next++;
        worker.postMessage(job);
      };
      worker.on('message', ({ index, ...made }: WorkerAnswer) => {
        results[index] = made;
        sendNext();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`The PDF maker stopped before it finished (exit code ${code}).`)));
      sendNext();
    })));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
