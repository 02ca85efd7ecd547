/**
 * The search index in parts (src/site/search-index.ts): the sample's pages indexed again with small
 * part limits, so each language has several bundles merged at query time, as at national scale; then
 * searching in Chromium still finds chains, parks, policies and projects first, in both languages.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { indexSite, languagePages, type LanguageIndex } from '../src/site/search-index.ts';
import { SAMPLE } from './helpers/fixture.ts';
import { serveStatic, type StaticServer } from './helpers/server.ts';
import { launchBrowser } from './helpers/browser.ts';
import { loadDataset } from '../src/lib/data/dataset.ts';

const sampleDist = inject('sampleDist');
const dataset = loadDataset(SAMPLE).dataset!;

describe('search index in parts', () => {
  let dist: string;
  let indexed: LanguageIndex[];
  let server: StaticServer;
  let browser: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    dist = join(mkdtempSync(join(tmpdir(), 'portal-search-parts-')), 'dist');
    cpSync(sampleDist, dist, { recursive: true });
    // At most 80 pages a part: the sample's ~230 pages of a language go into three or more parts; and
    // the result snippets of more than 10 pages of a part shared a few to a file, as at national scale.
    // Pagefind reads a part's pages 30 at a time: three batches to a part, as at national scale.
    indexed = await indexSite(dist, { pages: 80, words: 1e9, fragments: 10, batch: 30 });
    server = await serveStatic(dist);
    browser = await launchBrowser();
    page = await browser.newPage();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dist) rmSync(join(dist, '..'), { recursive: true, force: true });
  });

  it('writes each language’s parts as bundles of their own, listed in the first bundle’s parts.json', () => {
    for (const r of indexed) {
      expect(r.parts.length, r.lang).toBeGreaterThanOrEqual(2);
      const listed = JSON.parse(readFileSync(join(dist, r.bundle, 'parts.json'), 'utf8')) as string[];
      expect(listed.map((p) => `${r.bundle}${p}`)).toEqual(r.parts);
      // Every page of the language is in exactly one part.
      const count = (bundle: string) => Object.values((JSON.parse(readFileSync(join(dist, bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }).languages).reduce((a, l) => a + l.page_count, 0);
      const searchable = languagePages(dist, r.lang).filter((p) => readFileSync(join(dist, r.bundle, '..', p), 'utf8').includes('data-pagefind-body'));
      expect([r.bundle, ...r.parts].reduce((a, b) => a + count(b), 0), r.lang).toBe(searchable.length);
      // Only the first bundle carries the search UI.
      expect(existsSync(join(dist, r.bundle, 'pagefind-ui.js'))).toBe(true);
      for (const p of r.parts) expect(existsSync(join(dist, p, 'pagefind-ui.js')), p).toBe(false);
      // Above 10 pages a part, fewer snippet files than pages.
      for (const b of [r.bundle, ...r.parts]) expect(readdirSync(join(dist, b, 'fragment')).length, b).toBeLessThanOrEqual(10);
      // Every project page is indexed by its digest.
      expect(r.digests, r.lang).toBe(dataset.tables.projects.length);
    }
  });

  const results = async (path: string) => {
    await page.goto(`${server.origin}${path}`);
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 15_000 });
    return page.$$eval('.pagefind-ui__result-link', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  };

  it('finds the 白酒 chain first, a park by its name and a policy by its 文号, across the parts', async () => {
    expect((await results(`/search/?q=${encodeURIComponent('白酒')}`))[0]).toBe('/chains/baijiu/');
    const park = dataset.tables.parks.find((p) => p.id === 'luxi-hitech') ?? dataset.tables.parks[0]!;
    expect((await results(`/search/?q=${encodeURIComponent(park.name_zh)}`))[0]).toBe(`/parks/${park.id}/`);
    const policy = dataset.content.policies.find((p) => p.data.doc_number)!;
    expect((await results(`/search/?q=${encodeURIComponent(policy.data.doc_number!)}`))[0]).toBe(`/policies/${policy.id}/`);
  });

  it('finds a project by its name and by its investor, from its digest', async () => {
    const projects = dataset.tables.projects.filter((p) => p.investor_zh).slice(0, 3);
    expect(projects).toHaveLength(3);
    for (const project of projects) {
      expect((await results(`/search/?q=${encodeURIComponent(project.name_zh)}`))[0], project.name_zh).toBe(`/projects/${project.id}/`);
      expect(await results(`/search/?q=${encodeURIComponent(project.investor_zh!)}`), project.investor_zh!).toContain(`/projects/${project.id}/`);
    }
  });

  it('searches the English parts from the English search page and links English pages', async () => {
    const links = await results(`/en/search/?q=${encodeURIComponent('Baijiu')}`);
    for (const l of links) expect(l).toMatch(/^\/en\//);
    expect(links).toContain('/en/chains/baijiu/');
    const project = dataset.tables.projects.find((p) => p.name_en)!;
    expect((await results(`/en/search/?q=${encodeURIComponent(project.name_en!)}`))[0]).toBe(`/en/projects/${project.id}/`);
  });
});
