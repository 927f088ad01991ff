import { parsePolicyDate } from '#src/policy/policy-date.ts';
import { SettingError } from './setting-error.ts';

export const TODAY_VARIABLE = 'POLICY_SITE_TODAY';

/**
 * The day the site is built for, as YYYY-MM-DD in UK time. Review status depends on it, so
 * tests and previews fix it with POLICY_SITE_TODAY=2026-11-25 instead of reading the clock.
 */
export function buildDate(env: Record<string, string | undefined>, now: Date = new Date()): string {
  const fixed = env[TODAY_VARIABLE]?.trim();
  if (fixed) {
    const parsed = parsePolicyDate(fixed);
    if (!parsed.ok || fixed.length !== 10) {
      throw new SettingError(`${TODAY_VARIABLE}: "${fixed}" is not a day. Write it like ${TODAY_VARIABLE}=2026-11-25.`);
    }
    return fixed;
  }
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
