/**
 * The programme's working parts on the built pages, against the data they come from: each chain's
 * work files and the kinds still missing, firm tiers by year on chain and park pages, and how each
 * park is run beside its five-good institutions score.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, readPage, type BuildResult } from './helpers/build.ts';
import { copyFixture, SAMPLE } from './helpers/fixture.ts';
import { loadDataset } from '../src/lib/data/dataset.ts';
import { DOCUMENT_EXISTS, DOCUMENT_KINDS, DOCUMENT_STATUSES, OPERATING_MODELS, REFORM_STATUSES } from '../src/lib/data/programme-tables.ts';

const dist = inject('sampleDist');
const dataset = loadDataset(SAMPLE).dataset!;
const { chains, chainDocuments } = dataset.tables;

/** Text as Astro writes it into HTML. */
const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** The markup of the section headed by `id`. */
function section(pageHtml: string, id: string): string {
  const start = pageHtml.indexOf(`<section aria-labelledby="${id}"`);
  expect(start, id).toBeGreaterThan(-1);
  return pageHtml.slice(start, pageHtml.indexOf('</section>', start));
}
const rowsOf = (markup: string, attr: string) => [...markup.matchAll(new RegExp(`<tr data-kind="([a-z_]+)"(?: ${attr}="([^"]+)")?>`, 'g'))].map((m) => m[2] ?? `(${m[1]})`);

