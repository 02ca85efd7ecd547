/**
 * The monthly dispatch, the quarterly inspection and the project pages over the built sample: every
 * project, month and quarter with data has its page (and English twin and CSV); the numbers on the
 * pages are the engine's; findings are counted here independently from their rows; the pages pass axe;
 * a region without the two tables builds without these pages.
 */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildSite, listFiles, readPage } from './helpers/build.ts';
import { MINI, SAMPLE } from './helpers/fixture.ts';
import { useSiteBrowser } from './helpers/site-browser.ts';
import { loadDataset } from '../src/lib/data/dataset.ts';
import { dispatchMonths, monthRates, progressByProject, RATE_KEYS, type DispatchInput } from '../src/lib/evaluation/dispatch.ts';
import { projectRates, signedYear } from '../src/lib/evaluation/projects.ts';
import { projectInputs } from '../src/lib/evaluation/portal.ts';
import { formatRatio, formatWan } from '../src/lib/format/number.ts';

const dist = inject('sampleDist');
const dataset = loadDataset(SAMPLE).dataset!;
const t = dataset.tables;
const asOf = dataset.portal.as_of;
const files = new Set(listFiles(dist));
const parkCounty = new Map(t.parks.map((p) => [p.id, p.county_id]));
const input: DispatchInput = { projects: t.projects, progress: progressByProject(t.projectProgress), portalAsOf: asOf, countyOf: (p) => parkCounty.get(p.park_id)! };
const months = dispatchMonths(t.projectProgress);
const quarters = [...new Set(t.inspections.map((f) => f.quarter))].sort();

/** The text of the element whose opening tag matches `open`, inner tags removed. */
const texts = (html: string, open: RegExp) => [...html.matchAll(new RegExp(`${open.source}([\\s\\S]*?)</(?:td|span|p|dd)>`, 'g'))].map((m) => m[1]!.replace(/<[^>]+>/g, '').trim());
const section = (html: string, id: string) => {
  const start = html.indexOf(`id="${id}"`);
  expect(start, id).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</table>', start));
};

describe('a page for everything with data', () => {
  it('every project has a page in both languages', () => {
    expect(t.projects.length).toBeGreaterThan(0);
    for (const p of t.projects) for (const f of [`projects/${p.id}/index.html`, `en/projects/${p.id}/index.html`]) expect(files, f).toContain(f);
  });
  it('every month with progress data has a dispatch page in both languages and a CSV; the index lists them all', () => {
    expect(months.length).toBeGreaterThanOrEqual(18);
    const index = readPage(dist, 'dispatch/index.html');
    for (const m of months) {
      for (const f of [`dispatch/${m}/index.html`, `en/dispatch/${m}/index.html`, `dispatch/${m}.csv`]) expect(files, f).toContain(f);
      expect(index).toContain(`href="/dispatch/${m}/"`);
    }
    expect([...files].filter((f) => /^dispatch\/\d{4}-\d{2}\/index\.html$/.test(f))).toHaveLength(months.length);
  });
  it('every quarter with findings has an inspection page in both languages and a CSV', () => {
    expect(quarters.length).toBeGreaterThanOrEqual(8);
    for (const q of quarters.map((x) => x.toLowerCase())) for (const f of [`inspections/${q}/index.html`, `en/inspections/${q}/index.html`, `inspections/${q}.csv`]) expect(files, f).toContain(f);
  });
  it('the home page links the latest month; the projects list, a park and a chain page chart the months and link it', () => {
    const latest = months.at(-1)!;
    expect(readPage(dist, 'index.html')).toContain(`href="/dispatch/${latest}/"`);
    expect(readPage(dist, 'en/index.html')).toContain(`href="/en/dispatch/${latest}/"`);
    const p = t.projects[0]!;
    for (const page of ['projects/index.html', `parks/${p.park_id}/index.html`, `chains/${p.chain_id}/index.html`]) {
      const html = readPage(dist, page);
      expect(html, page).toContain('data-rate-history');
      expect(html, page).toMatch(new RegExp(`<a href="/dispatch/${latest}/" data-latest-dispatch>`));
      expect(html, page).toContain('class="chart-svg"');
    }
    expect(readPage(dist, 'projects/index.html')).toContain(`href="/projects/${p.id}/"`);
  });
  it('the updates feed has an item for every month', () => {
    const zh = readPage(dist, 'feeds/updates.xml');
    const en = readPage(dist, 'en/feeds/updates.xml');
    for (const m of months) {
      expect(zh).toContain(`/dispatch/${m}/</link>`);
      expect(en).toContain(`/en/dispatch/${m}/</link>`);
    }
  });
});

