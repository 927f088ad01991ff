import { performance } from 'node:perf_hooks';
import { buildContext } from './build-context.ts';

/*
 * How long each part of a build took, for the benchmark. Integrations record into the build
 * context; the build report integration writes it out at the end.
 */

export function recordPhase(name: string, milliseconds: number): void {
  const { phases } = buildContext();
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
  return Object.fromEntries([...buildContext().phases.entries()].map(([name, milliseconds]) => [name, Math.round(milliseconds)]));
}