describe('chain work files', () => {
  it('the sample has work files for every chain, and some chains miss a kind', () => {
    for (const c of chains) expect(chainDocuments.some((d) => d.chain_id === c.id), c.id).toBe(true);
    expect(chains.some((c) => DOCUMENT_KINDS.some((k) => !chainDocuments.some((d) => d.chain_id === c.id && d.kind === k.value && DOCUMENT_EXISTS.has(d.status))))).toBe(true);
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: each chain page lists its documents by kind, links them, and names exactly the kinds with no existing document`, () => {
      for (const c of chains) {
        const page = readPage(dist, `${lang === 'en' ? 'en/' : ''}chains/${c.id}/index.html`);
        const s = section(page, 'docs-h');
        const docs = chainDocuments.filter((d) => d.chain_id === c.id);
        // One row per document in kind order, or one "none yet" row for an empty kind.
        const expected = DOCUMENT_KINDS.flatMap((k) => {
          const ids = docs.filter((d) => d.kind === k.value).map((d) => d.id);
          return ids.length ? ids.sort() : [`(${k.value})`];
        });
        const shown = rowsOf(s, 'data-document');
        expect([...shown].sort(), c.id).toEqual([...expected].sort());
        for (const d of docs) {
          const row = new RegExp(`<tr data-kind="${d.kind}" data-document="${d.id}">([\\s\\S]*?)</tr>`).exec(s)![1]!;
          expect(row, `${c.id} ${d.id}`).toContain(`<span data-field="status">${html(DOCUMENT_STATUSES.find((x) => x.value === d.status)![lang])}</span>`);
          if (d.date) expect(row, `${c.id} ${d.id}`).toContain(`<time datetime="${d.date}">`);
          else expect(row, `${c.id} ${d.id}`).not.toContain('<time');
          if (d.link === null) continue;
          const href = d.link.startsWith('/') && !/\.[a-z0-9]+(?:[?#].*)?$/i.test(d.link) && lang === 'en' ? `/en${d.link}` : d.link;
          expect(s, `${c.id} ${d.id}`).toContain(`href="${html(href)}"`);
        }
        const missing = DOCUMENT_KINDS.filter((k) => !docs.some((d) => d.kind === k.value && DOCUMENT_EXISTS.has(d.status))).map((k) => k[lang]);
        if (missing.length === 0) expect(s).toContain(lang === 'en' ? 'Every kind has at least one document.' : '四类文件都已有至少一份。');
        else expect(s, c.id).toContain(lang === 'en' ? `Still missing: ${missing.join(', ')} (` : `尚缺：${missing.join('、')}（`);
      }
    });
  }

  it('the chain map and the firm and project lists link in as the map and databases they are, on the chain page itself', () => {
    const s = section(readPage(dist, 'chains/baijiu/index.html'), 'docs-h');
    expect(s).toMatch(/<tr data-kind="map" data-document="chain-map">[\s\S]*?href="\/chains\/baijiu\/#map-h"/);
    expect(s).toMatch(/<tr data-kind="database" data-document="firm-list">[\s\S]*?href="\/chains\/baijiu\/#segments-h"/);
    expect(s).toMatch(/<tr data-kind="database" data-document="project-list">[\s\S]*?href="\/chains\/baijiu\/#projects-h"/);
  });
});

describe('firm tiers', () => {
  const { enterprises, enterpriseTiers, parks } = dataset.tables;
  const TIERS = ['chain_leader', 'little_giant', 'specialized', 'innovative_sme', 'above_scale'];
  /** Counts by hand from the rows: year → tier → firms, over the firms given. */
  const counted = (firms: Set<string>) => {
    const out = new Map<number, Map<string, number>>();
    for (const r of enterpriseTiers) {
      if (!firms.has(r.enterprise_id)) continue;
      const y = out.get(r.year) ?? new Map<string, number>();
      y.set(r.tier, (y.get(r.tier) ?? 0) + 1);
      out.set(r.year, y);
    }
    return out;
  };
  /** The year-by-tier table of a section: tier → the numbers in its row. */
  const yearTable = (s: string) => new Map([...s.matchAll(/<tr data-tier="([a-z_]+)">([\s\S]*?)<\/tr>/g)].map((m) => [m[1]!, [...m[2]!.matchAll(/<td class="num">([^<]*)<\/td>/g)].map((c) => Number(c[1]!.replace(/,/g, '')))]));

  it('the sample records tiers for several years, for every chain', () => {
    expect(new Set(enterpriseTiers.map((r) => r.year)).size).toBeGreaterThanOrEqual(3);
    for (const c of chains) expect(enterpriseTiers.some((r) => enterprises.find((e) => e.id === r.enterprise_id)?.chain_id === c.id), c.id).toBe(true);
  });

  const scopes = [
    ...chains.map((c) => ({ path: `chains/${c.id}/index.html`, firms: new Set(enterprises.filter((e) => e.chain_id === c.id).map((e) => e.id)) })),
    ...parks.map((p) => ({ path: `parks/${p.id}/index.html`, firms: new Set(enterprises.filter((e) => e.park_id === p.id).map((e) => e.id)) })),
  ];
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: every chain and park page shows each tier's count in every year, and the pyramid of the latest year`, () => {
      for (const { path, firms } of scopes) {
        const s = section(readPage(dist, `${lang === 'en' ? 'en/' : ''}${path}`), 'tiers-h');
        const byYear = counted(firms);
        const years = [...byYear.keys()].sort((a, b) => a - b);
        if (years.length === 0) {
          expect(s, path).toContain(lang === 'en' ? 'No tiers are recorded for these firms yet.' : '尚无这些企业的梯度记录。');
          continue;
        }
        const table = yearTable(s);
        for (const tier of TIERS) expect(table.get(tier), `${path} ${tier}`).toEqual(years.map((y) => byYear.get(y)!.get(tier) ?? 0));
        expect(table.get('total'), path).toEqual(years.map((y) => [...byYear.get(y)!.values()].reduce((a, b) => a + b, 0)));
        // The pyramid's bars: one per tier with firms in the latest year, the widest for the largest count.
        const latest = byYear.get(years.at(-1)!)!;
        const bars = [...s.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="18"/g)].map((m) => Number(m[1]));
        expect(bars.length, path).toBe(TIERS.filter((k) => (latest.get(k) ?? 0) > 0).length);
        expect(Math.max(...bars), path).toBe(344);
      }
    });
  }

  it('the pyramid writes each tier with its count (zh: 家), and its CSV is offered', () => {
    const firms = new Set(enterprises.filter((e) => e.chain_id === 'baijiu').map((e) => e.id));
    const byYear = counted(firms);
    const year = Math.max(...byYear.keys());
    const s = section(readPage(dist, 'chains/baijiu/index.html'), 'tiers-h');
    expect(s).toContain(`>规上企业 ${byYear.get(year)!.get('above_scale') ?? 0} 家</text>`);
    expect(s).toContain(`download="chain-baijiu-tiers-${year}.csv"`);
  });
});

