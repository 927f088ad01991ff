import { parentPort, workerData } from 'node:worker_threads';
import { createTypstCompiler, makePdf, type PdfMade, type SuppliedFile } from './typst-pdf.ts';

/** What a worker is started with, and what it is sent and answers for each PDF (see pdf-compiler.ts). */
export interface WorkerSetup { root: string; fontFiles: string[] }
export interface WorkerJob { index: number; source: string; files: readonly SuppliedFile[] }
export type WorkerAnswer = PdfMade & { index: number };

const setup = workerData as WorkerSetup;
const compiler = createTypstCompiler(setup.root, setup.fontFiles);
parentPort!.on('message', (job: WorkerJob) => {
  const answer: WorkerAnswer = { index: job.index, ...makePdf(compiler, job.source, job.files) };
  parentPort!.postMessage(answer);
});
