/** RSS 2.0 feeds, written by hand: a few elements, every text escaped, dates from the data. */

export interface FeedItem {
  title: string;
  /** Absolute URL of the item's page. */
  link: string;
  /** ISO date YYYY-MM-DD. */
  date: string;
  description: string;
  categories?: string[];
}

export interface Feed {
  title: string;
  /** Absolute URL of the site section. */
  link: string;
  /** Absolute URL of the feed itself. */
  self: string;
  description: string;
  language: string;
  items: FeedItem[];
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 date for an ISO date, at midnight China Standard Time: 2025-03-01 → Sat, 01 Mar 2025 00:00:00 +0800. */
export function rfc822(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${DAYS[day]}, ${String(d).padStart(2, '0')} ${MONTHS[m - 1]} ${y} 00:00:00 +0800`;
}

export function rssXml(feed: Feed): string {
  const newest = feed.items.reduce((a, i) => (i.date > a ? i.date : a), '');
  const items = feed.items
    .map(
      (i) => `    <item>
      <title>${escapeXml(i.title)}</title>
      <link>${escapeXml(i.link)}</link>
      <guid isPermaLink="true">${escapeXml(i.link)}</guid>
      <pubDate>${rfc822(i.date)}</pubDate>
      <description>${escapeXml(i.description)}</description>
${(i.categories ?? []).map((c) => `      <category>${escapeXml(c)}</category>\n`).join('')}    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(feed.title)}</title>
    <link>${escapeXml(feed.link)}</link>
    <atom:link href="${escapeXml(feed.self)}" rel="self" type="application/rss+xml"/>
    <description>${escapeXml(feed.description)}</description>
    <language>${escapeXml(feed.language)}</language>
${newest ? `    <lastBuildDate>${rfc822(newest)}</lastBuildDate>\n` : ''}${items ? items + '\n' : ''}  </channel>
</rss>
`;
}
