/**
 * The chain pages against the data they come from: a page per chain, every segment with its number
 * of firms, every 补链 gap marked, the project rates equal to `projectRates` over the same projects,
 * the chain map, and the list of all chains.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, listFiles, readPage, type BuildResult } from './helpers/build.ts';
import { copyFixture, MINI, SAMPLE } from './helpers/fixture.ts';
import { loadDataset } from '../src/lib/data/dataset.ts';
import { projectInputs } from '../src/lib/evaluation/portal.ts';
import { projectRates, signedYear } from '../src/lib/evaluation/projects.ts';
import { formatRatio } from '../src/lib/format/number.ts';

const dist = inject('sampleDist');
const dataset = loadDataset(SAMPLE).dataset!;
const { chains, chainSegments, enterprises, projects } = dataset.tables;
const asOf = dataset.portal.as_of;
const inputs = projectInputs(projects);
const years = [...new Set(inputs.map(signedYear))].sort((a, b) => a - b);

/** Text as Astro writes it into HTML. */
const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const page = (id: string) => readPage(dist, `chains/${id}/index.html`);
/** The markup of one segment's block on a chain page. */
function segmentBlock(pageHtml: string, segmentId: string): string {
  const start = pageHtml.search(new RegExp(`<section class="segment [^"]*" data-segment="${segmentId}"`));
  expect(start, `segment ${segmentId}`).toBeGreaterThan(-1);
  return pageHtml.slice(start, pageHtml.indexOf('</section>', start));
}
const textOf = (markup: string) => markup.replace(/<[^>]+>/g, '').trim();

