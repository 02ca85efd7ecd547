/**
 * The list pages (policies, projects, updates) and the 404 page: every entry has its page, statuses,
 * rates and overdue flags are the data's, and the project filter works in a browser (and is hidden
 * without JavaScript).
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { listFiles, readPage } from './helpers/build.ts';
import { SAMPLE } from './helpers/fixture.ts';
import { useSiteBrowser } from './helpers/site-browser.ts';
import { launchBrowser } from './helpers/browser.ts';
import { loadDataset } from '../src/lib/data/dataset.ts';
import { projectInputs } from '../src/lib/evaluation/portal.ts';
import { isOverdue, projectRates, signedYear, type ProjectRates } from '../src/lib/evaluation/projects.ts';
import { POLICY_STATUS_LABELS, type PolicyStatus } from '../src/lib/data/policy-status.ts';
import { formatRatio, NO_VALUE } from '../src/lib/format/number.ts';
import { policyScope } from '../src/site/policy-scope.ts';

const dist = inject('sampleDist');
const dataset = loadDataset(SAMPLE).dataset!;
const t = dataset.tables;
const asOf = dataset.portal.as_of;
const policies = dataset.content.policies;
const updates = dataset.content.updates;
const projects = projectInputs(t.projects);
const years = [...new Set(projects.map(signedYear))].sort((a, b) => a - b);

/** The attributes and inner HTML of every `<tr …>` whose attributes match `marker`. */
function rows(html: string, marker: RegExp): { attrs: Record<string, string>; inner: string }[] {
  return [...html.matchAll(/<tr\b([^>]*)>([\s\S]*?)<\/tr>/g)]
    .filter((m) => marker.test(m[1]!))
    .map((m) => ({ attrs: Object.fromEntries([...m[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])), inner: m[2]! }));
}

/** The HTML of the table with this id. */
function table(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  expect(start, `table #${id}`).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</table>', start));
}

/** The status a policy has on the as-of date, worked out here from its dates (not from the site code). */
function expectedStatus(p: { issued_on: string; effective_from: string | null; effective_to: string | null }): PolicyStatus {
  if (asOf < (p.effective_from ?? p.issued_on)) return 'not_yet';
  if (p.effective_to !== null && asOf > p.effective_to) return 'expired';
  return 'in_force';
}

describe('pages for every entry', () => {
  const files = listFiles(dist);
  it('one page per policy and per update, plus the three lists and 404.html', () => {
    for (const p of policies) expect(files).toContain(`policies/${p.id}/index.html`);
    for (const u of updates) expect(files).toContain(`updates/${u.id}/index.html`);
    for (const f of ['policies/index.html', 'projects/index.html', 'updates/index.html', '404.html']) expect(files).toContain(f);
  });

  it('404.html says 页面不存在 and links every main section', () => {
    const html = readPage(dist, '404.html');
    expect(html).toContain('<h1>页面不存在</h1>');
    for (const s of ['parks', 'chains', 'rankings', 'projects', 'policies', 'updates', 'methodology']) expect(html).toContain(`href="/${s}/"`);
  });
});

describe('/policies/', () => {
  const html = readPage(dist, 'policies/index.html');
  const trs = rows(html, /data-policy=/);

  it('has one row per policy, with its in-force status as of portal.as_of computed from its dates', () => {
    expect(trs.map((r) => r.attrs['data-policy']).sort()).toEqual(policies.map((p) => p.id).sort());
    for (const p of policies) {
      const tr = trs.find((r) => r.attrs['data-policy'] === p.id)!;
      const status = expectedStatus(p.data);
      expect(tr.attrs['data-status'], p.id).toBe(status);
      expect(tr.inner, p.id).toContain(`>${POLICY_STATUS_LABELS[status].zh}</span>`);
      expect(tr.attrs['data-kind']).toBe(p.data.kind);
      expect(tr.inner).toContain(`href="/policies/${p.id}/"`);
    }
  });

  it('counts the policies by status above the table', () => {
    for (const s of Object.keys(POLICY_STATUS_LABELS) as PolicyStatus[]) {
      const n = policies.filter((p) => expectedStatus(p.data) === s).length;
      expect(html).toMatch(new RegExp(`data-status-count="${s}"><span class="stat-value">${n} 件</span>`));
    }
  });

  it('gives each row the tokens of the chains, parks and counties it applies to', () => {
    for (const p of policies) {
      const tr = trs.find((r) => r.attrs['data-policy'] === p.id)!;
      const tokens = (k: string) => (tr.attrs[k] ?? '').split(' ');
      const everywhere = p.data.parks.length === 0 && p.data.counties.length === 0;
      for (const c of p.data.chains.length ? p.data.chains : t.chains.map((c) => c.id)) expect(tokens('data-chain'), p.id).toContain(c);
      for (const park of everywhere ? t.parks.map((x) => x.id) : p.data.parks) {
        expect(tokens('data-park'), p.id).toContain(park);
        expect(tokens('data-county'), p.id).toContain(t.parks.find((x) => x.id === park)!.county_id);
      }
      for (const c of p.data.counties) expect(tokens('data-county'), p.id).toContain(c);
    }
  });

  it('hides the filter form in the HTML (JavaScript shows it)', () => {
    expect(html).toMatch(/<form class="filters" data-filter-for="policies-table"[^>]* hidden>/);
  });
});

