import { isMap, isScalar, isSeq, parseDocument, Scalar, type Document, type YAMLMap } from 'yaml';
import { awaitsApproval, currentEntry, FIRST_APPROVED_VERSION, lastApprovedVersion, versionOnApproval } from '#src/policy/approval-state.ts';
import { frontmatterBlock } from '#src/policy/frontmatter.ts';
import { addMonths, firstDay, formatPolicyDate, parsePolicyDate, type PolicyDate } from '#src/policy/policy-date.ts';
import type { PolicyFrontmatter } from '#src/policy/policy-schema.ts';
import { approverName } from '#src/policy/policy-wording.ts';
import { compareVersions } from '#src/versions/version-number.ts';

/** What the clerk typed: who approved the policy, on which day, and (for a draft) as which version. */
export interface ApprovalRequest {
  by: string;
  /** The day of the meeting, YYYY-MM-DD. */
  on: string;
  version?: string | undefined;
  /** Today, YYYY-MM-DD: an approval cannot be recorded for a meeting that has not happened. */
  today: string;
}

export type Approval =
  | { ok: true; source: string; version: string; changes: string[] }
  | { ok: false; reason: string };

const VERSION_PATTERN = /^\d+\.\d+$/;

/**
 * Records an approval in a policy file that has already passed its checks (`policy` is its details):
 * status, who approved it and when, the version's history entry and the next review date. Only the
 * details block changes, edited in place, so every comment, the order of the details and the text stay
 * as the owner wrote them. A draft's own history entries stay, since their versions are in the
 * repository's history; the approved version gets an entry of its own at the top.
 */
export function approvePolicy(source: string, policy: PolicyFrontmatter, request: ApprovalRequest): Approval {
  const refused = refusal(policy, request);
  if (refused) return { ok: false, reason: refused };
  const block = frontmatterBlock(source);
  if (typeof block === 'string') return { ok: false, reason: 'the file has no details block between two lines of ---' };
  const document = parseDocument(source.slice(block.start, block.end), { schema: 'failsafe' });
  const details = document.contents;
  if (!isMap(details)) return { ok: false, reason: 'the details at the top of the file are not a list of "name: value" lines' };

  const by = request.by.trim();
  const version = versionOnApproval(policy, request.version);
  const nextReview = addMonths(request.on as PolicyDate, policy.reviewCycleMonths);
  const changes: string[] = [];
  const change = (field: string, value: string, was: string | undefined) => {
    if (was !== value) changes.push(`${field}: ${value}${was === undefined ? '' : ` (was ${was})`}`);
  };

  change('status', 'approved', policy.status);
  setDetail(document, details, 'status', 'approved', 'status');
  if (version !== policy.version) {
    change('version', version, policy.version);
    setDetail(document, details, 'version', version, 'status', Scalar.QUOTE_DOUBLE);
  }
  change('approvedBy', by, policy.approvedBy);
  setDetail(document, details, 'approvedBy', by, 'version');
  change('approved', request.on, policy.approved);
  setDetail(document, details, 'approved', request.on, 'approvedBy');
  change('nextReview', nextReview, policy.nextReview);
  setDetail(document, details, 'nextReview', nextReview, 'reviewCycleMonths');
  changes.push(recordInHistory(document, details, policy, { version, on: request.on, by }));

  const yaml = document.toString({ lineWidth: 0, flowCollectionPadding: false });
  const updated = source.slice(0, block.start) + yaml + source.slice(block.end);
  return { ok: true, source: updated, version, changes };
}

/** Why the approval cannot be recorded, or undefined when it can. */
function refusal(policy: PolicyFrontmatter, request: ApprovalRequest): string | undefined {
  if (request.by.trim() === '') return 'who approved it is missing. Write it like --by "Trust Board"';
  const day = parsePolicyDate(request.on);
  if (!day.ok || request.on.length !== 10) return `--on "${request.on}" is not a day. Write the day of the meeting like --on 2026-11-26`;
  if (request.on > request.today) {
    return `--on ${request.on} is after today (${formatPolicyDate(request.today as PolicyDate)}). Record an approval once the meeting has taken place`;
  }
  if (policy.status === 'withdrawn') {
    return 'the policy is withdrawn. To bring it back, set status: draft with a new version, and have that approved';
  }
  if (!awaitsApproval(policy)) {
    const entry = currentEntry(policy);
    const who = entry?.approvedBy ?? policy.approvedBy;
    const when = policy.approved ? formatPolicyDate(policy.approved) : undefined;
    const record = [who ? approverName(who) : undefined, when].filter(Boolean).join(', ');
    return `version ${policy.version} is already approved${record ? ` (by ${record})` : ''}. To approve changes, give the policy a new version first, like version: "${nextMinor(policy.version)}", with a history entry saying what changed`;
  }
  const latest = latestEntry(policy);
  if (latest && request.on < firstDay(latest.date)) {
    return `--on ${request.on} is before ${formatPolicyDate(latest.date)}, the date of version ${latest.version} in the policy's history, so the history would go backwards: a meeting cannot approve words written after it. Check the day of the meeting; if that entry's date is wrong, correct it in the file first, like date: ${request.on}`;
  }
  const wanted = request.version?.trim();
  if (wanted !== undefined) {
    if (!VERSION_PATTERN.test(wanted)) return `--version "${wanted}" is not a version number. Write it as two numbers with a dot, like --version 1.0`;
    if (policy.status !== 'draft' && wanted !== policy.version) {
      return `--version ${wanted} is not the version being approved: the file proposes version ${policy.version}. Leave --version out, or change the version in the file first`;
    }
    if (policy.status === 'draft' && Number(wanted.split('.')[0]) < 1) {
      return `--version ${wanted} is a draft's number. An approved version is 1.0 or later, like --version ${FIRST_APPROVED_VERSION}`;
    }
  }
  const version = versionOnApproval(policy, request.version);
  const previous = lastApprovedVersion(policy);
  const newest = [policy.version, ...policy.history.map((entry) => entry.version)]
    .filter((candidate) => candidate !== version)
    .sort(compareVersions)
    .at(-1);
  if (policy.status === 'draft' && newest && compareVersions(version, newest) <= 0) {
    return `version ${version} is not after version ${newest}, which the history already lists. Give a later one, like --version ${nextMajor(newest)}`;
  }
  if (previous && compareVersions(version, previous.version) <= 0) {
    return `version ${version} is not after version ${previous.version}, which is already approved. Raise the version first, like version: "${nextMinor(previous.version)}"`;
  }
  return undefined;
}