describe('chain pages', () => {
  it('one page per chain, and no others', () => {
    const pages = listFiles(dist).filter((f) => /^chains\/[^/]+\/index\.html$/.test(f));
    expect(pages.sort()).toEqual(chains.map((c) => `chains/${c.id}/index.html`).sort());
  });

  it('/chains/ lists every chain with a link to its page and the bar chart of output', () => {
    const list = readPage(dist, 'chains/index.html');
    for (const c of chains) {
      expect(list, c.id).toContain(`<a href="/chains/${c.id}/">${html(c.name_zh)}</a>`);
      expect(list, c.id).toContain(`data-chain="${c.id}"`);
    }
    expect(list).toMatch(/<svg [^>]*role="(img|group)"[^>]*aria-labelledby="bar-/);
  });

  it('every segment appears under its id with its number of firms', () => {
    for (const c of chains) {
      const p = page(c.id);
      for (const s of chainSegments.filter((x) => x.chain_id === c.id)) {
        const firms = enterprises.filter((e) => e.chain_id === c.id && e.segment_id === s.id);
        const block = segmentBlock(p, s.id);
        expect(block, `${c.id}/${s.id}`).toContain(`<h4 id="seg-${s.id}">${html(s.name_zh)}`);
        expect(block, `${c.id}/${s.id}`).toContain(`本站收录 <span data-firm-count>${firms.length}</span> 家企业`);
        for (const f of firms) expect(block, `${c.id}/${s.id}/${f.id}`).toContain(html(f.name_zh));
      }
    }
  });

  it('every missing segment is marked 补链 with the chain contact, and no other segment is', () => {
    for (const c of chains) {
      const p = page(c.id);
      for (const s of chainSegments.filter((x) => x.chain_id === c.id)) {
        const block = segmentBlock(p, s.id);
        if (s.strength === 'missing') {
          expect(block, `${c.id}/${s.id}`).toContain('补链招商目标');
          expect(block, `${c.id}/${s.id}`).toContain('<span class="badge gap-badge">补链</span>');
          if (c.contact_email) expect(block, `${c.id}/${s.id}`).toContain(`href="mailto:${c.contact_email}"`);
        } else {
          expect(block, `${c.id}/${s.id}`).not.toContain('补链招商目标');
          expect(block, `${c.id}/${s.id}`).not.toContain('gap-badge');
        }
      }
    }
  });

  it('the rates table equals projectRates(the chain’s projects signed that year, as_of), — for a year without projects', () => {
    for (const c of chains) {
      const p = page(c.id);
      const own = inputs.filter((x) => x.chain_id === c.id);
      if (own.length === 0) continue;
      for (const y of years) {
        const row = new RegExp(`<tr data-year="${y}">([\\s\\S]*?)</tr>`).exec(p)?.[1];
        expect(row, `${c.id} ${y}`).toBeDefined();
        const cell = (k: string) => textOf(new RegExp(`<td[^>]*data-rate="${k}"[^>]*>([\\s\\S]*?)</td>`).exec(row!)?.[1] ?? '');
        const cohort = own.filter((x) => signedYear(x) === y);
        const r = cohort.length > 0 ? projectRates(cohort, asOf) : undefined;
        expect([cell('performance'), cell('start'), cell('production'), cell('funds')], `${c.id} ${y}`).toEqual([
          formatRatio(r?.performanceRate),
          formatRatio(r?.startRate),
          formatRatio(r?.productionRate),
          formatRatio(r?.fundsRate),
        ]);
      }
    }
  });

  it('the chain map is an SVG named by its title (a group, since its segments are links) with links to each segment’s anchor on the page', () => {
    for (const c of chains) {
      const p = page(c.id);
      const svg = new RegExp(`<svg [^>]*role="group"[^>]*aria-labelledby="(chain-[a-z0-9]+)-title[^"]*"[^>]*>`).exec(p);
      expect(svg, c.id).not.toBeNull();
      expect(p, c.id).toContain(`<title id="${svg![1]}-title">${html(c.name_zh)}产业链图谱</title>`);
      for (const s of chainSegments.filter((x) => x.chain_id === c.id)) {
        expect(p, `${c.id}/${s.id}`).toContain(`<a href="#seg-${s.id}">`);
        expect(p, `${c.id}/${s.id}`).toContain(`id="seg-${s.id}"`);
      }
    }
  });

  it('the 五个一 card names the chain leader, lead unit and task force, links the support policy, and breadcrumbs lead back to /chains/', () => {
    for (const c of chains) {
      const p = page(c.id);
      expect(p, c.id).toContain(html(c.leader_title_zh));
      expect(p, c.id).toContain(html(c.lead_unit_zh));
      if (c.task_force_zh) expect(p, c.id).toContain(html(c.task_force_zh));
      if (c.support_policy_id) expect(p, c.id).toContain(`href="/policies/${c.support_policy_id}/"`);
      expect(p, c.id).toMatch(/<nav aria-label="面包屑"[^>]*>.*<a href="\/chains\/">产业链<\/a>/s);
    }
  });

  it('lists each of the chain’s projects once', () => {
    for (const c of chains) {
      const p = page(c.id);
      for (const pr of projects.filter((x) => x.chain_id === c.id)) {
        expect(p.split(`data-project="${pr.id}"`).length - 1, `${c.id}/${pr.id}`).toBe(1);
      }
    }
  });
});

describe('chain pages of a chain with nothing yet, and years without projects (mini region plus a bare chain)', () => {
  let build: BuildResult;
  beforeAll(() => {
    const f = copyFixture();
    // Only the required columns: no segments, firms, projects, indicators, policy or profile.
    f.write('data/chains.csv', `${f.read('data/chains.csv').trimEnd()}\nsilk,丝绸,,3,,市人民政府副市长,,市商务局,,,,,,,,,\n`);
    build = buildSite({ dataDir: f.dataDir, contentDir: f.contentDir });
  });

  it('builds, and the bare chain’s page says what it does not have yet instead of failing', () => {
    expect(build.status, build.stderr).toBe(0);
    const p = readPage(build.outDir, 'chains/silk/index.html');
    for (const text of ['暂未公布本链的环节', '本链暂无公开的招商项目', '暂无本链的年度指标', '暂无简介']) expect(p).toContain(text);
    expect(readPage(build.outDir, 'chains/index.html')).toContain('<a href="/chains/silk/">丝绸</a>');
  });

  it('a signing year with no project of the chain shows — in all four rates', () => {
    const mini = loadDataset({ dataDir: join(MINI, 'data'), contentDir: join(MINI, 'content') }).dataset!;
    const all = projectInputs(mini.tables.projects);
    const miniYears = [...new Set(all.map(signedYear))];
    let dashes = 0;
    for (const c of mini.tables.chains) {
      const p = readPage(build.outDir, `chains/${c.id}/index.html`);
      for (const y of miniYears) {
        const row = new RegExp(`<tr data-year="${y}">([\\s\\S]*?)</tr>`).exec(p)?.[1] ?? '';
        const cohort = all.filter((x) => x.chain_id === c.id && signedYear(x) === y);
        const expected = cohort.length > 0 ? formatRatio(projectRates(cohort, mini.portal.as_of).startRate) : '—';
        expect(textOf(/<td[^>]*data-rate="start"[^>]*>([\s\S]*?)<\/td>/.exec(row)?.[1] ?? ''), `${c.id} ${y}`).toBe(expected);
        if (cohort.length === 0) dashes++;
      }
    }
    expect(dashes).toBeGreaterThan(0);
  });
});
