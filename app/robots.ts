import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/site-url';

/**
 * Crawl the lists and papers; not the API, not the pages reached through emailed tokens, and
 * not the sorted/filtered copies of lists (their canonical is the plain list).
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: ['/api/', '/confirm', '/preferences', '/unsubscribe', '/*sort=', '/*category=', '/*/view/'],
    },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
