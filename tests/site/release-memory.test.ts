import { test } from 'node:test';
import assert from 'node:assert/strict';
import { releaseUnusedMemory } from '#src/site/release-memory.ts';

test('the build asks V8 for the collection that hands memory back, and carries on without it when V8 does not offer it', () => {
  const scope = globalThis as { gc?: unknown };
  const original = scope.gc;
  try {
    const calls: unknown[] = [];
    scope.gc = (options: unknown) => calls.push(options);
    releaseUnusedMemory();
    assert.deepEqual(calls, [{ type: 'major', execution: 'sync', flavor: 'last-resort' }]);
    delete scope.gc;
    assert.doesNotThrow(() => releaseUnusedMemory());
  } finally {
    if (original) scope.gc = original;
  }
});
