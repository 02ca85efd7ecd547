import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { distByKind, fileKind, pageKind } from './measure.ts';

describe('pageKind', () => {
  it('names item pages, lists (with their pages) and deeper pages by path, in either language', () => {
    expect(pageKind('index.html')).toBe('home');
    expect(pageKind('404.html')).toBe('404');
    expect(pageKind('parks/park-0001/index.html')).toBe('park');
    expect(pageKind('en/parks/park-0001/index.html')).toBe('park');
    expect(pageKind('projects/proj-000001/index.html')).toBe('project');
    expect(pageKind('parks/index.html')).toBe('parks list');
    expect(pageKind('en/projects/page/12/index.html')).toBe('projects list');
    expect(pageKind('rankings/2025/page/3/index.html')).toBe('rankings/<id>/page/<id>');
    expect(pageKind('chains/chain-001/firms/index.html')).toBe('chains/<id>/firms');
    expect(pageKind('invest/sites/county/c-433101/index.html')).toBe('invest/sites/county/<id>');
    expect(pageKind('projects/rates/2025/index.html')).toBe('projects/rates/<id>');
  });
});

describe('fileKind and distByKind', () => {
  it('sorts every file of dist/ into HTML by page kind, open data, files beside pages, search index, assets, feeds', () => {
    expect(fileKind('data/parks.csv')).toBe('open data: /data/ CSV');
    expect(fileKind('data/datapackage.json')).toBe('open data: /data/ JSON');
    expect(fileKind('parks/park-0001.csv')).toBe('CSV beside pages: parks/');
    expect(fileKind('rankings/2025-what-if.json')).toBe('JSON beside pages: rankings/');
    expect(fileKind('pagefind/fragment/zh_1.pf_fragment')).toBe('search index');
    expect(fileKind('en/pagefind/pagefind.js')).toBe('search index');
    expect(fileKind('_astro/Base.abc.css')).toBe('assets');
    expect(fileKind('favicon.svg')).toBe('assets');
    expect(fileKind('feeds/updates.xml')).toBe('feeds, sitemaps, robots');
    expect(fileKind('sitemap-0.xml')).toBe('feeds, sitemaps, robots');
  });

  it('adds up files and bytes per kind, largest first, and the kinds add up to the whole folder', () => {
    const dist = mkdtempSync(join(tmpdir(), 'measure-'));
    try {
      const files: Record<string, number> = { 'parks/a/index.html': 300, 'en/parks/a/index.html': 200, 'parks/index.html': 50, 'data/parks.csv': 1000, 'data/parks.json': 10, 'pagefind/x.pf_index': 7 };
      for (const [f, n] of Object.entries(files)) {
        mkdirSync(dirname(join(dist, f)), { recursive: true });
        writeFileSync(join(dist, f), 'x'.repeat(n));
      }
      const by = distByKind(dist);
      expect(Object.keys(by)).toEqual(['open data: /data/ CSV', 'html: park', 'html: parks list', 'open data: /data/ JSON', 'search index']);
      expect(by['html: park']).toEqual({ files: 2, bytes: 500 });
      expect(Object.values(by).reduce((s, k) => s + k.bytes, 0)).toBe(1567);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
