/**
 * What a reader sees, in Chromium at a laptop's 1280×800 and a phone's 390×844: the header on one row at
 * 1280 with its edges on the content's; the ranking's rank, park, grade and total inside the viewport and
 * its first rows in the first screen; the what-if's result where the reader is looking; no chart drawing
 * past its box or the screen (the chain map included); no internal column names in the text. Screenshots
 * of the changed pages go to tests/screenshots/ when SCREENSHOTS=1 (committed for people to look at).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './helpers/server.ts';
import { launchBrowser } from './helpers/browser.ts';
import { MINI, ROOT } from './helpers/fixture.ts';
import { buildSite, listFiles } from './helpers/build.ts';
import { columnNames } from '../src/site/plain-words.ts';

const dist = inject('sampleDist');
const SIZES = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** Pages whose screenshots are committed in tests/screenshots/ (SCREENSHOTS=1). */
const SHOTS = ['/', '/en/', '/rankings/', '/en/rankings/', '/parks/jishou-hitech/', '/en/parks/jishou-hitech/', '/invest/gaps/', '/chains/baijiu/', '/en/chains/baijiu/'];

/** Pages a reader meets first, in both languages. */
const PAGES = ['/', '/rankings/', '/rankings/2024/', '/parks/jishou-hitech/', '/chains/baijiu/', '/chains/mn-zn-v-al/', '/policies/baijiu-support/', '/projects/', '/targets/', '/invest/', '/invest/gaps/', '/parks/', '/methodology/'];
const BOTH = PAGES.flatMap((p) => [p, `/en${p}`]);

/** The cells' boxes, per row, as [left, right] against the viewport width. */
const glanceBoxes = `(() => [...document.querySelectorAll('#ranking-table tbody tr')].map((tr) => {
  const box = (el) => { const r = el.getBoundingClientRect(); return [Math.round(r.left), Math.round(r.right)]; };
  return { rank: box(tr.querySelector('[data-rank]')), park: box(tr.querySelector('th a')), grade: box(tr.querySelector('[data-grade]')), total: box(tr.querySelector('[data-total]')) };
}))()`;

/** The cells' boxes, per row, as [top, bottom] on the page as first shown. */
const glanceRows = `(() => [...document.querySelectorAll('#ranking-table tbody tr')].map((tr) => {
  const box = (el) => { const r = el.getBoundingClientRect(); return [Math.round(r.top), Math.round(r.bottom)]; };
  return { rank: box(tr.querySelector('[data-rank]')), park: box(tr.querySelector('th a')), grade: box(tr.querySelector('[data-grade]')), total: box(tr.querySelector('[data-total]')) };
}))()`;

/** The header's brand, navigation and search boxes, and the content's box inside <main>'s padding. */
const headerBoxes = `(() => {
  const box = (el) => { const r = el.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }; };
  const main = document.querySelector('main');
  const m = main.getBoundingClientRect();
  const cs = getComputedStyle(main);
  return {
    brand: box(document.querySelector('.site-header .brand')),
    nav: box(document.querySelector('.site-header nav ul')),
    search: box(document.querySelector('.site-header .site-search')),
    content: { left: m.left + parseFloat(cs.paddingLeft), right: m.right - parseFloat(cs.paddingRight), top: m.top, bottom: m.bottom },
  };
})()`;

/** Every mark and text of every chart whose box reaches past its <svg> box or the viewport's width (px). */
const chartOverflow = `(() => {
  const out = [];
  for (const svg of document.querySelectorAll('figure svg')) {
    const s = svg.getBoundingClientRect();
    if (s.width === 0) continue;
    if (s.right > innerWidth + 0.5) out.push('svg past the viewport: ' + (svg.getAttribute('aria-labelledby') || '') + ' right=' + Math.round(s.right));
    for (const el of svg.querySelectorAll('text, rect, path, circle, line')) {
      if (el.closest('defs, pattern, clipPath')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < s.left - 1 || r.right > s.right + 1 || r.top < s.top - 1 || r.bottom > s.bottom + 1) out.push(el.tagName + ' "' + (el.textContent || '').slice(0, 30) + '" [' + Math.round(r.left) + ',' + Math.round(r.right) + '] outside [' + Math.round(s.left) + ',' + Math.round(s.right) + ']');
    }
  }
  return out;
})()`;

