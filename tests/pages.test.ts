/** Home and park pages: the numbers on them are the data's, and the park table filters in a browser. */
import { describe, expect, inject, it } from 'vitest';
import { listFiles, readPage } from './helpers/build.ts';
import { SAMPLE } from './helpers/fixture.ts';
import { useSiteBrowser } from './helpers/site-browser.ts';
import { launchBrowser } from './helpers/browser.ts';
import { loadDataset } from '../src/lib/data/dataset.ts';
import { evaluateReleases, parkYearInputs } from '../src/lib/evaluation/portal.ts';
import { regionYear } from '../src/lib/evaluation/region.ts';
import { formatFixed, formatWan } from '../src/lib/format/number.ts';
import { roundHalfUp } from '../src/lib/evaluation/round.ts';

const dist = inject('sampleDist');
const dataset = loadDataset(SAMPLE).dataset!;
const t = dataset.tables;
const published = evaluateReleases(t).filter((e) => t.scoringReleases.find((r) => r.year === e.year)!.status !== 'draft');
const latest = published[published.length - 1]!;

describe('home page', () => {
  const html = readPage(dist, 'index.html');
  it('shows the region’s latest-year totals computed from park_indicators.csv', () => {
    const inputs = parkYearInputs(t);
    const year = Math.max(...inputs.map((r) => r.year));
    const y = regionYear(inputs, year);
    expect(html).toContain(`${year} 年全州园区概况`);
    expect(html).toContain(formatWan(y.outputWan));
    expect(html).toContain(formatWan(y.taxWan));
    // Per-mu amounts always with two decimals (one rule for the whole site).
    expect(html).toContain(`${formatFixed(y.outputPerMu, 2)} 万元/亩`);
  });
  it('shows the sewage bottom line as n of m parks', () => {
    const sewage = t.parkInfrastructure.filter((i) => i.item === 'sewage_treatment');
    expect(html).toContain(`${sewage.filter((i) => i.status === 'complete').length} / ${sewage.length}`);
  });
  it('lists every chain and every target', () => {
    for (const c of t.chains) expect(html).toContain(c.name_zh);
    for (const target of t.targets) expect(html).toContain(target.name_zh);
  });
});

describe('park pages', () => {
  it('every park page shows its latest evaluation, or why it was not graded', () => {
    for (const park of t.parks) {
      const html = readPage(dist, `parks/${park.id}/index.html`);
      const score = latest.graded.find((g) => g.park_id === park.id);
      const ungraded = latest.ungraded.find((u) => u.park_id === park.id);
      if (score) {
        expect(html, park.id).toContain(`总分 <strong>${roundHalfUp(score.total, 2).toFixed(2)}</strong>`);
        expect(html, park.id).toContain(`第 <strong>${score.rank}</strong> 名`);
      } else if (ungraded) {
        expect(html, park.id).toContain(ungraded.reason.zh);
      }
    }
  });
  it('lists the park’s firms, available sites and every infrastructure item', () => {
    for (const park of t.parks) {
      const html = readPage(dist, `parks/${park.id}/index.html`);
      for (const e of t.enterprises.filter((x) => x.park_id === park.id)) expect(html, e.id).toContain(e.name_zh);
      for (const s of t.sites.filter((x) => x.park_id === park.id && x.status !== 'taken')) expect(html, s.id).toContain(s.name_zh);
      expect((html.match(/<ul class="infra">[\s\S]*?<\/ul>/)?.[0].match(/<li>/g) ?? []).length, park.id).toBe(t.parkInfrastructure.filter((i) => i.park_id === park.id).length);
    }
  });
  it('offers the park’s data as CSV with one row per year', () => {
    const park = t.parks[0]!;
    expect(listFiles(dist)).toContain(`parks/${park.id}.csv`);
    const csv = readPage(dist, `parks/${park.id}.csv`).replace(/^\uFEFF/, '').trim().split('\n');
    expect(csv.length - 1).toBe(t.parkIndicators.filter((r) => r.park_id === park.id).length);
  });
});

describe('the park table in Chromium', () => {
  const site = useSiteBrowser(dist);
  const visible = (page: import('playwright-core').Page) => page.$$eval('#parks-table tbody tr', (trs) => trs.filter((tr) => !(tr as HTMLElement).hidden).map((tr) => tr.querySelector('a')!.getAttribute('href')));

  it('filtering by county shows exactly that county’s parks, and the choice survives a reload', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/parks/`);
    const county = t.counties.find((c) => t.parks.filter((p) => p.county_id === c.id).length > 1)!;
    await page.selectOption('select[name="county"]', county.id);
    const expected = t.parks.filter((p) => p.county_id === county.id).map((p) => `/parks/${p.id}/`).sort();
    expect((await visible(page)).sort()).toEqual(expected);
    await page.reload();
    expect((await visible(page)).sort()).toEqual(expected);
    await page.close();
  });
  it('filtering by chain shows the parks on that chain', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/parks/`);
    const chain = t.chains[0]!;
    await page.selectOption('select[name="chain"]', chain.id);
    const onChain = new Set([...t.parks.filter((p) => p.chain_ids.includes(chain.id)).map((p) => p.id), ...chain.key_park_ids]);
    expect((await visible(page)).sort()).toEqual([...onChain].map((id) => `/parks/${id}/`).sort());
    await page.close();
  });
  it('sorting by 亩均税收 puts the highest first on a second click', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/parks/`);
    const button = page.locator('#parks-table th', { hasText: '亩均税收（万元/' }).locator('button');
    await button.click();
    await button.click();
    const top = latest.graded.reduce((a, b) => (b.values.tax_per_mu > a.values.tax_per_mu ? b : a));
    expect((await visible(page))[0]).toBe(`/parks/${top.park_id}/`);
    await page.close();
  });
  it('without JavaScript the filter form is hidden and every park is listed', async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${site.origin}/parks/`);
    expect(await page.isVisible('form[data-filter-for="parks-table"]')).toBe(false);
    expect((await visible(page)).length).toBe(t.parks.length);
    await noJs.close();
  });
});
