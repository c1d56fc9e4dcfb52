// Plain JavaScript because next.config.mjs imports it before TypeScript is set up.
//
// List pages take `?sort=` and `?category=`. A page that reads searchParams is rendered on
// every request; these rewrites instead map each choice to a path-based variant
// (/papers/date/2025-09-04/view/newest/cs.LG) that is cached like any other page (ISR).
// A value outside these patterns is not rewritten: the plain, default list answers.
// See docs/decisions/006-list-variants-as-cached-paths.md.

const SORT = '(?<sort>top|trending|newest|upvotes)';
// arXiv codes: cs.LG, hep-th, cond-mat.mes-hall. The page checks it against the taxonomy.
const CATEGORY = '(?<category>[A-Za-z][A-Za-z.-]{1,39})';

export function listRewrites() {
  return ['date', 'week', 'month'].flatMap((segment) => {
    const source = `/papers/${segment}/:period`;
    const sort = { type: 'query', key: 'sort', value: SORT };
    const category = { type: 'query', key: 'category', value: CATEGORY };
    return [
      { source, has: [sort, category], destination: `/papers/${segment}/:period/view/:sort/:category` },
      { source, has: [sort], destination: `/papers/${segment}/:period/view/:sort/all` },
      { source, has: [category], destination: `/papers/${segment}/:period/view/top/:category` },
    ];
  });
}
