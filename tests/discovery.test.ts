/**
 * Finding things: links that resolve (also under a sub-path), the sitemap, feeds, robots.txt,
 * canonical URLs, and Chinese search in Chromium.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { buildSite, listFiles, readPage } from './helpers/build.ts';
import { SAMPLE } from './helpers/fixture.ts';
import { checkLinks } from './helpers/links.ts';
import { serveStatic, type StaticServer } from './helpers/server.ts';
import { launchBrowser } from './helpers/browser.ts';
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
    expect(readPage(build.outDir, 'sitemap.xml')).toContain('<loc>https://example.gov.cn/portal/parks/</loc>');
    expect(readPage(build.outDir, 'robots.txt')).toContain('Sitemap: https://example.gov.cn/portal/sitemap.xml');
    expect(readPage(build.outDir, 'feeds/updates.xml')).toContain('<link>https://example.gov.cn/portal/updates/</link>');
    expect(readFileSync(join(build.outDir, 'data', 'datapackage.json'), 'utf8')).toContain('"homepage": "https://example.gov.cn/portal/"');
  });
});

describe('sitemap, robots.txt, canonical URLs', () => {
  const sitemap = readPage(dist, 'sitemap.xml');
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod>/g)].map((m) => ({ loc: m[1]!, lastmod: m[2]! }));
  it('lists every page once (not the 404 or search page) with a last-modified date from the data', () => {
    const pages = listFiles(dist).filter((f) => f.endsWith('.html') && f !== '404.html' && !/^(en\/)?search\//.test(f)).map((f) => `https://example.org/${f.replace(/index\.html$/, '')}`);
    expect(locs.map((l) => l.loc).sort()).toEqual(pages.sort());
    const update = dataset.content.updates[0]!;
    expect(locs.find((l) => l.loc === `https://example.org/updates/${update.id}/`)!.lastmod).toBe(update.data.date);
    for (const l of locs) expect(l.lastmod <= dataset.portal.as_of, l.loc).toBe(true);
  });
  it('robots.txt points at the sitemap', () => {
    expect(readPage(dist, 'robots.txt')).toContain('Sitemap: https://example.org/sitemap.xml');
  });
  it('each page has its canonical URL and Open Graph tags', () => {
    const html = readPage(dist, 'parks/luxi-hitech/index.html');
    expect(html).toContain('<link rel="canonical" href="https://example.org/parks/luxi-hitech/">');
    expect(html).toContain('<meta property="og:url" content="https://example.org/parks/luxi-hitech/">');
    expect(html).toMatch(/<meta property="og:title" content="[^"]+">/);
  });
});

describe('in Chromium', () => {
  let server: StaticServer;
  let browser: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    server = await serveStatic(dist);
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const feed of ['feeds/updates.xml', 'feeds/policies.xml']) {
    it(`${feed} is well-formed RSS with an item per entry and correct dates`, async () => {
      await page.goto(`${server.origin}/`);
      const text = readFileSync(join(dist, feed), 'utf8');
      const r = await page.evaluate((xml) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.nodeName, items: [...doc.querySelectorAll('item')].map((i) => ({ title: i.querySelector('title')?.textContent, pubDate: i.querySelector('pubDate')?.textContent })) };
      }, text);
      expect(r.error).toBeNull();
      expect(r.root).toBe('rss');
      // The updates feed also announces each correction to a sealed ranking.
      const expected = feed.includes('updates') ? dataset.content.updates.length + dataset.tables.scoringCorrections.length : dataset.content.policies.length;
      expect(r.items).toHaveLength(expected);
      for (const i of r.items) expect(i.pubDate).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} 00:00:00 \+0800$/);
    });
  }

  const firstResults = async (q: string) => {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(q)}`);
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
    await page.goto(`${server.origin}/chains/`);
    await page.fill('#site-search-q', '白酒');
    await page.press('#site-search-q', 'Enter');
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 15_000 });
    expect(page.url()).toContain('/search/?q=');
  });
});
