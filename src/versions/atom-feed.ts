import { firstDay } from '#src/policy/policy-date.ts';
import { approverName } from '#src/policy/policy-wording.ts';
import type { PolicyChange } from './policy-changes.ts';

export interface FeedOptions {
  /** Absolute address of the feed itself. */
  feedUrl: string;
  /** Absolute address of the changes page. */
  pageUrl: string;
  /** Absolute address of a version's page, or of the policy when the version's text is not held. */
  versionUrl: (change: PolicyChange) => string;
  title: string;
  author: string;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A day as an RFC 3339 timestamp, as Atom requires; a month-only date is its first day. */
function timestamp(change: PolicyChange): string {
  return `${firstDay(change.date)}T00:00:00Z`;
}

/**
 * The changes page as an Atom feed (RFC 4287). Entry ids are tag URIs made from the policy id and
 * version, so they never change when the site moves to another address.
 */
export function atomFeed(changes: readonly PolicyChange[], options: FeedOptions): string {
  const host = new URL(options.pageUrl).hostname;
  const updated = changes[0] ? timestamp(changes[0]) : '2000-01-01T00:00:00Z';
  const entries = changes.map((change) => {
    const status = change.status === 'approved' ? `approved${change.approvedBy ? ` by ${approverName(change.approvedBy)}` : ''}` : change.status;
    return [
      '  <entry>',
      `    <id>tag:${escapeXml(host)},2021:policy/${escapeXml(change.policyId)}/${escapeXml(change.version)}</id>`,
      `    <title>${escapeXml(`${change.policyTitle}, version ${change.version} (${status})`)}</title>`,
      `    <updated>${timestamp(change)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(options.versionUrl(change))}"/>`,
      `    <summary>${escapeXml(change.summary || `Version ${change.version}.`)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
    `  <id>${escapeXml(options.feedUrl)}</id>`,
    `  <title>${escapeXml(options.title)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(options.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(options.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(options.pageUrl)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