describe('policyScope(policy, context)', () => {
  const ctx = {
    chainIds: ['a', 'b'],
    parkIds: ['p1', 'p2', 'p3'],
    countyIds: ['c1', 'c2'],
    countyOfPark: (id: string) => ({ p1: 'c1', p2: 'c1', p3: 'c2' })[id],
    parksOfCounty: (id: string) => ({ c1: ['p1', 'p2'], c2: ['p3'] })[id] ?? [],
  };
  it('naming no park, county or chain applies everywhere: every token', () => {
    expect(policyScope({ chains: [], parks: [], counties: [] }, ctx)).toEqual({ chains: ['a', 'b'], parks: ['p1', 'p2', 'p3'], counties: ['c1', 'c2'], anyChain: true, everywhere: true });
  });
  it('a named county brings its parks, a named park its county', () => {
    expect(policyScope({ chains: ['b'], parks: ['p3'], counties: ['c1'] }, ctx)).toEqual({ chains: ['b'], parks: ['p1', 'p2', 'p3'], counties: ['c1', 'c2'], anyChain: false, everywhere: false });
    expect(policyScope({ chains: [], parks: ['p2'], counties: [] }, ctx)).toMatchObject({ parks: ['p2'], counties: ['c1'], everywhere: false });
  });
});

describe('/policies/<id>/', () => {
  it('shows the document facts, the status, the scope and the source', () => {
    for (const p of policies) {
      const html = readPage(dist, `policies/${p.id}/index.html`);
      const d = p.data;
      expect(html).toContain(`<h1>${d.title}</h1>`);
      expect(html).toContain('<a href="/policies/">政策</a>');
      if (d.doc_number) expect(html).toContain(d.doc_number);
      expect(html).toContain(`data-status="${expectedStatus(d)}"`);
      for (const c of d.chains) expect(html).toContain(`href="/chains/${c}/"`);
      for (const park of d.parks) expect(html).toContain(`href="/parks/${park}/"`);
      if (d.parks.length === 0 && d.counties.length === 0) expect(html).toMatch(/<dd>\s*全州\s*<\/dd>/);
      if (d.source_url) expect(html).toContain(`<a href="${d.source_url}" rel="noopener noreferrer">`);
      else if (d.source_name) expect(html).toContain(d.source_name);
      if (d.contact_email) expect(html).toContain(`href="mailto:${d.contact_email}"`);
      for (const b of d.benefits) expect(html).toContain(`<li>${b}</li>`);
    }
  });
});

describe('/projects/', () => {
  const html = readPage(dist, 'projects/index.html');

  const expectRates = (where: string, tr: { inner: string } | undefined, r: ProjectRates | null) => {
    expect(tr, where).toBeDefined();
    const cell = (k: string) => new RegExp(`data-rate="${k}"><span data-ratio>([^<]*)</span>`).exec(tr!.inner)?.[1];
    expect(cell('performance'), where).toBe(r ? formatRatio(r.performanceRate) : NO_VALUE);
    expect(cell('start'), where).toBe(r ? formatRatio(r.startRate) : NO_VALUE);
    expect(cell('production'), where).toBe(r ? formatRatio(r.productionRate) : NO_VALUE);
    expect(cell('funds'), where).toBe(r ? formatRatio(r.fundsRate) : NO_VALUE);
    expect(/data-count="signed">(\d+)</.exec(tr!.inner)?.[1], where).toBe(String(r?.signed ?? 0));
  };

  it('the rates of each signing year are projectRates() of that year’s projects', () => {
    const byYear = rows(table(html, 'rates-by-year'), /data-group=/);
    expect(byYear.map((r) => r.attrs['data-group'])).toEqual(years.map(String));
    for (const y of years) {
      const r = projectRates(projects.filter((p) => signedYear(p) === y), asOf);
      expectRates(String(y), byYear.find((tr) => tr.attrs['data-group'] === String(y)), r);
      expect(r.signed).toBeGreaterThan(0);
    }
  });

  it('the latest year’s rates by chain are each chain’s cohort, and a chain with none shows —', () => {
    const latest = years[years.length - 1]!;
    const trs = rows(table(html, `rates-${latest}-chain`), /data-group=/);
    expect(trs).toHaveLength(t.chains.length);
    for (const c of t.chains) {
      const cohort = projects.filter((p) => signedYear(p) === latest && p.chain_id === c.id);
      expectRates(c.id, trs.find((tr) => tr.attrs['data-group'] === c.id), cohort.length ? projectRates(cohort, asOf) : null);
    }
    // Earlier years sit in <details>.
    for (const y of years.slice(0, -1)) expect(html).toContain(`id="rates-${y}-county"`);
  });

  it('lists every project once and flags exactly the overdue ones as 逾期', () => {
    const trs = rows(html, /data-project=/);
    expect(trs.map((r) => r.attrs['data-project']).sort()).toEqual(t.projects.map((p) => p.id).sort());
    const overdue = projects.filter((p) => isOverdue(p, asOf));
    expect(overdue.length).toBeGreaterThan(0);
    for (const p of projects) {
      const tr = trs.find((r) => r.attrs['data-project'] === p.id)!;
      expect(tr.attrs['data-overdue'], p.id).toBe(isOverdue(p, asOf) ? 'yes' : 'no');
      expect(tr.inner.includes('<strong class="badge">逾期</strong>'), p.id).toBe(isOverdue(p, asOf));
      expect(tr.attrs['data-chain']).toBe(p.chain_id);
      expect(tr.attrs['data-year']).toBe(String(signedYear(p)));
      expect(tr.inner).toContain(`data-value="${p.contracted_investment_wan}"`);
    }
  });

  it('defines the rates and links the methodology', () => {
    expect(html).toContain('href="/methodology/#projects"');
  });
});

