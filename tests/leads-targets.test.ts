/**
 * The programme pages of issue 16 part B: the 招商项目库 (/invest/leads/ and a page per lead), what the
 * grades lead to (beside the ranking, on park pages, on the methodology page) and /targets/ with the
 * cluster targets. The numbers expected here are worked out from the CSV files in the test, not taken
 * from the site code; a second region without the optional tables still builds.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteBrowser } from './helpers/site-browser.ts';
import { join } from 'node:path';
import { buildSite, listFiles, readPage, type BuildResult } from './helpers/build.ts';
import { MINI, SAMPLE } from './helpers/fixture.ts';
import { loadDataset } from '../src/lib/data/dataset.ts';
import { evaluateReleases } from '../src/lib/evaluation/portal.ts';
import { formatNumber, formatWan } from '../src/lib/format/number.ts';
import { formatCny } from '../src/lib/format/en.ts';

const dist = inject('sampleDist');
const dataset = loadDataset(SAMPLE).dataset!;
const t = dataset.tables;
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('/invest/leads/', () => {
  const leads = t.investmentLeads;
  const zh = readPage(dist, 'invest/leads/index.html');
  const en = readPage(dist, 'en/invest/leads/index.html');
  it('the sample has leads of every status, signed ones with their project', () => {
    expect(new Set(leads.map((l) => l.status))).toEqual(new Set(['open', 'in_talks', 'signed', 'withdrawn']));
    expect(leads.filter((l) => l.status === 'signed').every((l) => l.project_id !== null)).toBe(true);
  });
  it('lists every lead once, open ones first, each linking to its own page in both languages', () => {
    for (const [html, prefix] of [[zh, '/'], [en, '/en/']] as const) {
      const rows = [...html.matchAll(/<tr data-lead="([^"]+)"[^>]*data-status="([^"]+)"/g)];
      expect(rows.map((m) => m[1]).sort()).toEqual(leads.map((l) => l.id).sort());
      const order = ['open', 'in_talks', 'signed', 'withdrawn'];
      const statuses = rows.map((m) => order.indexOf(m[2]!));
      expect(statuses).toEqual([...statuses].sort((a, b) => a - b));
      for (const l of leads) expect(html, l.id).toContain(`href="${prefix}invest/leads/${l.id}/"`);
    }
  });
  it('states the count and the planned investment still on offer (open + in talks), added up here', () => {
    const offer = leads.filter((l) => l.status === 'open' || l.status === 'in_talks');
    const wan = offer.reduce((s, l) => s + l.investment_wan, 0);
    expect(text(zh)).toContain(`登记了 ${leads.length} 个招商项目，其中 ${offer.length} 个仍可洽谈`);
    expect(text(zh)).toContain(formatWan(wan));
    expect(text(en)).toContain(`list ${leads.length} investment projects; ${offer.length} are still open`);
    expect(text(en)).toContain(formatCny(wan));
  });
  it('offers filters by chain, park, kind and status, hidden until the script shows them, and says the kinds are not an official definition', () => {
    expect(zh).toMatch(/<form class="filters" data-filter-for="leads-table"[^>]*hidden/);
    for (const name of ['chain', 'park', 'kind', 'status']) expect(zh).toContain(`name="${name}"`);
    expect(zh).toContain('不是官方定义');
    expect(en).toContain('not an official definition');
  });
  it('each lead page shows its size, contact and status; a signed lead links its project', () => {
    for (const l of leads) {
      const html = readPage(dist, `invest/leads/${l.id}/index.html`);
      expect(html, l.id).toContain(`data-investment-wan="${l.investment_wan}"`);
      expect(text(html), l.id).toContain(formatWan(l.investment_wan));
      expect(html, l.id).toContain(`tel:${l.contact_phone.replace(/[^\d+]/g, '')}`);
      expect(html, l.id).toContain(`data-lead-status="${l.status}"`);
      if (l.project_id) expect(html, l.id).toContain(`href="/projects/${l.project_id}/"`);
      expect(readPage(dist, `en/invest/leads/${l.id}/index.html`), l.id).toMatch(new RegExp(`<h1[^>]*>${l.name_en}</h1>`));
    }
    // each signed lead's project has its page
    for (const l of leads.filter((x) => x.project_id)) expect(listFiles(dist)).toContain(`projects/${l.project_id}/index.html`);
  });
  it('every missing or weak segment with leads links them on /invest/gaps/ and on its chain page', () => {
    const gaps = readPage(dist, 'invest/gaps/index.html');
    const strength = new Map(t.chainSegments.map((s) => [`${s.chain_id}|${s.id}`, s.strength]));
    for (const l of leads.filter((x) => x.segment_id !== null)) {
      const key = `${l.chain_id}--${l.segment_id}`;
      const chain = readPage(dist, `chains/${l.chain_id}/index.html`);
      expect(chain, l.id).toMatch(new RegExp(`data-segment-leads="${key}"[\\s\\S]*?data-lead-link="${l.id}"`));
      if (strength.get(`${l.chain_id}|${l.segment_id}`) !== 'strong') {
        const article = gaps.slice(gaps.indexOf(`id="gap-${key}"`), gaps.indexOf('</article>', gaps.indexOf(`id="gap-${key}"`)));
        expect(article, l.id).toContain(`href="/invest/leads/${l.id}/"`);
      }
    }
  });
  it('a park or chain with leads links its filtered list from its investor links; one without does not', () => {
    for (const p of t.parks) {
      const has = leads.some((l) => l.park_id === p.id);
      expect(readPage(dist, `parks/${p.id}/index.html`).includes(`href="/invest/leads/?park=${p.id}"`), p.id).toBe(has);
    }
    for (const c of t.chains) {
      const has = leads.some((l) => l.chain_id === c.id);
      expect(readPage(dist, `chains/${c.id}/index.html`).includes(`href="/invest/leads/?chain=${c.id}"`), c.id).toBe(has);
    }
  });
  it('is in the investor menu and on the hub with the count on offer', () => {
    const hub = readPage(dist, 'invest/index.html');
    const offer = leads.filter((l) => l.status === 'open' || l.status === 'in_talks').length;
    expect(hub).toContain('href="/invest/leads/"');
    expect(text(hub)).toContain(`${offer} 个待签约项目`);
  });
});

describe('/invest/leads/ filters in Chromium', () => {
  const leads = t.investmentLeads;
  const site = useSiteBrowser(dist, { noJs: true });
  let page: Page;
  beforeAll(async () => {
    page = await site.browser.newPage();
  });
  const visible = () => page.$$eval('#leads-table tbody tr:not([hidden])', (trs) => trs.map((tr) => (tr as HTMLElement).dataset['lead'] ?? '').sort());
  const ids = (xs: { id: string }[]) => xs.map((x) => x.id).sort();
  const check = async (name: string, expected: (value: string) => { id: string }[]) => {
    await page.goto(`${site.origin}/invest/leads/`);
    const values = await page.$$eval(`#filter-${name} option`, (os) => os.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''));
    expect(values.length, name).toBeGreaterThan(1);
    for (const v of values) {
      await page.selectOption(`#filter-${name}`, v);
      const want = ids(expected(v));
      expect(await visible(), `${name}=${v}`).toEqual(want);
      expect(await page.textContent('[data-filter-count]')).toBe(`显示 ${want.length} / ${leads.length} 行`);
    }
  };
  it('chain: each chain shows exactly its leads', () => check('chain', (v) => leads.filter((l) => l.chain_id === v)));
  it('park: each park shows exactly its leads', () => check('park', (v) => leads.filter((l) => l.park_id === v)));
  it('kind: the leads seeking that kind of investor, and those open to any investor', () => check('kind', (v) => leads.filter((l) => l.investor_kinds.includes(v as never) || l.investor_kinds.includes('any'))));
  it('status: the leads in that status', () => check('status', (v) => leads.filter((l) => l.status === v)));
  it('filters combine and live in the URL', async () => {
    await page.goto(`${site.origin}/invest/leads/?chain=vanadium-storage&status=open`);
    expect(await visible()).toEqual(ids(leads.filter((l) => l.chain_id === 'vanadium-storage' && l.status === 'open')));
  });
  it('without JavaScript the filters are hidden and every lead shows', async () => {
    const p = await site.noJs.newPage();
    await p.goto(`${site.origin}/invest/leads/?chain=baijiu`);
    expect(await p.isVisible('form[data-filter-for="leads-table"]')).toBe(false);
    expect(await p.$$eval('#leads-table tbody tr', (trs) => trs.filter((tr) => (tr as HTMLElement).offsetParent !== null).length)).toBe(leads.length);
    await p.close();
  });
});

describe('what the grades lead to', () => {
  const rows = t.scoringConsequences;
  const published = evaluateReleases(t).filter((e) => t.scoringReleases.find((r) => r.year === e.year)!.status !== 'draft');
  const latest = published.at(-1)!;
  it('the ranking and the methodology page show every measure, grade by grade, labelled as sample settings', () => {
    for (const page of ['rankings/index.html', 'methodology/index.html']) {
      const html = readPage(dist, page);
      const section = html.slice(html.indexOf('id="consequences"'), html.indexOf('</section>', html.indexOf('id="consequences"')));
      expect(section.match(/<tr data-grade=/g)?.length, page).toBe(rows.length);
      for (const r of rows) expect(section, `${page} ${r.grade} ${r.item}`).toContain(r.consequence_zh);
      expect(section).toContain('示例设置：以下措施是演示用的设置，不是正式政策。');
    }
    const en = readPage(dist, 'en/rankings/index.html');
    for (const r of rows) expect(en).toContain(r.consequence_en!.replace(/'/g, '&#39;'));
    expect(en).toContain('Sample settings: these measures are for demonstration, not official policy.');
  });
  it('each graded park page shows the measures of its latest grade only', () => {
    for (const g of latest.graded) {
      const html = readPage(dist, `parks/${g.park_id}/index.html`);
      const line = html.slice(html.indexOf('data-consequences-grade'), html.indexOf('</p>', html.indexOf('data-consequences-grade')));
      expect(line, g.park_id).toContain(`data-consequences-grade="${g.grade}"`);
      for (const r of rows) {
        if (r.grade === g.grade) expect(line, `${g.park_id} ${r.item}`).toContain(r.consequence_zh);
        else expect(line, `${g.park_id} ${r.grade} ${r.item}`).not.toContain(r.consequence_zh);
      }
    }
  });
});

describe('/targets/', () => {
  const zh = readPage(dist, 'targets/index.html');
  const en = readPage(dist, 'en/targets/index.html');
  it('shows every target with its latest value, progress rows and source policy', () => {
    for (const target of t.targets) {
      const progress = t.targetProgress.filter((p) => p.target_id === target.id).sort((a, b) => (a.as_of < b.as_of ? -1 : 1));
      const section = zh.slice(zh.indexOf(`<section class="target" id="target-${target.id}"`), zh.indexOf('</section>', zh.indexOf(`id="target-${target.id}"`)));
      expect(section.match(/<tr data-progress=/g)?.length ?? 0, target.id).toBe(progress.length);
      for (const p of progress) expect(section, `${target.id} ${p.as_of}`).toContain(`${formatNumber(p.value)} ${target.unit_zh}`);
      if (target.policy_id) expect(section, target.id).toContain(`href="/policies/${target.policy_id}/"`);
      expect(section, target.id).toContain('<svg');
      expect(zh, target.id).toContain(`<tr data-target="${target.id}"`);
    }
  });
  it('works the progress share from the baseline: sewage from 6 to 10 parks, now 8, is 50%', () => {
    const sewage = t.targets.find((x) => x.id === 'sewage-coverage')!;
    const latest = t.targetProgress.filter((p) => p.target_id === sewage.id).sort((a, b) => (a.as_of < b.as_of ? -1 : 1)).at(-1)!;
    const share = (latest.value - sewage.baseline_value!) / (sewage.target_value - sewage.baseline_value!);
    expect(share).toBe(0.5);
    const row = zh.slice(zh.indexOf('<tr data-target="sewage-coverage"'), zh.indexOf('</tr>', zh.indexOf('<tr data-target="sewage-coverage"')));
    expect(text(row)).toContain('50%');
  });
  it('shows each cluster with its chains and their latest common year’s output added up', () => {
    expect(t.clusters.map((c) => c.level)).toEqual(expect.arrayContaining(['national', 'provincial']));
    for (const c of t.clusters) {
      const years = [...new Set(t.chainIndicators.map((r) => r.year))].filter((y) => c.chain_ids.every((id) => t.chainIndicators.some((r) => r.chain_id === id && r.year === y && r.output_wan !== null)));
      const year = Math.max(...years);
      const sum = c.chain_ids.reduce((s, id) => s + t.chainIndicators.find((r) => r.chain_id === id && r.year === year)!.output_wan!, 0);
      expect(zh, c.id).toContain(`data-cluster-latest="${sum}"`);
      expect(text(zh), c.id).toContain(formatWan(sum));
      expect(zh, c.id).toContain(`data-cluster-chains="${c.chain_ids.join(' ')}"`);
      for (const id of c.chain_ids) expect(zh, `${c.id} ${id}`).toContain(`href="/chains/${id}/"`);
      expect(en, c.id).toContain(`href="/en/chains/${c.chain_ids[0]}/"`);
      for (const id of c.chain_ids) expect(readPage(dist, `chains/${id}/index.html`), `${c.id} ${id}`).toContain(`href="/targets/#cluster-${c.id}"`);
    }
  });
  it('is linked from the main navigation and the home page, and from the policies and updates that point to it', () => {
    expect(readPage(dist, 'index.html')).toContain('href="/targets/"');
    expect(readPage(dist, 'en/parks/index.html')).toContain('href="/en/targets/"');
    for (const target of t.targets.filter((x) => x.policy_id)) {
      expect(readPage(dist, `policies/${target.policy_id}/index.html`), target.id).toContain(`href="/targets/#target-${target.id}"`);
    }
    let linked = 0;
    for (const f of listFiles(dist).filter((x) => /^(en\/)?(policies|updates)\/[^/]+\/index\.html$/.test(x))) {
      const html = readPage(dist, f);
      const body = html.replace(/<section aria-labelledby="policy-targets-h"[\s\S]*?<\/section>/, '');
      if (body.includes('进度见目标页面') || body.includes('进度见<a')) expect(body, f).toMatch(/进度见<a href="\.\.\/\.\.\/targets\/#target-[a-z0-9-]+">目标页面<\/a>/);
      if (body.includes('进度见<a') && !f.startsWith('en/')) linked++;
    }
    // four policies and one update say so in Chinese (English pages show it only where no English twin exists)
    expect(linked).toBe(5);
  });
});

describe('a region without the optional tables', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite({ dataDir: join(MINI, 'data'), contentDir: join(MINI, 'content') });
  });
  it('builds, says there are no leads and no clusters, and shows no consequences', () => {
    expect(build.status).toBe(0);
    expect(readPage(build.outDir, 'invest/leads/index.html')).toContain('暂无登记的招商项目。');
    expect(readPage(build.outDir, 'targets/index.html')).toContain('暂无登记的产业集群目标。');
    expect(readPage(build.outDir, 'rankings/index.html')).not.toContain('id="consequences"');
  });
});
