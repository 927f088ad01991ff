import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasFilters, pagefindFilters, readSearchState, searchStateQueryString } from '#src/search/search-state.ts';

test('a shared search address reads back as the same search', () => {
  const state = readSearchState(new URLSearchParams('q=friend+request&status=Draft&status=Approved&format=Full+policy&colour=red'));
  assert.deepEqual(state, { query: 'friend request', filters: { status: ['Draft', 'Approved'], format: ['Full policy'] }, includeArchived: false, asTyped: false });
  assert.equal(searchStateQueryString(state), '?q=friend+request&status=Draft&status=Approved&format=Full+policy');
  assert.equal(hasFilters(state), true);
});

test('an empty search has an empty address, and repeated or blank values are ignored', () => {
  const state = readSearchState(new URLSearchParams('q=++&owner=&owner=Director+of+People&owner=Director+of+People'));
  assert.deepEqual(state, { query: '', filters: { owner: ['Director of People'] }, includeArchived: false, asTyped: false });
  assert.equal(searchStateQueryString({ query: '', filters: {}, includeArchived: false, asTyped: false }), '');
});

test('ticked values in one filter widen the search; different filters narrow it', () => {
  const state = readSearchState(new URLSearchParams('q=x&status=Draft&status=Approved&category=Conduct'));
  assert.deepEqual(pagefindFilters(state), { status: { any: ['Draft', 'Approved'] }, category: { any: ['Conduct'] }, edition: 'Current' });
});

test('archived copies of earlier versions are left out unless asked for', () => {
  assert.deepEqual(pagefindFilters(readSearchState(new URLSearchParams('q=x'))), { edition: 'Current' });
  const all = readSearchState(new URLSearchParams('q=x&versions=all'));
  assert.equal(all.includeArchived, true);
  assert.deepEqual(pagefindFilters(all), {});
  assert.equal(searchStateQueryString(all), '?q=x&versions=all');
});
