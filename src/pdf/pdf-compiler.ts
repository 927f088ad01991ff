import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
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

const WORKER = fileURLToPath(new URL('./pdf-worker.ts', import.meta.url));

/**
 * Compiles Typst documents into PDFs, in the order given. Typst compiles synchronously, so the work
 * is shared between child processes, one per core, each with one compiler and the fonts loaded once,
 * reused for every PDF it makes. A process takes the next document as soon as it finishes one.
 * Processes rather than worker threads: what Typst allocates goes back to the system when each one
 * exits, where threads left about 0.4 GB in the build's own process for the rest of the build.
 */
export async function compilePdfs(jobs: readonly PdfJob[], options: PdfCompilerOptions): Promise<PdfMade[]> {
  if (jobs.length === 0) return [];
  const count = Math.max(1, Math.min(options.threads ?? availableParallelism(), jobs.length));
  const setup: WorkerSetup = { root: options.root, fontFiles: options.fontFiles };
  const results: PdfMade[] = [];
  let next = 0;
  const workers: ChildProcess[] = Array.from({ length: count }, () =>
    fork(WORKER, [JSON.stringify(setup)], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  try {
    await Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
      let finished = false;
      const sendNext = () => {
        if (next >= jobs.length) {
          finished = true;
          return resolve();
        }
        const job: WorkerJob = { index: next, ...jobs[next]! };
        next++;
        worker.send(job);
      };
      worker.on('message', ({ index, ...made }: WorkerAnswer) => {
        results[index] = made;
        sendNext();
      });
      worker.on('error', reject);
      worker.on('exit', (code, signal) => {
        if (!finished) reject(new Error(`The PDF maker stopped before it finished (${signal ? `signal ${signal}` : `exit code ${code}`}).`));
      });
      sendNext();
    })));
  } finally {
    for (const worker of workers) if (worker.connected) worker.disconnect();
  }
  return results;
}
