/**
 * Finding things: links that resolve (also under a sub-path), the sitemap, feeds, robots.txt,
 * canonical URLs, and Chinese search in Chromium.
 */
import { monthEnd } from '../src/lib/data/periods.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildSite, listFiles, readPage } from './helpers/build.ts';
import { SAMPLE } from './helpers/fixture.ts';
import { checkLinks } from './helpers/links.ts';
import { readSitemap } from './helpers/sitemap.ts';
import { useSiteBrowser } from './helpers/site-browser.ts';
import { loadDataset } from '../src/lib/data/dataset.ts';

const dist = inject('sampleDist');
const dataset = loadDataset(SAMPLE).dataset!;

describe('links', () => {
  it('every internal link and anchor in the built site resolves, and every page is reachable from the home page', () => {
    const { problems, reachable, pages } = checkLinks(dist);
    expect(problems).toEqual([]);
    const orphans = pages.filter((p) => p !== '404.html' && !reachable.has(join(dist, p)));
    expect(orphans).toEqual([]);
  });

  it('under a sub-path (BASE=/portal/), every internal link, asset, download, feed and search file still resolves', () => {
    const build = buildSite({ env: { BASE: '/portal/', SITE: 'https://example.gov.cn' } });
    expect(build.status, build.stderr).toBe(0);
    const { problems, pages } = checkLinks(build.outDir, '/portal/', 'https://example.gov.cn');
    expect(pages.length).toBeGreaterThan(50);
    expect(problems).toEqual([]);
    const home = readPage(build.outDir, 'index.html');
    expect(home).toContain('href="/portal/parks/"');
    expect(home).toContain('action="/portal/search/"');
    expect(readSitemap(build.outDir, 'https://example.gov.cn/portal/').map((u) => u.loc)).toContain('https://example.gov.cn/portal/parks/');
    expect(readPage(build.outDir, 'robots.txt')).toContain('Sitemap: https://example.gov.cn/portal/sitemap-index.xml');
    expect(readPage(build.outDir, 'feeds/updates.xml')).toContain('<link>https://example.gov.cn/portal/updates/</link>');
    expect(readFileSync(join(build.outDir, 'data', 'datapackage.json'), 'utf8')).toContain('"homepage": "https://example.gov.cn/portal/"');
  });
});

describe('sitemap, robots.txt, canonical URLs', () => {
  // @astrojs/sitemap writes a date as midnight UTC: compare the day.
  const locs = readSitemap(dist).map((u) => ({ loc: u.loc, lastmod: u.lastmod.replace(/T00:00:00\.000Z$/, '') }));
  it('lists every page once (not the 404 or search page) with a last-modified date from the data', () => {
    const pages = listFiles(dist).filter((f) => f.endsWith('.html') && f !== '404.html' && !/^(en\/)?search\//.test(f)).map((f) => `https://example.org/${f.replace(/index\.html$/, '')}`);
    expect(locs.map((l) => l.loc).sort()).toEqual(pages.sort());
    const update = dataset.content.updates[0]!;
    expect(locs.find((l) => l.loc === `https://example.org/updates/${update.id}/`)!.lastmod).toBe(update.data.date);
    for (const l of locs) expect(l.lastmod <= dataset.portal.as_of && /^\d{4}-\d{2}-\d{2}$/.test(l.lastmod), l.loc).toBe(true);
  });
  it('the search pages are marked noindex, carry no canonical URL and are left out of the sitemap', () => {
    for (const f of ['search/index.html', 'en/search/index.html']) {
      const html = readPage(dist, f);
      expect(html, f).toContain('<meta name="robots" content="noindex">');
      expect(html, f).not.toContain('rel="canonical"');
      expect(locs.some((l) => l.loc.includes('/search/')), f).toBe(false);
    }
    expect(readPage(dist, 'parks/index.html')).not.toContain('name="robots"');
  });
  it('robots.txt points at the sitemap', () => {
    expect(readPage(dist, 'robots.txt')).toContain('Sitemap: https://example.org/sitemap-index.xml');
  });
  it('each page has its canonical URL and Open Graph tags', () => {
    const html = readPage(dist, 'parks/luxi-hitech/index.html');
    expect(html).toContain('<link rel="canonical" href="https://example.org/parks/luxi-hitech/">');
    expect(html).toContain('<meta property="og:url" content="https://example.org/parks/luxi-hitech/">');
    expect(html).toMatch(/<meta property="og:title" content="[^"]+">/);
  });
});

describe('feeds', () => {
  it('the English feeds are in English only: no Chinese character in any title, description or category', () => {
    for (const feed of ['en/feeds/updates.xml', 'en/feeds/policies.xml']) {
      const xml = readPage(dist, feed);
      const han = [...xml.matchAll(/<(title|description|category)>([^<]*\p{Script=Han}[^<]*)<\/\1>/gu)].map((m) => m[2]);
      expect(han, feed).toEqual([]);
    }
  });
  it('an English feed item with no English text says so in English', () => {
    const untranslated = dataset.content.updates.filter((u) => !dataset.translations.updates.some((t) => t.id === u.id && t.data.title));
    const xml = readPage(dist, 'en/feeds/updates.xml');
    expect(untranslated.length, 'the sample has an update with no English title').toBeGreaterThan(0);
    for (const u of untranslated) {
      const item = xml.split('<item>').find((i) => i.includes(`/en/updates/${u.id}/</link>`))!;
      expect(item, u.id).toMatch(/<title>Update \([^)]+\) of [^<]+: no English version yet<\/title>/);
    }
  });
});