/** The history entry with the latest date (a month-only date counts from its first day). */
function latestEntry(policy: PolicyFrontmatter): PolicyFrontmatter['history'][number] | undefined {
  return policy.history.reduce<PolicyFrontmatter['history'][number] | undefined>(
    (latest, entry) => (latest === undefined || firstDay(entry.date) > firstDay(latest.date) ? entry : latest), undefined);
}

function nextMinor(version: string): string {
  const [major = '0', minor = '0'] = version.split('.');
  return `${major}.${Number(minor) + 1}`;
}

function nextMajor(version: string): string {
  return `${Number(version.split('.')[0] ?? '0') + 1}.0`;
}

/** Sets a detail, keeping its node (and so its comments and quoting); a new one goes after `after`. */
function setDetail(document: Document, details: YAMLMap, key: string, value: string, after: string, type?: Scalar.Type): void {
  const existing = details.get(key, true);
  if (isScalar(existing)) {
    existing.value = value;
    if (type) existing.type = type;
    return;
  }
  const scalar = document.createNode(value) as Scalar;
  if (type) scalar.type = type;
  const pair = document.createPair(key, scalar);
  const index = details.items.findIndex((item) => isScalar(item.key) && item.key.value === after);
  details.items.splice(index === -1 ? details.items.length : index + 1, 0, pair);
}

/**
 * The approved version's history entry: dated the day of approval and naming who approved it, its
 * summary kept. A revision's entry is updated; a draft's entries stay, with a new one above them.
 */
function recordInHistory(document: Document, details: YAMLMap, policy: PolicyFrontmatter, approval: { version: string; on: string; by: string }): string {
  const history = details.get('history', true);
  const index = policy.history.findIndex((entry) => entry.version === approval.version);
  const entry = index === -1 ? undefined : (isSeq(history) ? history.items[index] : undefined);
  if (isMap(entry)) {
    setDetail(document, entry, 'date', approval.on, 'version');
    setDetail(document, entry, 'approvedBy', approval.by, 'date');
    return `history: version ${approval.version} dated ${approval.on}, approved by ${approval.by}, its summary kept ("${policy.history[index]!.summary}")`;
  }
  const summary = `Approved by ${approverName(approval.by)}.`;
  const added = document.createNode({ version: approval.version, date: approval.on, approvedBy: approval.by, summary }) as YAMLMap;
  const versionNode = added.get('version', true);
  if (isScalar(versionNode)) versionNode.type = Scalar.QUOTE_DOUBLE;
  if (isSeq(history)) history.items.unshift(added);
  else details.set('history', document.createNode([added]));
  return `history: added version ${approval.version}, dated ${approval.on}, approved by ${approval.by}: "${summary}"`;
}

/**
 * A draft approved as it stands keeps its words under a new number, so an easy read that explains the
 * draft explains the approved version too: its `basedOnVersion` moves with it. Undefined when the easy
 * read explains some other version (its owner must check it against the changes) or has no such detail.
 */
export function renumberedEasyRead(source: string, from: string, to: string): string | undefined {
  const block = frontmatterBlock(source);
  if (typeof block === 'string') return undefined;
  const document = parseDocument(source.slice(block.start, block.end), { schema: 'failsafe' });
  const details = document.contents;
  const based: unknown = isMap(details) ? details.get('basedOnVersion', true) : undefined;
  if (!isScalar(based) || String(based.value).trim() !== from) return undefined;
  based.value = to;
  return source.slice(0, block.start) + document.toString({ lineWidth: 0, flowCollectionPadding: false }) + source.slice(block.end);
}
