import { DomUtils, parseDocument } from 'htmlparser2';
import { SaxesParser } from 'saxes';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildAtom } from '@/lib/feeds/atom';
import { buildRss } from '@/lib/feeds/rss';
import { loadCategoryFeed, loadSiteFeed } from '@/lib/feeds/site-feeds';
import { buildListedPaper, savePapers } from '../factories/paper-factory';
import { resetDatabase } from '../support/reset-database';

beforeEach(resetDatabase);

interface Node {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: Node[];
}

/** Parses with saxes in strict, namespace-aware mode: any well-formedness error throws. */
function parseXml(xml: string): Node {
  const parser = new SaxesParser({ xmlns: true });
  const root: Node = { name: '#document', attributes: {}, text: '', children: [] };
  const stack = [root];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const node: Node = { name: tag.name, attributes: Object.fromEntries(Object.entries(tag.attributes).map(([key, value]) => [key, value.value])), text: '', children: [] };
    stack.at(-1)?.children.push(node);
    stack.push(node);
  });
  parser.on('text', (text) => {
    const top = stack.at(-1);
    if (top) top.text += text;
  });
  parser.on('closetag', () => stack.pop());
  parser.write(xml).close();
  return root;
}

/** What a feed reader shows for an RSS <description>: its text parsed as HTML. */
function readAsHtml(description: string): { text: string; elements: string[] } {
  const document = parseDocument(description);
  return { text: DomUtils.textContent(document), elements: DomUtils.findAll(() => true, document.children).map((element) => element.name) };
}

const all = (node: Node, name: string): Node[] => node.children.filter((child) => child.name === name);
const one = (node: Node, name: string): Node => all(node, name)[0] as Node;

async function seed() {
  await savePapers([
    buildListedPaper('2025-09-03', 1, { arxivId: '2509.00001', title: 'Older paper', categories: ['cs.CV'] }),
    buildListedPaper('2025-09-04', 1, {
      arxivId: '2509.00002',
      title: 'Tags <b>&amp; "quotes" & \'apostrophes\'\u0007 with $x^2$',
      abstract: 'An abstract with </description><script>alert(1)</script> in it.',
      authors: [{ name: 'Ada Lovelace' }, { name: 'Émilie du Châtelet' }],
      categories: ['cs.LG', 'stat.ML'],
    }),
  ]);
}

describe('the RSS feed', () => {
  it('is well-formed RSS 2.0 with stable guids, per-item authors and categories, RFC 822 dates', async () => {
    await seed();
    const rss = parseXml(buildRss(await loadSiteFeed('/feed.xml')));
    const channel = one(one(rss, 'rss'), 'channel');
    const items = all(channel, 'item');
    expect(items.map((item) => one(item, 'title').text)).toEqual(['Tags <b>&amp; "quotes" & \'apostrophes\' with $x^2$', 'Older paper']);
    const [first] = items as [Node];
    expect(one(first, 'guid')).toMatchObject({ text: expect.stringMatching(/^https?:\/\/[^/]+\/papers\/2509\.00002$/), attributes: { isPermaLink: 'true' } });
    expect(one(first, 'link').text).toBe(one(first, 'guid').text);
    expect(one(first, 'pubDate').text).toBe('Thu, 04 Sep 2025 00:00:00 GMT');
    expect(readAsHtml(one(first, 'description').text)).toEqual({ text: 'An abstract with </description><script>alert(1)</script> in it.', elements: [] });
    expect(all(first, 'dc:creator').map((node) => node.text)).toEqual(['Ada Lovelace', 'Émilie du Châtelet']);
    expect(all(first, 'category').map((node) => node.text)).toEqual(['cs.LG', 'stat.ML']);
    expect(one(channel, 'atom:link').attributes).toMatchObject({ rel: 'self', href: expect.stringMatching(/\/feed\.xml$/) });
  });

  it('gives readers, who take <description> as HTML, the abstract as text: no markup, nothing lost', async () => {
    const abstract = 'We show a<b for all b>a & c. Also <img src=x onerror=alert(1)> and &lt;escaped&gt;.';
    await savePapers([buildListedPaper('2025-09-04', 1, { arxivId: '2509.00003', abstract })]);
    const channel = one(one(parseXml(buildRss(await loadSiteFeed('/feed.xml'))), 'rss'), 'channel');
    const [item] = all(channel, 'item') as [Node];
    expect(readAsHtml(one(item, 'description').text)).toEqual({ text: abstract, elements: [] });
    expect(readAsHtml(one(channel, 'description').text).elements).toEqual([]);
  });

  it('per category, keeps only that category’s papers', async () => {
    await seed();
    const rss = parseXml(buildRss(await loadCategoryFeed('cs.CV')));
    const items = all(one(one(rss, 'rss'), 'channel'), 'item');
    expect(items.map((item) => one(item, 'title').text)).toEqual(['Older paper']);
  });
});

describe('the Atom feed', () => {
  it('is well-formed Atom with entry ids, authors, categories and RFC 3339 dates', async () => {
    await seed();
    const feed = one(parseXml(buildAtom(await loadSiteFeed('/atom.xml'))), 'feed');
    expect(one(feed, 'updated').text).toBe('2025-09-04T00:00:00.000Z');
    const [entry] = all(feed, 'entry') as [Node];
    expect(one(entry, 'id').text).toMatch(/\/papers\/2509\.00002$/);
    expect(one(entry, 'updated').text).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    expect(all(entry, 'author').map((author) => one(author, 'name').text)).toEqual(['Ada Lovelace', 'Émilie du Châtelet']);
    expect(all(entry, 'category').map((node) => node.attributes)).toEqual([
      { term: 'cs.LG', label: 'Machine Learning', scheme: 'https://arxiv.org/archive/' },
      { term: 'stat.ML', label: 'Machine Learning', scheme: 'https://arxiv.org/archive/' },
    ]);
    expect(one(entry, 'summary').text).toContain('<script>');
  });

  it('is valid with no papers at all', async () => {
    const feed = one(parseXml(buildAtom(await loadSiteFeed('/atom.xml'))), 'feed');
    expect(all(feed, 'entry')).toEqual([]);
  });
});
