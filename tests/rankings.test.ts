/**
 * The published ranking: pages per year, the CSV equal to `npm run score`, the methodology generated
 * from the same numbers, and the what-if weights in a real browser.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles, readPage } from './helpers/build.ts';
import { ROOT, SAMPLE } from './helpers/fixture.ts';
import { useSiteBrowser } from './helpers/site-browser.ts';
import { launchBrowser } from './helpers/browser.ts';
import { loadDataset } from '../src/lib/data/dataset.ts';
import { evaluateReleases } from '../src/lib/evaluation/portal.ts';
import { roundHalfUp } from '../src/lib/evaluation/round.ts';

const dist = inject('sampleDist');
const dataset = loadDataset(SAMPLE).dataset!;
const releases = dataset.tables.scoringReleases;
const publishedYears = releases.filter((r) => r.status !== 'draft').map((r) => r.year).sort();
const latest = Math.max(...publishedYears);
const evaluations = evaluateReleases(dataset.tables);

describe('ranking pages', () => {
  it('one page and one CSV per published year, none for drafts', () => {
    const files = listFiles(dist);
    for (const y of publishedYears) {
      expect(files).toContain(`rankings/${y}/index.html`);
      expect(files).toContain(`rankings/${y}.csv`);
    }
    expect(files).toContain('rankings/index.html');
    expect(files).toContain('methodology/index.html');
  });

  it('each year’s CSV is byte for byte what `npm run score -- --year Y --csv` prints', () => {
    for (const y of publishedYears) {
      const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'score.ts'), '--year', String(y), '--csv'], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(readFileSync(join(dist, 'rankings', `${y}.csv`), 'utf8'), String(y)).toBe(r.stdout);
    }
  });

  it('/rankings/ shows the latest published year, in rank order, with the public-notice banner while in notice', () => {
    const html = readPage(dist, 'rankings/index.html');
    expect(html).toContain(`<h1>${latest} 年度园区亩均效益评价</h1>`);
    const e = evaluations.find((x) => x.year === latest)!;
    // The at-a-glance table and the per-indicator table both list the parks in rank order.
    for (const id of ['ranking-table', 'ranking-details']) {
      const table = html.slice(html.indexOf(`id="${id}"`), html.indexOf('</table>', html.indexOf(`id="${id}"`)));
      const order = [...table.matchAll(/<tr data-park="([^"]+)"/g)].map((m) => m[1]);
      expect(order, id).toEqual(e.graded.map((g) => g.park_id));
    }
    const release = releases.find((r) => r.year === latest)!;
    if (release.status === 'notice') {
      expect(html).toContain('公示中');
      expect(html).toContain(dataset.portal.objection_contact.email);
    }
    for (const u of e.ungraded) expect(html).toContain(u.reason.zh);
  });

  it('a final year has no public-notice banner', () => {
    const final = releases.find((r) => r.status === 'final')!;
    expect(readPage(dist, `rankings/${final.year}/index.html`)).not.toContain('class="notice-banner"');
  });

  it('the methodology works the latest year’s top park through with the published numbers', () => {
    const html = readPage(dist, 'methodology/index.html');
    const e = evaluations.find((x) => x.year === latest)!;
    const top = e.graded[0]!;
    const name = dataset.tables.parks.find((p) => p.id === top.park_id)!.name_zh;
    expect(html).toContain(`${latest} 年度第一名 ${name}`);
    expect(html).toContain(`<strong>${roundHalfUp(top.total, 2).toFixed(2)}</strong>`);
    // Every weight in the settings appears in the indicator table.
    for (const s of dataset.tables.scoringIndicators) expect(html).toContain(`<td class="num">${s.weight}</td>`);
  });
});

describe('what-if weights in Chromium', () => {
  const site = useSiteBrowser(dist);

  const order = (page: import('playwright-core').Page) => page.$$eval('#ranking-table tbody tr', (trs) => trs.map((tr) => (tr as HTMLElement).dataset['park']));

  it('re-ranks the table with new weights, shows the change against the published rank, and resets', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/rankings/`);
    const published = await order(page);
    expect(await page.isVisible('#what-if')).toBe(true);
    // Put all the weight on lead-industry share: the ranking must follow that one indicator.
    for (const k of ['investment_per_mu', 'output_per_mu', 'tax_per_mu', 'energy_intensity_fall']) await page.fill(`input[name="${k}"]`, '0');
    await page.fill('input[name="lead_industry_share"]', '100');
    const e = evaluations.find((x) => x.year === latest)!;
    const expected = [...e.graded].sort((a, b) => roundHalfUp(100 * Math.min(b.ratios.lead_industry_share, 1.5), 2) - roundHalfUp(100 * Math.min(a.ratios.lead_industry_share, 1.5), 2) || (a.park_id < b.park_id ? -1 : 1)).map((g) => g.park_id);
    expect(await order(page)).toEqual(expected);
    expect(expected).not.toEqual(published);
    // The details table's score cells (found by the header's order: the park, then value and score per
    // indicator) follow: the top park's lead-industry score is 100 × its capped ratio, the others 0.
    const top = e.graded.find((g) => g.park_id === expected[0])!;
    const cells = await page.$$eval(`#ranking-details tr[data-park="${top.park_id}"] td`, (tds) => tds.map((td) => td.textContent));
    expect([cells[1], cells[3], cells[5], cells[7], cells[9]]).toEqual(['0.00', '0.00', '0.00', roundHalfUp(100 * Math.min(top.ratios.lead_industry_share, 1.5), 2).toFixed(2), '0.00']);
    const changes = await page.$$eval('#ranking-table tbody td[data-whatif-change]', (tds) => tds.map((td) => td.textContent));
    expect(changes.some((c) => c?.startsWith('↑'))).toBe(true);
    expect(await page.textContent('#what-if-status')).toContain('权重合计 100');
    await page.click('#what-if button[type="reset"]');
    await page.waitForFunction(() => !document.querySelector('#ranking-table .what-if-only:not([hidden])'));
    expect(await order(page)).toEqual(published);
    await page.close();
  });

  it('without JavaScript the published ranking stands alone and the what-if stays hidden', async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${site.origin}/rankings/`);
    expect(await page.isVisible('#what-if')).toBe(false);
    expect(await page.$$eval('#ranking-table tbody tr', (trs) => trs.length)).toBe(evaluations.find((x) => x.year === latest)!.graded.length);
    await noJs.close();
  });
});
