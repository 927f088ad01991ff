import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readEverydayTerms, usableEverydayTerms } from '#src/search/terms/everyday-terms.ts';
import type { PlacedTerm } from '#src/search/terms/search-terms-file.ts';

const term = (phrase: string, targets: string[], line = 1): PlacedTerm => ({ phrase, targets, line });

test('the everyday terms that come with the site read without a problem, each phrase once', async () => {
  const terms = await readEverydayTerms();
  assert.ok(terms.length >= 100, `${terms.length} terms`);
  assert.ok(terms.some((each) => each.phrase === 'sent home' && each.targets.includes('suspension')));
});

test('an everyday term is used only when the Trust\'s policies have every word it points at', () => {
  const usable = usableEverydayTerms([term('sent home', ['suspension']), term('nicked', ['stolen', 'lost devices'])], [], ['suspension', 'stolen', 'lost']);
  assert.deepEqual(usable.map((each) => each.phrase), ['sent home'], '"devices" is in no policy, so "nicked" is left out, and nothing fails');
});

test('the Trust\'s own line for the same words replaces an everyday one, and none may lead back to itself', () => {
  const vocabulary = ['suspension', 'sent', 'home', 'leave', 'absence'];
  const trust = [term('Sent  Home', ['leave']), term('suspension', ['sent home'])];
  assert.deepEqual(usableEverydayTerms([term('sent home', ['suspension'])], trust, vocabulary), [], 'the Trust\'s "Sent Home" wins');
  assert.deepEqual(usableEverydayTerms([term('off', ['absence']), term('absence', ['suspension'])], [term('suspension', ['absence'])], vocabulary).map((each) => each.phrase), ['off'], '"absence" → suspension → absence is a loop');
});