describe('how each park is run', () => {
  const { parks, parkGovernance, fiveGoodScores } = dataset.tables;
  const ddOf = (s: string, field: string) => {
    const m = new RegExp(`<dd data-field="${field}">([\\s\\S]*?)</dd>`).exec(s);
    expect(m, field).not.toBeNull();
    return m![1]!.replace(/<[^>]+>/g, '');
  };

  it('the sample records every park, with more than one operating model and reform status', () => {
    expect(parkGovernance.map((g) => g.park_id).sort()).toEqual(parks.map((p) => p.id).sort());
    expect(new Set(parkGovernance.map((g) => g.operating_model)).size).toBeGreaterThan(1);
    expect(new Set(parkGovernance.map((g) => g.reform_status)).size).toBeGreaterThan(1);
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: each park page shows its operating model and reform status beside its latest 体制机制好 score and the average of all parks`, () => {
      for (const p of parks) {
        const page = readPage(dist, `${lang === 'en' ? 'en/' : ''}parks/${p.id}/index.html`);
        const s = section(page, 'gov-h');
        // Placed right after the five-good section, so the two read together.
        expect(page.indexOf('<section aria-labelledby="gov-h"'), p.id).toBeGreaterThan(page.indexOf('<section aria-labelledby="five-h"'));
        const g = parkGovernance.find((x) => x.park_id === p.id)!;
        expect(ddOf(s, 'operating_model'), p.id).toBe(OPERATING_MODELS.find((m) => m.value === g.operating_model)![lang]);
        expect(ddOf(s, 'reform_status').startsWith(REFORM_STATUSES.find((m) => m.value === g.reform_status)![lang]), p.id).toBe(true);
        // The latest year the park was scored, its institutions score and the mean over the parks scored that year.
        const years = fiveGoodScores.filter((r) => r.park_id === p.id).map((r) => r.year);
        const year = Math.max(...years);
        const own = fiveGoodScores.find((r) => r.park_id === p.id && r.year === year && r.dimension === 'institutions')!;
        const all = fiveGoodScores.filter((r) => r.year === year && r.dimension === 'institutions');
        const mean = all.reduce((a, r) => a + r.score, 0) / all.length;
        const text = ddOf(s, 'institutions');
        const one = (x: number) => x.toFixed(1).replace(/\.0$/, '');
        if (lang === 'zh') expect(text, p.id).toContain(`${year} 年 ${one(own.score)} / ${own.max_score} 分（${dataset.portal.region.short_zh}园区平均 ${one(mean)} 分）`);
        else expect(text, p.id).toContain(`${one(own.score)} of ${own.max_score} in ${year} (average of ${dataset.portal.region.short_en} parks: ${one(mean)})`);
      }
    });
  }
});

describe('a region that publishes only some of the three tables (the second-region fixture with work files only)', () => {
  let build: BuildResult;
  beforeAll(() => {
    const f = copyFixture();
    f.write('data/chain_documents.csv', 'chain_id,id,kind,title_zh,title_en,date,status,link\ntea,map,map,茶叶产业链图谱,Tea chain map,2025-06-30,published,/chains/tea/#map-h\n');
    build = buildSite({ dataDir: f.dataDir, contentDir: f.contentDir });
  });
  it('builds; chain pages show the work files and the kinds missing; no tier or governance section appears', () => {
    expect(build.status, build.stderr).toBe(0);
    const tea = readPage(build.outDir, 'en/chains/tea/index.html');
    const s = section(tea, 'docs-h');
    expect(s).toContain('href="/en/chains/tea/#map-h"');
    expect(s).toContain('Still missing: database, pool, report (');
    expect(section(readPage(build.outDir, 'chains/textiles/index.html'), 'docs-h')).toContain('尚未登记这条产业链的工作文件。');
    for (const page of ['chains/tea/index.html', 'parks/north-park/index.html', 'en/parks/south-park/index.html']) {
      const html = readPage(build.outDir, page);
      expect(html, page).not.toContain('aria-labelledby="tiers-h"');
      expect(html, page).not.toContain('aria-labelledby="gov-h"');
    }
  });
});
