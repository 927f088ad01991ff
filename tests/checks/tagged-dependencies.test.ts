import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describeTaggedDependency, taggedDependencies } from '#src/checks/tagged-dependencies.ts';

const LOCK = {
  packages: {
    '': { dependencies: { 'word-lists': '^3.0.0' } },
    'node_modules/word-lists': { dependencies: { tar: 'latest', minipass: '^7.1.2', local: 'file:../local' } },
    'node_modules/a/node_modules/b': { optionalDependencies: { c: 'next' } },
  },
};

test('a dependency asked for by a tag is found, with the override that would fix it', () => {
  const found = taggedDependencies(LOCK);
  assert.deepEqual(found, [
    { dependent: 'word-lists', dependency: 'tar', asked: 'latest' },
    { dependent: 'b', dependency: 'c', asked: 'next' },
  ]);
  assert.match(describeTaggedDependency(found[0]!), /word-lists asks for tar@latest.*"overrides": \{ "word-lists": \{ "tar": /);
});

test('an override for that package, or for the dependency everywhere, settles it', () => {
  assert.deepEqual(taggedDependencies(LOCK, { 'word-lists': { tar: '^7.5.23' }, c: '1.2.3' }), []);
});

test('no installed package asks for a dependency by a tag that package.json leaves open', async () => {
  const lock = JSON.parse(await readFile('package-lock.json', 'utf8'));
  const { overrides } = JSON.parse(await readFile('package.json', 'utf8'));
  assert.deepEqual(taggedDependencies(lock, overrides).map(describeTaggedDependency), []);
});
