import { test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { atomFeed, type FeedOptions } from '#src/versions/atom-feed.ts';
import { policyChanges, type PolicyChange } from '#src/versions/policy-changes.ts';
import type { VersionRow } from '#src/versions/version-table.ts';
import type { PolicyDate } from '#src/policy/policy-date.ts';
import { absoluteUrl, policyPath, sitePath } from '#src/site/urls.ts';

const SITE_URL = 'https://policies.example.org';

/** The options the site's own changes.xml gives the feed, for a site at SITE_URL under `base`. */
function feedOptions(base: string, siteUrl = SITE_URL): FeedOptions {
  return {
    feedUrl: absoluteUrl(siteUrl, sitePath(base, 'changes.xml')),
    pageUrl: absoluteUrl(siteUrl, sitePath(base, 'changes/')),
    versionUrl: (change) => absoluteUrl(siteUrl, change.readable ? `${policyPath(base, change.policyId)}versions/${change.version}/` : policyPath(base, change.policyId)),
    title: 'Riverside & Hill Trust: changes to staff policies',
    author: 'Riverside & Hill Trust',
  };
}

function row(version: string, status: string, date: string | undefined, extra: Partial<VersionRow> = {}): VersionRow {
  return { version, status, editorial: [], readable: true, current: false, ...(date ? { date: date as PolicyDate } : {}), ...extra };
}

const POLICIES = [
  {
    id: 'online-safety',
    title: 'Online Safety Policy',
    versions: [
      row('1.1', 'approved', '2024-03-05', { approvedBy: 'Trust Board', summary: 'Updated the rules on friend requests.', current: true }),
      row('1.0', 'approved', '2021-07-14', { approvedBy: 'the Trust Board', summary: 'Approved by the Trust Board.' }),
      row('0.1', 'draft', '2021-03-01', { summary: 'First draft for consultation.' }),
    ],
  },
  {
    id: 'drugs-and-alcohol',
    title: 'Drugs & Alcohol <Misuse> "Policy"',
    versions: [
      row('2.0', 'approved', '2024-03-05', { approvedBy: 'The Local Governing Body', summary: 'Staff must report "any" use of <drugs> & alcohol.', current: true }),
      row('1.0', 'approved', '2019-09', { approvedBy: 'Trust Board', readable: false }),
      row('0.9', 'draft', undefined, { summary: 'Undated, so not a change anyone can date.' }),
    ],
  },
];

interface Entry { id: string; title: string; updated: string; summary: string; link: { '@_href': string; '@_rel': string } }

function parse(xml: string): { feed: Record<string, unknown>; entries: Entry[] } {
  assert.equal(SyntaxValidator.validate(xml), true, 'the feed is well-formed XML');
  const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' }).parse(xml).feed as Record<string, unknown>;
  const entries = ((feed['entry'] ?? []) as (Omit<Entry, 'link'> & { link: Entry['link'][] })[]).map((entry) => ({ ...entry, link: entry.link[0]! }));
  return { feed, entries };
}

const changes = policyChanges(POLICIES);

test('the feed is well-formed Atom, with one entry per dated change, newest first', () => {
  const { feed, entries } = parse(atomFeed(changes, feedOptions('/')));
  assert.equal(feed['@_xmlns'], 'http://www.w3.org/2005/Atom');
  assert.equal(feed['@_xml:lang'], 'en-GB');
  assert.deepEqual(entries.map((entry) => entry.title), [
    'Drugs & Alcohol <Misuse> "Policy", version 2.0 (approved by the Local Governing Body)',
    'Online Safety Policy, version 1.1 (approved by the Trust Board)',
    'Online Safety Policy, version 1.0 (approved by the Trust Board)',
    'Online Safety Policy, version 0.1 (draft)',
    'Drugs & Alcohol <Misuse> "Policy", version 1.0 (approved by the Trust Board)',
  ], 'changes on the same day are in order of title; a version with no date has no entry');
  assert.deepEqual(entries.map((entry) => entry.updated), [
    '2024-03-05T00:00:00Z', '2024-03-05T00:00:00Z', '2021-07-14T00:00:00Z', '2021-03-01T00:00:00Z', '2019-09-01T00:00:00Z',
  ], 'a month-only date is the first of the month');
  assert.equal(feed['updated'], '2024-03-05T00:00:00Z', 'the feed was updated when its newest change was made');
  assert.equal(new Set(entries.map((entry) => entry.id)).size, entries.length, 'every entry has its own id');
});

test('ampersands, angle brackets and quotes in titles and summaries are escaped, and read back exactly', () => {
  const xml = atomFeed(changes, feedOptions('/'));
  assert.match(xml, /<title>Drugs &amp; Alcohol &lt;Misuse&gt; &quot;Policy&quot;, version 2\.0 \(approved by the Local Governing Body\)<\/title>/);
  assert.match(xml, /<summary>Staff must report &quot;any&quot; use of &lt;drugs&gt; &amp; alcohol\.<\/summary>/);
  assert.match(xml, /<author><name>Riverside &amp; Hill Trust<\/name><\/author>/);
  assert.doesNotMatch(xml.replace(/&(amp|lt|gt|quot);/g, ''), /&|<drugs>|<Misuse>/, 'no bare & or < is left in the text');
  const { feed, entries } = parse(xml);
  assert.equal(entries[0]!.summary, 'Staff must report "any" use of <drugs> & alcohol.');
  assert.equal(feed['title'], 'Riverside & Hill Trust: changes to staff policies');
});

test('a change with no summary says which version it is', () => {
  const { entries } = parse(atomFeed(changes, feedOptions('/')));
  assert.deepEqual(entries.map((entry) => entry.summary), [
    'Staff must report "any" use of <drugs> & alcohol.',
    'Updated the rules on friend requests.',
    'Approved by the Trust Board.',
    'First draft for consultation.',
    'Version 1.0.',
  ]);
});

test('approved versions say who approved them with one "the", however the owner wrote it', () => {
  const approvedBy = (name: string | undefined) =>
    parse(atomFeed(policyChanges([{ id: 'x', title: 'X Policy', versions: [row('1.0', 'approved', '2025-09', name ? { approvedBy: name } : {})] }]), feedOptions('/'))).entries[0]!.title;
  assert.equal(approvedBy('Trust Board'), 'X Policy, version 1.0 (approved by the Trust Board)');
  assert.equal(approvedBy('the Trust Board'), 'X Policy, version 1.0 (approved by the Trust Board)');
  assert.equal(approvedBy('The Trust Board'), 'X Policy, version 1.0 (approved by the Trust Board)');
  assert.equal(approvedBy('Theatre Committee'), 'X Policy, version 1.0 (approved by the Theatre Committee)', 'only a whole word "the" is dropped');
  assert.equal(approvedBy(undefined), 'X Policy, version 1.0 (approved)');
  const xml = atomFeed(changes, feedOptions('/'));
  assert.doesNotMatch(xml, /the the/i);
});

test('every link is absolute: to the version page when its text is held, otherwise to the policy', () => {
  const { feed, entries } = parse(atomFeed(changes, feedOptions('/')));
  assert.deepEqual(entries.map((entry) => entry.link['@_href']), [
    'https://policies.example.org/policies/drugs-and-alcohol/versions/2.0/',
    'https://policies.example.org/policies/online-safety/versions/1.1/',
    'https://policies.example.org/policies/online-safety/versions/1.0/',
    'https://policies.example.org/policies/online-safety/versions/0.1/',
    'https://policies.example.org/policies/drugs-and-alcohol/',
  ]);
  for (const entry of entries) assert.equal(entry.link['@_rel'], 'alternate');
  const links = feed['link'] as { '@_rel': string; '@_href': string }[];
  assert.deepEqual(links.map((link) => [link['@_rel'], link['@_href']]), [
    ['self', 'https://policies.example.org/changes.xml'],
    ['alternate', 'https://policies.example.org/changes/'],
  ]);
  assert.equal(feed['id'], 'https://policies.example.org/changes.xml');
});

test('under a base path the links include it, and the entry ids stay the same', () => {
  const atRoot = parse(atomFeed(changes, feedOptions('/'))).entries;
  const underBase = parse(atomFeed(changes, feedOptions('/intranet/'))).entries;
  assert.equal(underBase[1]!.link['@_href'], 'https://policies.example.org/intranet/policies/online-safety/versions/1.1/');
  assert.equal(underBase[4]!.link['@_href'], 'https://policies.example.org/intranet/policies/drugs-and-alcohol/');
  assert.deepEqual(underBase.map((entry) => entry.id), atRoot.map((entry) => entry.id));
  assert.equal(atRoot[1]!.id, 'tag:policies.example.org,2021:policy/online-safety/1.1');
});

test('a library with no dated changes still gives a valid, empty feed', () => {
  const empty: PolicyChange[] = policyChanges([{ id: 'x', title: 'X Policy', versions: [row('0.1', 'draft', undefined)] }]);
  assert.deepEqual(empty, []);
  const { feed, entries } = parse(atomFeed(empty, feedOptions('/')));
  assert.deepEqual(entries, []);
  assert.match(String(feed['updated']), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, 'the feed still has an RFC 3339 updated time');
});
