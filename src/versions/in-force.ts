import { firstDay, type PolicyDate } from '#src/policy/policy-date.ts';
import { newestFirst } from './version-number.ts';

export interface VersionRecord {
  version: string;
  /** The status at the time: only approved (or under review) versions were ever in force. */
  status: string;
  /** When it was approved (or drafted), from the history entry. */
  date?: PolicyDate;
  /** When it took effect, if later than approval. */
  effective?: PolicyDate;
}

export interface InForcePeriod {
  version: string;
  from: PolicyDate;
  /** When the next version took over; undefined while it is still in force. */
  to?: PolicyDate;
}

function wasInForce(record: VersionRecord): boolean {
  return record.status === 'approved' || record.status === 'under-review';
}

/**
 * When each approved version was in force: from its effective (or approval) date until the next
 * approved version took effect. Drafts were never in force and get no period.
 */
export function inForcePeriods(records: readonly VersionRecord[], withdrawn?: PolicyDate): InForcePeriod[] {
  const approved = records
    .filter((record) => wasInForce(record) && (record.effective ?? record.date))
    .sort((a, b) => newestFirst(a.version, b.version));
  return approved.map((record, index) => {
    const from = (record.effective ?? record.date)!;
    const next = approved[index - 1];
    const to = next ? (next.effective ?? next.date)! : withdrawn;
    return to ? { version: record.version, from, to } : { version: record.version, from };
  });
}

/**
 * The version in force on a day (YYYY-MM-DD). A month-only date counts from the first of that
 * month, the earliest the record allows; the page says so.
 */
export function inForceOn(periods: readonly InForcePeriod[], day: string): InForcePeriod | undefined {
  return periods.find((period) => firstDay(period.from) <= day && (period.to === undefined || day < firstDay(period.to)));
}
