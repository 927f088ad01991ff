import type { APIRoute } from 'astro';
import { allPolicies } from '#src/library/policy-collection.ts';
import { base, site, today } from '#src/site/settings.ts';
import { reviewCalendar } from '#src/reviews/ics-feed.ts';
import { reviewRegister, statementForReview } from '#src/reviews/review-register.ts';
import { ACCESSIBILITY_STATEMENT } from '#src/accessibility/accessibility-statement.ts';
import { absoluteUrl, sitePath } from '#src/site/urls.ts';

export const GET: APIRoute = async () => {
  const policies = await allPolicies();
  const register = reviewRegister([...policies.map(({ entry }) => ({ id: entry.id, data: entry.data })), statementForReview(ACCESSIBILITY_STATEMENT)], today, site.dueSoonDays);
  const body = reviewCalendar(register, {
    host: new URL(site.siteUrl).hostname,
    calendarName: `${site.trustName}: policy reviews`,
    today,
    pageUrl: (path) => absoluteUrl(site.siteUrl, sitePath(base, path)),
    reminderDays: 28,
  });
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
