import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/site-url';

/**
 * Crawl the lists, papers, profiles, the sign-in and submit forms; not the API, not the pages
 * reached through emailed tokens, not one reader's own pages (account, moderation, a comment's
 * controls), and not the sorted/filtered copies of lists (their canonical is the plain list).
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: ['/api/', '/confirm', '/preferences', '/unsubscribe', '/signin/', '/*next=', '/welcome', '/account', '/moderation', '/comments/', '/*sort=', '/*category=', '/*/view/'],
    },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