describe('/updates/', () => {
  const sorted = [...updates].sort((a, b) => (a.data.date < b.data.date ? 1 : a.data.date > b.data.date ? -1 : a.id < b.id ? -1 : 1));

  it('lists every update newest first', () => {
    const trs = rows(readPage(dist, 'updates/index.html'), /data-update=/);
    expect(trs.map((r) => r.attrs['data-update'])).toEqual(sorted.map((u) => u.id));
  });

  it('each update page links its parks and chains, and the updates either side', () => {
    sorted.forEach((u, i) => {
      const html = readPage(dist, `updates/${u.id}/index.html`);
      expect(html).toContain(`<h1>${u.data.title}</h1>`);
      expect(html).toContain('<a href="/updates/">工作动态</a>');
      for (const p of u.data.parks) expect(html).toContain(`href="/parks/${p}/"`);
      for (const c of u.data.chains) expect(html).toContain(`href="/chains/${c}/"`);
      const older = sorted[i + 1];
      const newer = sorted[i - 1];
      if (older) expect(html).toContain(`href="/updates/${older.id}/" rel="prev"`);
      else expect(html).not.toContain('rel="prev"');
      if (newer) expect(html).toContain(`href="/updates/${newer.id}/" rel="next"`);
      else expect(html).not.toContain('rel="next"');
    });
  });
});

describe('project filter in Chromium', () => {
  const site = useSiteBrowser(dist);

  const shown = (page: Page) => page.$$eval('#projects-table tbody tr:not([hidden])', (trs) => trs.map((tr) => (tr as HTMLElement).dataset['project']).sort());
  // The chain with the most projects, so the filter visibly hides some and keeps several.
  const counts = new Map<string, number>();
  for (const p of t.projects) counts.set(p.chain_id, (counts.get(p.chain_id) ?? 0) + 1);
  const [chain, count] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
  const expected = t.projects.filter((p) => p.chain_id === chain).map((p) => p.id).sort();

  it(`choosing a chain shows exactly its ${count} projects, and the URL keeps the choice over a reload`, async () => {
    expect(count).toBeLessThan(t.projects.length);
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/projects/`);
    expect(await page.isVisible('form[data-filter-for="projects-table"]')).toBe(true);
    expect(await shown(page)).toHaveLength(t.projects.length);
    await page.selectOption('#filter-chain', chain);
    expect(await shown(page)).toEqual(expected);
    expect(new URL(page.url()).searchParams.get('chain')).toBe(chain);
    expect(await page.textContent('[data-filter-count]')).toBe(`显示 ${count} / ${t.projects.length} 行`);
    await page.reload();
    expect(await page.inputValue('#filter-chain')).toBe(chain);
    expect(await shown(page)).toEqual(expected);
    await page.close();
  });

  it('without JavaScript the filter form is hidden and every project shows', async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${site.origin}/projects/?chain=${chain}`);
    expect(await page.isVisible('form[data-filter-for="projects-table"]')).toBe(false);
    expect(await page.$$eval('#projects-table tbody tr', (trs) => trs.filter((tr) => (tr as HTMLElement).offsetParent !== null).length)).toBe(t.projects.length);
    await noJs.close();
  });
});