describe('reading the site in Chromium', () => {
  let server: StaticServer;
  const browsers: Record<string, BrowserContext> = {};
  beforeAll(async () => {
    server = await serveStatic(dist);
    for (const s of SIZES) browsers[s.name] = await launchBrowser({ viewport: { width: s.width, height: s.height } });
  });
  afterAll(async () => {
    for (const b of Object.values(browsers)) await b.close();
    await server?.close();
  });

  for (const size of SIZES) {
    describe(`${size.width}×${size.height}`, () => {
      let page: Page;
      beforeAll(async () => {
        page = await browsers[size.name]!.newPage();
      });

      it('the header: brand, navigation and search on one row at 1280 (edges on the content’s), nothing past the screen at 390', async () => {
        for (const path of ['/', '/en/', '/rankings/', '/en/rankings/', '/chains/baijiu/', '/en/chains/baijiu/']) {
          await page.goto(`${server.origin}${path}`);
          const h = (await page.evaluate(headerBoxes)) as Record<'brand' | 'nav' | 'search' | 'content', { left: number; right: number; top: number; bottom: number }>;
          for (const part of ['brand', 'nav', 'search'] as const) {
            expect(h[part].left, `${path} ${part}`).toBeGreaterThanOrEqual(0);
            expect(h[part].right, `${path} ${part}`).toBeLessThanOrEqual(size.width);
          }
          if (size.width >= 1024) {
            // One row: every part's box overlaps every other's vertically.
            expect(Math.max(h.brand.top, h.nav.top, h.search.top), `${path}: one row`).toBeLessThan(Math.min(h.brand.bottom, h.nav.bottom, h.search.bottom));
            expect(Math.abs(h.brand.left - h.content.left), `${path}: brand on the content's left edge`).toBeLessThanOrEqual(1);
            expect(Math.abs(h.search.right - h.content.right), `${path}: search on the content's right edge`).toBeLessThanOrEqual(1);
          }
          expect(await page.evaluate('document.documentElement.scrollWidth'), path).toBeLessThanOrEqual(size.width);
        }
      });

      it('/rankings/ and /en/rankings/: rank, park, grade and total of the first three rows are in the first screen', async () => {
        for (const path of ['/rankings/', '/en/rankings/']) {
          await page.goto(`${server.origin}${path}`);
          const rows = (await page.evaluate(glanceRows)) as Record<string, [number, number]>[];
          expect(rows.length, path).toBeGreaterThanOrEqual(3);
          // Under public notice, the one line at the top links the full notice, which follows the table.
          const full = await page.evaluate(`(() => { const a = document.querySelector('.notice-short a[href="#objections"]'); const f = document.getElementById('objections'); return a && f ? f.getBoundingClientRect().top > document.querySelector('#ranking-table').getBoundingClientRect().bottom : null; })()`);
          expect(full, `${path}: the notice's line links the full notice below the table`).toBe(true);
          for (const [i, row] of rows.slice(0, 3).entries()) for (const [cell, [top, bottom]] of Object.entries(row)) {
            expect(top, `${path} row ${i + 1} ${cell}`).toBeGreaterThanOrEqual(0);
            expect(bottom, `${path} row ${i + 1} ${cell}`).toBeLessThanOrEqual(size.height);
          }
        }
      });

      it('/rankings/ and /en/rankings/: every row’s rank, park, grade and total lie inside the viewport, no sideways scrolling', async () => {
        for (const path of ['/rankings/', '/en/rankings/']) {
          await page.goto(`${server.origin}${path}`);
          const rows = (await page.evaluate(glanceBoxes)) as Record<string, [number, number]>[];
          expect(rows.length).toBeGreaterThan(0);
          for (const row of rows) for (const [cell, [left, right]] of Object.entries(row)) {
            expect(left, `${path} ${cell}`).toBeGreaterThanOrEqual(0);
            expect(right, `${path} ${cell}`).toBeLessThanOrEqual(size.width);
          }
          expect(await page.evaluate('document.documentElement.scrollWidth'), path).toBeLessThanOrEqual(size.width);
        }
      });

      it('after a what-if, the rank changes are listed under the weights and the headers show the simulated weights', async () => {
        await page.goto(`${server.origin}/rankings/`);
        await page.fill('#what-if input[name="tax_per_mu"]', '0');
        await page.waitForSelector('#what-if-status li');
        const moves = await page.$$eval('#what-if-status li', (lis) => lis.map((li) => li.textContent ?? ''));
        expect(moves.length).toBeGreaterThan(0);
        for (const m of moves) expect(m).toMatch(/：\d+ → \d+$/);
        expect(await page.textContent('#ranking-details [data-weight="tax_per_mu"]')).toBe('模拟权重 0（公布 30）');
        expect(await page.textContent('#ranking-details [data-weight="output_per_mu"]')).toBe('模拟权重 25（公布 25）');
        expect(await page.textContent('#ranking-table [data-head="total"]')).toBe('模拟总分');
        // The list sits right under the inputs: its top is within one screen of the form's bottom.
        const gap = await page.evaluate(`document.querySelector('#what-if-status').getBoundingClientRect().top - document.querySelector('#what-if fieldset').getBoundingClientRect().bottom`);
        expect(gap as number).toBeLessThan(size.height / 2);
        await page.click('#what-if button[type="reset"]');
        await page.waitForFunction(() => document.querySelector('#ranking-details [data-weight="tax_per_mu"]')?.textContent === '权重 30');
      });

      it('the per-indicator table’s park column stays in view when the table is scrolled sideways', async () => {
        await page.goto(`${server.origin}/rankings/`);
        const wrap = page.locator('#ranking-details').locator('xpath=..');
        const scrollable = (await wrap.evaluate((el) => el.scrollWidth > el.clientWidth)) as boolean;
        if (!scrollable) return; // wide enough to show everything: nothing to stick
        await wrap.evaluate((el) => el.scrollBy(400, 0));
        const left = await page.$eval('#ranking-details tbody tr th', (th) => th.getBoundingClientRect().left - th.closest('.table-wrap')!.getBoundingClientRect().left);
        expect(Math.abs(left)).toBeLessThan(1);
      });

      it('no chart draws a mark or text past its box, and no chart is wider than the screen', async () => {
        const problems: string[] = [];
        for (const path of BOTH) {
          await page.goto(`${server.origin}${path}`);
          for (const p of (await page.evaluate(chartOverflow)) as string[]) problems.push(`${path}: ${p}`);
        }
        expect(problems).toEqual([]);
      });

      it('screenshots of the changed pages (SCREENSHOTS=1)', async () => {
        if (process.env['SCREENSHOTS'] !== '1') return;
        const dir = join(ROOT, 'tests', 'screenshots');
        mkdirSync(dir, { recursive: true });
        // What a reader sees first (one screen each, to keep the committed files small), and the ranking's
        // score chart, the part that used to clip on a phone.
        for (const path of SHOTS) {
          await page.goto(`${server.origin}${path}`);
          const name = path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home';
          await page.screenshot({ path: join(dir, `${name}-${size.width}.png`), type: 'png' });
        }
        await page.goto(`${server.origin}/rankings/`);
        await page.evaluate('document.querySelector("#chart-h").scrollIntoView()');
        await page.screenshot({ path: join(dir, `rankings-chart-${size.width}.png`), type: 'png' });
        // The chain map, which used to scroll sideways in its box on a phone.
        for (const path of ['/chains/mn-zn-v-al/', '/en/chains/mn-zn-v-al/']) {
          await page.goto(`${server.origin}${path}`);
          await page.evaluate('document.querySelector("#map-h").scrollIntoView()');
          const name = path.replace(/^\/|\/$/g, '').replace(/\//g, '-');
          await page.screenshot({ path: join(dir, `${name}-map-${size.width}.png`), type: 'png' });
        }
      });
    });
  }
});

/** The visible text of a built page: no head, scripts, styles or attribute values. */
function pageText(html: string): string {
  return html
    .replace(/<head>[\s\S]*?<\/head>/, ' ')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&');
}

describe('plain words in the built pages', () => {
  it('no public page shows an internal column name (the open-data dictionary pages under /data/ document them on purpose)', () => {
    const found: string[] = [];
    for (const f of listFiles(dist)) {
      if (!f.endsWith('.html') || /^(en\/)?data\//.test(f) || f.startsWith('pagefind/')) continue;
      for (const c of columnNames(pageText(readFileSync(join(dist, f), 'utf8')))) found.push(`${f}: ${c}`);
    }
    expect(found).toEqual([]);
  });

  it('no public page names a data file (targets.csv …) in its text: plain words, with links to the open data (the open-data and methodology pages document the files on purpose)', () => {
    const found: string[] = [];
    for (const f of listFiles(dist)) {
      if (!f.endsWith('.html') || /^(en\/)?(data|methodology)\//.test(f) || f.startsWith('pagefind/')) continue;
      const m = pageText(readFileSync(join(dist, f), 'utf8')).match(/[\w/-]+\.(csv|mdx)\b/);
      if (m) found.push(`${f}: ${m[0]}`);
    }
    expect(found).toEqual([]);
  });

  it('no public page shows a cell coordinate (第 12 行 E 列, line 12, column E)', () => {
    const found: string[] = [];
    for (const f of listFiles(dist)) {
      if (!f.endsWith('.html') || f.startsWith('pagefind/')) continue;
      const m = pageText(readFileSync(join(dist, f), 'utf8')).match(/第 \d+ 行 [A-Z]+ 列|line \d+, column [A-Z]+/);
      if (m) found.push(`${f}: ${m[0]}`);
    }
    expect(found).toEqual([]);
  });
});

describe('the second region reads as its own place', () => {
  it('tests/fixtures/mini-region (青禾市) builds and none of its pages has the sample region’s words', () => {
    const build = buildSite({ dataDir: join(MINI, 'data'), contentDir: join(MINI, 'content') });
    expect(build.status, build.stderr).toBe(0);
    const found: string[] = [];
    for (const f of listFiles(build.outDir)) {
      if (!f.endsWith('.html') || f.startsWith('pagefind/')) continue;
      const text = pageText(readFileSync(join(build.outDir, f), 'utf8'));
      const m = text.match(/湘西|Xiangxi|吉首|全州|州里|州级|州（市）级|the whole prefecture|[Pp]refecture (benchmark|average)/);
      if (m) found.push(`${f}: ${m[0]}`);
    }
    expect(found).toEqual([]);
    expect(pageText(readFileSync(join(build.outDir, 'index.html'), 'utf8'))).toContain('全市园区概况');
    // Its park at the region's own level reads 市级 (a city), in its words, not the sample's 州.
    expect(pageText(readFileSync(join(build.outDir, 'parks', 'south-park', 'index.html'), 'utf8'))).toContain('市级');
    expect(pageText(readFileSync(join(build.outDir, 'en', 'parks', 'index.html'), 'utf8'))).toMatch(/\bcity\b/);
    // Its segment notes have no English: the English chain page says so instead of showing Chinese prose.
    const tea = pageText(readFileSync(join(build.outDir, 'en', 'chains', 'tea', 'index.html'), 'utf8'));
    expect(tea).toContain('(not yet translated into English: see the Chinese page)');
    expect(tea).not.toContain('虚构评估');
  });
});
