/**
 * How many policies have something (an easy read, a reader check), said honestly on the pages that
 * describe the formats: the count comes from the build, so the words stay true as easy reads are added.
 */
export function howManyPolicies(count: number, total: number): string {
  if (total === 0 || count === 0) return 'no policy yet';
  if (count >= total) return total === 1 ? 'the one policy' : `all ${total} policies`;
  return `${count} of the ${total} policies`;
}
