/**
 * Whether a paper's categories meet a filter. An entry with a dot is one category (`cs.LG`);
 * one without is a whole archive (`cs` takes cs.LG and cs.AI; `hep-th` is both).
 */
export function matchesCategories(categories: readonly string[], filter: readonly string[]): boolean {
  return categories.some((category) =>
    filter.some((wanted) => category === wanted || (!wanted.includes('.') && category.startsWith(`${wanted}.`))),
  );
}
