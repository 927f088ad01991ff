import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importedDetails } from '#src/import/imported-details.ts';
import type { PolicyDate } from '#src/policy/policy-date.ts';

const TODAY = '2026-11-25' as PolicyDate;
const APPROVED_COVER = { title: 'Flexible Working Policy', approvedBy: 'Trust Board', approved: '2025-09' as PolicyDate, unused: [] };

test('an approved document with no sentence to summarise it must have a summary written before it builds', () => {
  const details = importedDetails(APPROVED_COVER, { owner: 'Director of People', today: TODAY }, 'flexible-working', undefined);
  assert.match(details.frontmatter, /\nsummary: Replace this with one plain sentence saying what the policy is for\.\n/);
  assert.deepEqual(details.toDo, ['Write one plain sentence saying what the policy is for in summary:, like summary: How the Trust supports staff who ask to work flexibly.']);
});

test('a draft may keep the summary placeholder for now, and a document with a first sentence has nothing to do', () => {
  assert.deepEqual(importedDetails({ title: 'Flexible Working Policy', unused: [] }, { owner: 'Director of People', today: TODAY }, 'flexible-working', undefined).toDo, []);
  assert.deepEqual(importedDetails(APPROVED_COVER, { owner: 'Director of People', today: TODAY }, 'flexible-working', 'Staff may ask to work flexibly.').toDo, []);
});
