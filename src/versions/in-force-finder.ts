import { inForceOn, type InForcePeriod } from './in-force.ts';
import { formatPolicyDate, type PolicyDate } from '#src/policy/policy-date.ts';

interface Period { version: string; from: PolicyDate; to: PolicyDate | null; href: string; readable: boolean }

/**
 * The date picker on a versions page. It is shown only when this script runs; without it the
 * table's "In force" column answers the same question.
 */
export function findInForce(): void {
  const section = document.querySelector<HTMLElement>('.in-force-finder');
  const form = section?.querySelector<HTMLFormElement>('.in-force-form');
  const answer = section?.querySelector<HTMLElement>('.in-force-answer');
  if (!section || !form || !answer) return;
  const periods = JSON.parse(section.dataset['periods'] ?? '[]') as Period[];
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const day = new FormData(form).get('date');
    answer.replaceChildren();
    if (typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day)) {
      answer.textContent = 'Enter a date, for example 14 March 2024.';
      return;
    }
    const lookup: InForcePeriod[] = periods.map(({ version, from, to }) => (to ? { version, from, to } : { version, from }));
    const found = inForceOn(lookup, day);
    const period = found && periods.find((candidate) => candidate.version === found.version);
    const when = formatPolicyDate(day as PolicyDate);
    if (!period) {
      answer.textContent = `No approved version was in force on ${when}.`;
      return;
    }
    answer.append(`On ${when}, version ${period.version} was in force. `);
    if (period.readable) {
      const link = document.createElement('a');
      link.href = period.href;
      link.textContent = `Read version ${period.version}`;
      answer.append(link);
    }
  });
}