describe('in Chromium', () => {
  const site = useSiteBrowser(dist);
  let page: Page;
  beforeAll(async () => {
    page = await site.browser.newPage();
  });

  for (const feed of ['feeds/updates.xml', 'feeds/policies.xml']) {
    it(`${feed} is well-formed RSS with an item per entry and correct dates`, async () => {
      await page.goto(`${site.origin}/`);
      const text = readFileSync(join(dist, feed), 'utf8');
      const r = await page.evaluate((xml) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.nodeName, items: [...doc.querySelectorAll('item')].map((i) => ({ title: i.querySelector('title')?.textContent, pubDate: i.querySelector('pubDate')?.textContent })) };
      }, text);
      expect(r.error).toBeNull();
      expect(r.root).toBe('rss');
      // Every item links a page this build wrote (a monthly dispatch, an inspection quarter, an update…).
      for (const [, path] of text.matchAll(/<item><title>[^<]*<\/title><link>https:\/\/example\.org(\/[^<]*)<\/link>/g)) expect(existsSync(join(dist, path!.split('#')[0]!, 'index.html')), path).toBe(true);
      // The updates feed also announces each correction to a sealed ranking, each month of the monthly dispatch
      // and each quarter of the quarterly inspection.
      const months = [...new Set(dataset.tables.projectProgress.map((r) => r.month))];
      const quarters = [...new Set(dataset.tables.inspections.map((r) => r.quarter))];
      expect(quarters.length, 'the sample has inspection quarters').toBeGreaterThan(0);
      const expected = feed.includes('updates') ? dataset.content.updates.length + dataset.tables.scoringCorrections.length + months.length + quarters.length : dataset.content.policies.length;
      expect(r.items).toHaveLength(expected);
      // A data date is the start of that day in China: 16:00 GMT the day before.
      for (const i of r.items) expect(i.pubDate).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} 16:00:00 GMT$/);
      // A dispatch month is dated on its last day, or on the data date for the month that holds it.
      const monthDate = (m: string) => (monthEnd(m) < dataset.portal.as_of ? monthEnd(m) : dataset.portal.as_of);
      const newest = feed.includes('updates') ? [...dataset.content.updates.map((u) => u.data.date), ...months.map(monthDate)].sort().pop()! : dataset.content.policies.map((p) => p.data.issued_on).sort().pop()!;
      expect(new Date(r.items[0]!.pubDate!).toISOString()).toBe(new Date(`${newest}T00:00:00+08:00`).toISOString());
    });
  }

  const firstResults = async (q: string) => {
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent(q)}`);
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 15_000 });
    return page.$$eval('.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link, .pagefind-ui__result-link', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  };

  it('searching 白酒 finds the 白酒 chain first', async () => {
    expect((await firstResults('白酒'))[0]).toBe('/chains/baijiu/');
  });
  it('searching a park’s Chinese name finds that park first', async () => {
    const park = dataset.tables.parks.find((p) => p.id === 'luxi-hitech') ?? dataset.tables.parks[0]!;
    expect((await firstResults(park.name_zh))[0]).toBe(`/parks/${park.id}/`);
  });
  it('searching a policy’s 文号 finds that policy first', async () => {
    for (const policy of dataset.content.policies.filter((p) => p.data.doc_number).slice(0, 3)) {
      expect((await firstResults(policy.data.doc_number!))[0], policy.data.doc_number!).toBe(`/policies/${policy.id}/`);
    }
  });
  it('searching a county name finds a park of that county first', async () => {
    const county = dataset.tables.counties.find((c) => c.id === 'huayuan')!;
    const first = (await firstResults(county.name_zh))[0]!;
    const parksThere = dataset.tables.parks.filter((p) => p.county_id === county.id).map((p) => `/parks/${p.id}/`);
    expect(parksThere).toContain(first);
  });
  it('the header search box works from any page', async () => {
    await page.goto(`${site.origin}/chains/`);
    await page.fill('#site-search-q', '白酒');
    await page.press('#site-search-q', 'Enter');
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 15_000 });
    expect(page.url()).toContain('/search/?q=');
  });
});
