/**
 * Puts the results the index found in a new order, and picks each one's leading section, by two clues
 * together: where the index put it (a place lower costs a little) and how alike the question is to the
 * questions that section and its policy answer (see question-likeness.ts). Where no question is alike,
 * the index's order stands.
 */

/** What one place lower, among results or among a result's sections, costs. */
export const PLACE_COST = 0.2;

export interface ResultToOrder {
  /** The ids of the result's sections the index found, best first (undefined for the top of the page). */
  sections: readonly (string | undefined)[];
  /** A policy the search names ("whistleblowing policy"): it keeps its place at the top. */
  named: boolean;
}

export interface OrderedResult {
  /** Which of the results, by its place in the index's order. */
  result: number;
  /** Which of its sections leads. */
  lead: number;
}

/** `alike(result, id)` says how alike the question is to the questions that section (none for the top of the page) and its policy answer (see questionLikeness). */
export function answerOrder(results: readonly ResultToOrder[], alike: (result: number, id: string | undefined) => number): OrderedResult[] {
  const scored = results.map((each, result) => {
    const options = each.sections.map((id, place) => alike(result, id) - PLACE_COST * (result + place));
    const best = options.length === 0 ? -PLACE_COST * result : Math.max(...options);
    return { result, lead: Math.max(0, options.indexOf(best)), best, named: each.named };
  });
  return scored
    .sort((a, b) => Number(b.named) - Number(a.named) || b.best - a.best || a.result - b.result)
    .map(({ result, lead }) => ({ result, lead }));
}