describe('numbers on the pages are the engine’s', () => {
  it('each month page shows the four rates, the signed count and the funds of monthRates()', () => {
    for (const m of months) {
      const r = monthRates(input, m);
      const html = readPage(dist, `dispatch/${m}/index.html`);
      const table = section(html, 'month-rates');
      for (const k of RATE_KEYS) {
        const row = table.slice(table.indexOf(`data-rate="${k}"`));
        expect(texts(row, /<td class="num" data-now>/)[0], `${m} ${k}`).toBe(formatRatio(r.all[k]));
      }
      expect(html, m).toContain(`已签约项目 ${r.all.signed} 个`);
      expect(html, m).toContain(`到位资金 ${formatWan(r.all.fundsInPlaceWan)}`);
      // By county: every county's performance rate.
      const counties = section(html, 'month-county');
      for (const [county, cr] of r.byCounty) {
        const row = counties.slice(counties.indexOf(`data-group="${county}"`));
        expect(texts(row, /<span data-ratio>/)[0], `${m} ${county}`).toBe(formatRatio(cr.performanceRate));
      }
    }
  });
  it('in the latest month, the rates by signing year equal the yearly rates of projects.csv as of the data date', () => {
    // Monthly funds come from project_progress.csv; the yearly rates from projects.csv: the sample agrees.
    const latest = monthRates(input, months.at(-1)!);
    expect(latest.asOf).toBe(asOf);
    const all = projectInputs(t.projects);
    for (const [year, r] of latest.bySignedYear) {
      const yearly = projectRates(all.filter((p) => signedYear(p) === year), asOf);
      expect(r, String(year)).toEqual(yearly);
    }
  });
  it('each quarter page counts its findings as worked out here from the rows', () => {
    for (const q of quarters) {
      const rows = t.inspections.filter((f) => f.quarter === q);
      const onTime = rows.filter((f) => f.rectified_on !== null && f.rectified_on <= f.deadline).length;
      const late = rows.filter((f) => f.rectified_on !== null && f.rectified_on > f.deadline).length;
      const overdue = rows.filter((f) => f.status !== 'rectified' && f.deadline < asOf).length;
      const html = readPage(dist, `inspections/${q.toLowerCase()}/index.html`);
      expect(texts(html, /<p data-counts>/)[0], q).toContain(`按期整改 ${onTime} 个，逾期整改 ${late} 个，逾期未整改 ${overdue} 个，未到期 ${rows.length - onTime - late - overdue} 个`);
      expect([...html.matchAll(/<tr data-finding="/g)]).toHaveLength(rows.length);
    }
  });
  it('a project page shows its contract, its funds and the findings that name it', () => {
    for (const p of t.projects) {
      const html = readPage(dist, `projects/${p.id}/index.html`);
      expect(texts(html, /<dd data-contracted>/)[0], p.id).toBe(formatWan(p.contracted_investment_wan));
      if (p.funds_in_place_wan !== null) expect(texts(html, /<dd data-funds>/)[0], p.id).toBe(formatWan(p.funds_in_place_wan));
      for (const f of t.inspections.filter((x) => x.project_id === p.id)) expect(html, `${p.id} ${f.id}`).toContain(`data-finding="${f.id}"`);
      expect(html).toContain(`href="/parks/${p.park_id}/"`);
    }
  });
});

describe('accessibility of the new pages', () => {
  const site = useSiteBrowser(dist);
  it('a month, a quarter, a project and the two indexes, in both languages: zero axe violations, no console errors', async () => {
    const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const p = t.projects.find((x) => t.inspections.some((f) => f.project_id === x.id))!;
    const paths = ['/dispatch/', `/dispatch/${months.at(-1)}/`, `/dispatch/${months[0]}/`, '/inspections/', `/inspections/${quarters.at(-1)!.toLowerCase()}/`, `/projects/${p.id}/`, `/projects/${t.projects.find((x) => x.terminated_on)!.id}/`];
    const failures: string[] = [];
    const page = await site.browser.newPage();
    page.on('console', (m) => { if (m.type() === 'error') failures.push(`console: ${m.text()}`); });
    for (const path of [...paths, ...paths.map((x) => `/en${x}`)]) {
      const res = await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
      if (res?.status() !== 200) failures.push(`${path}: status ${res?.status()}`);
      const v = (await page.evaluate(`${AXE}; axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')))`)) as string[];
      for (const x of v) failures.push(`${path}: ${x}`);
    }
    await page.close();
    expect(failures).toEqual([]);
  });
});

describe('a region without the two tables', () => {
  it('builds with a page per project and no dispatch or inspection pages', () => {
    const b = buildSite({ dataDir: join(MINI, 'data'), contentDir: join(MINI, 'content') });
    expect(b.status, b.stderr).toBe(0);
    const out = listFiles(b.outDir);
    for (const id of ['qp01', 'qp02', 'qp03', 'qp04']) expect(out).toContain(`projects/${id}/index.html`);
    expect(out.filter((f) => /^(en\/)?(dispatch|inspections)\//.test(f))).toEqual([]);
    expect(readPage(b.outDir, 'projects/index.html')).not.toContain('data-rate-history');
  });
});
