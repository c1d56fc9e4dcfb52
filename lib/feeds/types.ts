/** A feed, independent of its format: lib/feeds/rss.ts and atom.ts write it out. */
export interface FeedItem {
  /** The paper's absolute URL: its link, and its permanent id (RSS guid, Atom id). */
  url: string;
  title: string;
  summary: string;
  authors: string[];
  categories: { code: string; name: string | null }[];
  /** When it was listed on the feed: the start of its feed day (UTC). */
  date: Date;
}

export interface Feed {
  title: string;
  description: string;
  /** The HTML page the feed mirrors. */
  siteUrl: string;
  /** The feed's own URL (rel="self"). */
  selfUrl: string;
  updated: Date;
  items: FeedItem[];
}
