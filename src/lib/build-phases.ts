import { performance } from 'node:perf_hooks';

/*
 * How long each part of a build took, for the benchmark. Integrations in the same build process
 * record into this one registry; the build report integration writes it out at the end.
 */
const phases = new Map<string, number>();

export function recordPhase(name: string, milliseconds: number): void {
  phases.set(name, (phases.get(name) ?? 0) + milliseconds);
}

export async function timePhase<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    recordPhase(name, performance.now() - start);
  }
}

/** For a `using` declaration: records the time from here to the end of the enclosing block. */
export function phaseTimer(name: string): Disposable {
  const start = performance.now();
  return { [Symbol.dispose]: () => recordPhase(name, performance.now() - start) };
}

export function phaseTimes(): Record<string, number> {
  return Object.fromEntries([...phases.entries()].map(([name, milliseconds]) => [name, Math.round(milliseconds)]));
}
