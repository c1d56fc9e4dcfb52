// Types for list-rewrites.mjs (plain JS so next.config.mjs can import it).
export interface ListRewrite {
  source: string;
  has: { type: 'query'; key: string; value: string }[];
  destination: string;
}

export function listRewrites(): ListRewrite[];
