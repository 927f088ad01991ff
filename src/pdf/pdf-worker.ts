import { createTypstCompiler, makePdf, type PdfMade, type SuppliedFile } from './typst-pdf.ts';

/** What a PDF process is started with, and what it is sent and answers for each PDF (see pdf-compiler.ts). */
export interface WorkerSetup { root: string; fontFiles: string[] }
export interface WorkerJob { index: number; source: string; files: readonly SuppliedFile[] }
export type WorkerAnswer = PdfMade & { index: number };

const setup = JSON.parse(process.argv[2] ?? '{}') as WorkerSetup;
const compiler = createTypstCompiler(setup.root, setup.fontFiles);
process.on('message', (job: WorkerJob) => {
  const answer: WorkerAnswer = { index: job.index, ...makePdf(compiler, job.source, job.files) };
  process.send!(answer);
});
// The build closes the channel when every PDF is made; the process then has nothing left to wait for and ends.
process.on('disconnect', () => process.exit(0));
