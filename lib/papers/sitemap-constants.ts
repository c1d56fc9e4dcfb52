/** Sitemaps may hold 50,000 URLs; smaller files are quicker to regenerate and to fetch. */
export const SITEMAP_CHUNK_SIZE = 10_000;
