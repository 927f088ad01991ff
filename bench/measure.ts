import { spawn } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

export interface TimedRun {
  code: number;
  seconds: number;
  /** Highest memory the build's processes used together (resident set, MB), sampled every 100 ms. */
  peakMemoryMb: number;
  output: string;
}

async function treeRss(pid: number): Promise<number> {
  let total = 0;
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  const children = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
  for (const child of children.split(/\s+/).filter(Boolean)) total += await treeRss(Number(child));
  return total;
}

/** Runs a command, timing it and sampling the memory of it and every process it starts. */
export function timedRun(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<TimedRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
    let output = '';
    let peakKb = 0;
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const sampler = setInterval(() => {
      if (child.pid) void treeRss(child.pid).then((kb) => (peakKb = Math.max(peakKb, kb)));
    }, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({ code: code ?? 1, seconds: (performance.now() - start) / 1000, peakMemoryMb: Math.round(peakKb / 1024), output });
    });
  });
}

export interface OutputSizes {
  pages: number;
  htmlPerPageKb: number;
  cssKb: number;
  /** Script bytes a policy page loads (inline and linked). */
  policyPageJsKb: number;
  searchIndexKb: number;
  pdfs: number;
  pdfTotalMb: number;
}

async function files(dir: string): Promise<{ file: string; size: number }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return Promise.all(entries.filter((entry) => entry.isFile()).map(async (entry) => {
    const file = path.join(entry.parentPath, entry.name);
    return { file, size: (await stat(file)).size };
  }));
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

export async function outputSizes(distDir: string, samplePolicyPage?: string): Promise<OutputSizes> {
  const all = await files(distDir);
  const html = all.filter(({ file }) => file.endsWith('.html'));
  const css = all.filter(({ file }) => file.endsWith('.css'));
  const pdf = all.filter(({ file }) => file.endsWith('.pdf'));
  const search = all.filter(({ file }) => file.includes(`${path.sep}pagefind${path.sep}`));
  let js = 0;
  if (samplePolicyPage) {
    const page = await readFile(path.join(distDir, samplePolicyPage), 'utf8').catch(() => '');
    for (const match of page.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) js += Buffer.byteLength(match[1] ?? '');
    for (const match of page.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)) {
      js += (await stat(path.join(distDir, match[1]!.replace(/^\/+/, ''))).catch(() => ({ size: 0 }))).size;
    }
  }
  const sum = (list: { size: number }[]) => list.reduce((total, { size }) => total + size, 0);
  return {
    pages: html.length,
    htmlPerPageKb: html.length ? kb(sum(html) / html.length) : 0,
    cssKb: kb(sum(css)),
    policyPageJsKb: kb(js),
    searchIndexKb: kb(sum(search)),
    pdfs: pdf.length,
    pdfTotalMb: Math.round((sum(pdf) / 1024 / 1024) * 10) / 10,
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
