/**
 * The site builds from any region's data, and refuses to build from bad data.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, listFiles, readPage, type BuildResult } from './helpers/build.ts';
import { copyFixture, MINI, SAMPLE } from './helpers/fixture.ts';
import { loadDataset } from '../src/lib/data/dataset.ts';
import { checkJsonLd, jsonLdBlocks, Vocabulary } from './helpers/schema-org.ts';

describe('a build of the bundled 湘西州 sample', () => {
  // Built once for every site test by tests/global-setup.ts (which fails the run if it cannot build).
  const build = { outDir: inject('sampleDist'), log: inject('sampleBuildLog') };
  const dataset = loadDataset(SAMPLE).dataset!;

  it('builds without errors or warnings from the data check', () => {
    expect(build.log).not.toMatch(/error|提醒 warning/i);
  });
  it('has a page for every park, chain and policy', () => {
    const files = new Set(listFiles(build.outDir));
    for (const p of dataset.tables.parks) expect(files, p.id).toContain(`parks/${p.id}/index.html`);
    for (const c of dataset.tables.chains) expect(files, c.id).toContain(`chains/${c.id}/index.html`);
    for (const p of dataset.content.policies) expect(files, p.id).toContain(`policies/${p.id}/index.html`);
    expect(files).toContain('index.html');
  });
  it('every page declares its language, says the data are a sample and gives the as-of date', () => {
    const pages = listFiles(build.outDir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(30);
    for (const page of pages) {
      const html = readPage(build.outDir, page);
      expect(html, page).toContain(page.startsWith('en/') ? '<html lang="en">' : '<html lang="zh-CN">');
      expect(html, page).toContain(page.startsWith('en/') ? 'Sample data' : '示例数据');
      expect(html, page).toContain(`datetime="${dataset.portal.as_of}"`);
    }
  });
  it('a park page shows its name, key fields and MDX profile', () => {
    const park = dataset.tables.parks[0]!;
    const html = readPage(build.outDir, `parks/${park.id}/index.html`);
    expect(html).toContain(`<h1>${park.name_zh}</h1>`);
    expect(html).toContain(park.lead_industry_zh);
    expect(html).toContain('<h2 id="profile-h">园区简介</h2>');
    expect(html).not.toContain('暂无园区简介');
  });
});

describe('a build of a second region (proof that nothing about 湘西 is hard-coded)', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite({ dataDir: join(MINI, 'data'), contentDir: join(MINI, 'content') });
  });
  it('exits 0 and builds that region’s pages only', () => {
    expect(build.status).toBe(0);
    const files = listFiles(build.outDir);
    expect(files.filter((f) => /^parks\/[^/]+\/index\.html$/.test(f))).toEqual(['parks/north-park/index.html', 'parks/south-park/index.html']);
    expect(files.filter((f) => /^chains\/[^/]+\/index\.html$/.test(f))).toEqual(['chains/tea/index.html', 'chains/textiles/index.html']);
  });
  it('says nothing of 湘西 anywhere', () => {
    for (const f of listFiles(build.outDir)) {
      if (!/\.(html|css|js|json|xml|txt|csv|svg)$/.test(f)) continue;
      const text = readPage(build.outDir, f);
      expect(text, f).not.toMatch(/湘西|吉首|Xiangxi|Jishou/);
    }
    expect(readPage(build.outDir, 'index.html')).toContain('青禾市');
  });
  it('its JSON-LD is valid schema.org too, and its datasets cover that region', () => {
    const vocabulary = new Vocabulary();
    const problems: string[] = [];
    for (const f of listFiles(build.outDir).filter((x) => x.endsWith('.html'))) {
      for (const b of jsonLdBlocks(readPage(build.outDir, f))) problems.push(...(typeof b === 'string' ? [b] : checkJsonLd(b, vocabulary)).map((p) => `${f}: ${p}`));
    }
    expect(problems).toEqual([]);
    expect(readPage(build.outDir, 'data/parks/index.html')).toMatch(/"spatialCoverage":\{"@type":"AdministrativeArea","name":"青禾市/);
  });
});

describe('a build over bad data', () => {
  it('exits non-zero with the data report (file, line, column) and no stack trace, and writes no site', () => {
    const f = copyFixture();
    f.setCell('data/park_indicators.csv', 3, 'tax_wan', '"20,600"');
    f.setCell('data/parks.csv', 2, 'county_id', 'nort');
    const outDir = join(f.root, 'dist');
    const build = buildSite({ dataDir: f.dataDir, contentDir: f.contentDir, outDir });
    const out = build.stdout + build.stderr;
    expect(build.status).not.toBe(0);
    expect(out).toContain('park_indicators.csv');
    expect(out).toContain('第 3 行 line 3 · 第 7 列 column 7 (G, tax_wan)  值 value: "20,600"');
    expect(out).toContain('改为 20600');
    expect(out).toContain('第 2 行 line 2 · 第 5 列 column 5 (E, county_id)  值 value: "nort"');
    expect(out).toContain('是不是 north？');
    expect(out).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(existsSync(outDir)).toBe(false);
  });
});
