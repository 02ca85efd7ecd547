/**
 * The investor pages (/invest/): each is built and linked; the site finder lists every site on offer
 * with its park and contact, and each of its filters shows in Chromium exactly the rows the data says;
 * every 补链 gap has its stable anchor and its neighbours from chain_links.csv; the policy finder's
 * results are the policies in force that apply; the comparison follows ?parks= with JavaScript and
 * falls back to its default pair without. Expectations are worked out here from the CSV and MDX data,
 * not from the site code.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { listFiles, readPage } from './helpers/build.ts';
import { SAMPLE } from './helpers/fixture.ts';
import { useSiteBrowser } from './helpers/site-browser.ts';
import { loadDataset } from '../src/lib/data/dataset.ts';
import { evaluateReleases } from '../src/lib/evaluation/portal.ts';
import { formatWithUnit } from '../src/lib/format/number.ts';

const dist = inject('sampleDist');
const dataset = loadDataset(SAMPLE).dataset!;
const t = dataset.tables;
const asOf = dataset.portal.as_of;
const parkOf = new Map(t.parks.map((p) => [p.id, p]));

/** The finder lists available, idle (闲置, being re-let) and reserved (已预留, not yet contracted) sites; taken ones are let. */
const OFFERED = new Set(['available', 'idle', 'reserved']);
const offered = t.sites.filter((s) => OFFERED.has(s.status));
const areaM2 = (s: (typeof t.sites)[number]) => (s.kind === 'land' ? (s.area_mu! * 10000) / 15 : s.floor_area_m2!);
const priceOf = (s: (typeof t.sites)[number]) => (s.kind === 'land' ? s.price_wan_per_mu : s.rent_yuan_per_m2_month);
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const ids = (xs: { id: string }[]) => xs.map((x) => x.id).sort(byId);

const inForce = dataset.content.policies.filter((p) => asOf >= (p.data.effective_from ?? p.data.issued_on) && (p.data.effective_to === null || asOf <= p.data.effective_to));

const published = evaluateReleases(t).filter((e) => t.scoringReleases.find((r) => r.year === e.year)!.status !== 'draft');
const latest = published[published.length - 1]!;
const defaultPair = [...latest.graded].sort((a, b) => a.rank - b.rank || byId(a.park_id, b.park_id)).slice(0, 2).map((g) => g.park_id);

/** The attributes and inner HTML of every `<tr …>` whose attributes match `marker`. */
function rows(html: string, marker: RegExp): { attrs: Record<string, string>; inner: string }[] {
  return [...html.matchAll(/<tr\b([^>]*)>([\s\S]*?)<\/tr>/g)]
    .filter((m) => marker.test(m[1]!))
    .map((m) => ({ attrs: Object.fromEntries([...m[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])), inner: m[2]! }));
}

/** The HTML of the element with this id, up to its closing tag (no nesting of the same tag inside). */
function element(html: string, id: string, tag: string): string {
  const start = html.indexOf(`id="${id}"`);
  expect(start, `#${id}`).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf(`</${tag}>`, start));
}

describe('the investor pages', () => {
  const files = listFiles(dist);
  const pages = ['', 'sites/', 'gaps/', 'policies/', 'compare/', 'infrastructure/', 'contacts/'];

  it('are all built, and the hub links each of them', () => {
    for (const p of pages) expect(files).toContain(`invest/${p}index.html`);
    const hub = readPage(dist, 'invest/index.html');
    for (const p of pages.slice(1)) expect(hub).toContain(`href="/invest/${p}"`);
  });

  it('are linked from the home page and from every park and chain page (one small block each)', () => {
    expect(readPage(dist, 'index.html')).toMatch(/<nav class="invest-links"[^>]*>[\s\S]*href="\/invest\/sites\/"/);
    for (const p of t.parks) {
      const html = readPage(dist, `parks/${p.id}/index.html`);
      expect(html.match(/class="invest-links"/g), p.id).toHaveLength(1);
      expect(html, p.id).toContain(`href="/invest/sites/?park=${p.id}"`);
      expect(html, p.id).toContain(`href="/invest/infrastructure/#park-${p.id}"`);
      expect(html, p.id).toContain(`href="/invest/contacts/#park-${p.id}"`);
    }
    for (const c of t.chains) {
      const html = readPage(dist, `chains/${c.id}/index.html`);
      expect(html.match(/class="invest-links"/g), c.id).toHaveLength(1);
      expect(html, c.id).toContain(`href="/invest/sites/?chain=${c.id}"`);
      if (t.chainSegments.some((s) => s.chain_id === c.id && s.strength !== 'strong')) expect(html, c.id).toContain(`href="/invest/gaps/#chain-${c.id}"`);
    }
  });

  it('post no form anywhere: no method="post" on any page', () => {
    for (const f of files.filter((x) => x.endsWith('.html'))) expect(readPage(dist, f), f).not.toMatch(/method="post"/i);
  });
});

describe('/invest/sites/ (site finder)', () => {
  const html = readPage(dist, 'invest/sites/index.html');
  const trs = rows(html, /data-site=/);

  it('lists every available, idle and reserved site once, and no taken one', () => {
    expect(offered.length).toBeGreaterThan(0);
    expect(trs.map((r) => r.attrs['data-site'] ?? '').sort(byId)).toEqual(ids(offered));
    for (const s of t.sites.filter((x) => x.status === 'taken')) expect(html).not.toContain(`data-site="${s.id}"`);
  });

  it('links each site to its park and says whom to contact: phone, and e-mail with the subject filled in', () => {
    for (const s of offered) {
      const tr = trs.find((r) => r.attrs['data-site'] === s.id)!;
      expect(tr.inner, s.id).toContain(`href="/parks/${s.park_id}/"`);
      expect(tr.inner, s.id).toContain(`href="tel:${s.contact_phone.replace(/[^\d+]/g, '')}"`);
      if (s.contact_name_zh) expect(tr.inner, s.id).toContain(s.contact_name_zh);
      if (s.contact_email) expect(tr.inner, s.id).toMatch(new RegExp(`href="mailto:${s.contact_email}\\?subject=[^"]*${encodeURIComponent(s.name_zh)}`));
    }
  });

  it('gives each row the tokens its filters read, from the data', () => {
    for (const s of offered) {
      const a = trs.find((r) => r.attrs['data-site'] === s.id)!.attrs;
      expect(a['data-park'], s.id).toBe(s.park_id);
      expect(a['data-county'], s.id).toBe(parkOf.get(s.park_id)!.county_id);
      expect(a['data-kind'], s.id).toBe(s.kind);
      expect(a['data-status'], s.id).toBe(s.status);
      expect(a['data-supply']!.split(' ').sort(), s.id).toEqual([...s.supply_modes].sort());
      expect(Number(a['data-area']), s.id).toBe(areaM2(s));
    }
  });

  it('shows the sites’ parks on the locator map, each linking to the finder filtered to that park', () => {
    for (const p of new Set(offered.map((s) => s.park_id))) expect(html).toContain(`href="/invest/sites/?park=${p}"`);
  });

  it('hides the filter form in the HTML (JavaScript shows it)', () => {
    expect(html).toMatch(/<form class="filters" data-filter-for="sites-table"[^>]* hidden>/);
  });
});

describe('/invest/gaps/ (补链招商清单)', () => {
  const html = readPage(dist, 'invest/gaps/index.html');
  const gaps = t.chainSegments.filter((s) => s.strength === 'missing' || s.strength === 'weak');
  const nameOf = (chain: string, seg: string) => t.chainSegments.find((s) => s.chain_id === chain && s.id === seg)!.name_zh;

  it('has every missing and weak segment, each under a stable anchor gap-<chain>--<segment>, and no strong one', () => {
    expect(gaps.length).toBeGreaterThan(0);
    const anchors = [...html.matchAll(/<article class="gap[^"]*" id="([^"]+)"/g)].map((m) => m[1]!).sort(byId);
    expect(anchors).toEqual(gaps.map((g) => `gap-${g.chain_id}--${g.id}`).sort(byId));
    expect(rows(html, /data-gap=/).map((r) => r.attrs['data-gap'] ?? '').sort(byId)).toEqual(anchors);
    for (const g of gaps) expect(html, g.id).toContain(`href="#gap-${g.chain_id}--${g.id}"`);
  });

  it('says what the chain has right upstream and downstream of each gap, from chain_links.csv', () => {
    for (const g of gaps) {
      const article = element(html, `gap-${g.chain_id}--${g.id}`, 'article');
      const up = t.chainLinks.filter((l) => l.chain_id === g.chain_id && l.to === g.id).map((l) => l.from);
      const down = t.chainLinks.filter((l) => l.chain_id === g.chain_id && l.from === g.id).map((l) => l.to);
      const listed = (which: string) => [...(new RegExp(`<dd data-${which}>([\\s\\S]*?)</dd>`).exec(article)?.[1] ?? '').matchAll(/#seg-([a-z0-9-]+)"/g)].map((m) => m[1]!).sort(byId);
      expect(listed('upstream'), g.id).toEqual([...new Set(up)].sort(byId));
      expect(listed('downstream'), g.id).toEqual([...new Set(down)].sort(byId));
      for (const s of [...up, ...down]) expect(article, g.id).toContain(nameOf(g.chain_id, s));
      if (up.length === 0) expect(article, g.id).toContain('图谱未标注上游环节');
      if (down.length === 0) expect(article, g.id).toContain('图谱未标注下游环节');
      const chain = t.chains.find((c) => c.id === g.chain_id)!;
      if (chain.contact_phone) expect(article, g.id).toContain(`href="tel:${chain.contact_phone.replace(/[^\d+]/g, '')}"`);
      if (chain.contact_email) expect(article, g.id).toContain(`href="mailto:${chain.contact_email}?subject=`);
    }
  });

  it('lists the policies in force for every chain once, above the chains', () => {
    const general = html.slice(html.indexOf('id="general-policies"'), html.indexOf('</section>', html.indexOf('id="general-policies"')));
    expect([...general.matchAll(/href="\/policies\/([^"/]+)\/"/g)].map((m) => m[1]!).sort(byId)).toEqual(ids(inForce.filter((p) => p.data.chains.length === 0)));
  });

  it('gives each chain with gaps its host parks, investment plan and the policies in force that apply', () => {
    for (const chain of t.chains.filter((c) => gaps.some((g) => g.chain_id === c.id))) {
      const section = html.slice(html.indexOf(`id="chain-${chain.id}"`), html.indexOf('<article', html.indexOf(`id="chain-${chain.id}"`)));
      const parks = new Set([...t.parks.filter((p) => p.chain_ids.includes(chain.id)).map((p) => p.id), ...chain.key_park_ids]);
      for (const p of parks) expect(section, chain.id).toContain(`href="/parks/${p}/"`);
      if (chain.investment_plan_zh) expect(section, chain.id).toContain(chain.investment_plan_zh);
      // Under each chain: the policies that name it; those for every chain are listed once, above.
      const applies = inForce.filter((p) => p.data.chains.includes(chain.id));
      expect([...section.matchAll(/href="\/policies\/([^"/]+)\/"/g)].map((m) => m[1]!).sort(byId), chain.id).toEqual(ids(applies));
    }
  });
});

describe('/invest/policies/ (policy finder)', () => {
  it('lists exactly the policies in force, each with its benefits and a link to its page', () => {
    const html = readPage(dist, 'invest/policies/index.html');
    const trs = rows(html, /data-policy=/);
    expect(trs.map((r) => r.attrs['data-policy'] ?? '').sort(byId)).toEqual(ids(inForce));
    for (const p of inForce) {
      const tr = trs.find((r) => r.attrs['data-policy'] === p.id)!;
      expect(tr.inner).toContain(`href="/policies/${p.id}/"`);
      for (const b of p.data.benefits) expect(tr.inner, p.id).toContain(`<li>${b}</li>`);
    }
  });
});

describe('/invest/compare/ and the files its script fetches', () => {
  const html = readPage(dist, 'invest/compare/index.html');
  const index = JSON.parse(readPage(dist, 'invest/compare/parks.json')) as { parks: { id: string; name: string; county: string; chunk: number }[] };
  const columns = JSON.parse(readPage(dist, 'invest/compare/columns-1.json')) as { columns: { id: string; head: string; cells: Record<string, string> }[] };

  it('parks.json offers every park once, each with its county and the columns file holding it', () => {
    expect(index.parks.map((p) => p.id).sort(byId)).toEqual(ids(t.parks));
    for (const p of index.parks) {
      const park = parkOf.get(p.id)!;
      expect(p.name, p.id).toBe(park.short_name_zh ?? park.name_zh);
      expect(p.county, p.id).toBe(t.counties.find((c) => c.id === park.county_id)!.name_zh);
      // The sample's 10 parks fit one file.
      expect(p.chunk, p.id).toBe(1);
    }
    expect(columns.columns.map((c) => c.id)).toEqual(index.parks.map((p) => p.id));
  });

  it('the page carries only the default pair’s columns, cell for cell as in the columns file', () => {
    const rowsOfPage = rows(html, /data-row=/);
    expect([...html.matchAll(/<th scope="col" data-park="([^"]+)"/g)].map((m) => m[1]!).sort(byId)).toEqual([...defaultPair].sort(byId));
    for (const id of defaultPair) {
      const column = columns.columns.find((c) => c.id === id)!;
      for (const r of rowsOfPage) {
        const key = r.attrs['data-row']!;
        const cell = new RegExp(`<td data-park="${id}">([\\s\\S]*?)</td>`).exec(r.inner)?.[1];
        expect(cell, `${id} ${key}`).toBe(column.cells[key]);
      }
    }
    expect(Object.keys(columns.columns[0]!.cells).sort()).toEqual(rowsOfPage.map((r) => r.attrs['data-row']!).sort());
  });
});

describe('/invest/infrastructure/ and /invest/contacts/', () => {
  it('shows every facility of every park with its status, in a section per park', () => {
    const html = readPage(dist, 'invest/infrastructure/index.html');
    const labels: Record<string, string> = { complete: '已建成', building: '在建', planned: '已规划', none: '无' };
    for (const p of t.parks) {
      const section = element(html, `park-${p.id}`, 'section');
      for (const i of t.parkInfrastructure.filter((x) => x.park_id === p.id)) {
        expect(section, `${p.id} ${i.item}`).toContain(`<dd data-item="${i.item}"><strong>${labels[i.status]}</strong>${i.detail_zh ? `：${i.detail_zh}` : ''}</dd>`);
      }
    }
  });

  it('gives every park and chain a phone link, an address and a mailto: with the subject filled in', () => {
    const html = readPage(dist, 'invest/contacts/index.html');
    for (const p of t.parks) {
      const card = element(html, `park-${p.id}`, 'li');
      if (p.contact_phone) expect(card, p.id).toContain(`href="tel:${p.contact_phone.replace(/[^\d+]/g, '')}"`);
      if (p.contact_email) expect(card, p.id).toContain(`href="mailto:${p.contact_email}?subject=${encodeURIComponent(`投资咨询：${p.name_zh}`)}"`);
      if (p.address_zh) expect(card, p.id).toContain(p.address_zh);
    }
    for (const c of t.chains) {
      const card = element(html, `chain-${c.id}`, 'li');
      if (c.contact_phone) expect(card, c.id).toContain(`href="tel:${c.contact_phone.replace(/[^\d+]/g, '')}"`);
      if (c.contact_email) expect(card, c.id).toContain(`href="mailto:${c.contact_email}?subject=${encodeURIComponent(`投资咨询：${c.name_zh}产业链`)}"`);
    }
  });
});

describe('in Chromium', () => {
  const site = useSiteBrowser(dist, { noJs: true });
  let page: Page;
  beforeAll(async () => {
    page = await site.browser.newPage();
  });

  const visible = (table: string, key: string) => page.$$eval(`#${table} tbody tr:not([hidden])`, (trs, k) => trs.map((tr) => (tr as HTMLElement).dataset[k] ?? '').sort(), key);
  const optionValues = (select: string) => page.$$eval(`${select} option`, (os) => os.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''));

  describe('the site finder', () => {
    const check = async (name: string, expected: (value: string) => { id: string }[]) => {
      await page.goto(`${site.origin}/invest/sites/`);
      const values = await optionValues(`#filter-${name}`);
      expect(values.length, name).toBeGreaterThan(1);
      for (const v of values) {
        await page.selectOption(`#filter-${name}`, v);
        const want = ids(expected(v));
        expect(want.length, `${name}=${v} matches some site`).toBeGreaterThan(0);
        expect(await visible('sites-table', 'site'), `${name}=${v}`).toEqual(want);
        expect(await page.textContent('[data-filter-count]')).toBe(`显示 ${want.length} / ${offered.length} 行`);
      }
    };

    it('county: each county shows exactly the sites of its parks', () => check('county', (v) => offered.filter((s) => parkOf.get(s.park_id)!.county_id === v)));
    it('park: each park shows exactly its sites', () => check('park', (v) => offered.filter((s) => s.park_id === v)));
    it('chain: each chain shows the sites that name it, and the general-purpose ones that name no chain', () => check('chain', (v) => offered.filter((s) => s.chain_ids.length === 0 || s.chain_ids.includes(v))));
    it('kind: land or factory space', () => check('kind', (v) => offered.filter((s) => s.kind === v)));
    it('supply mode: the sites offered that way', () => check('supply', (v) => offered.filter((s) => s.supply_modes.includes(v as never))));
    it('price: each band shows the sites of its kind at or below its bound, and 未公布 the unpriced ones', () =>
      check('price', (v) => {
        if (v === 'unpriced') return offered.filter((s) => priceOf(s) === null);
        const [, kind, max] = /^(land|factory)-le-([\d.]+)$/.exec(v)!;
        return offered.filter((s) => s.kind === kind && priceOf(s) !== null && priceOf(s)! <= Number(max));
      }));
    it('status: available, idle or reserved', () => check('status', (v) => offered.filter((s) => s.status === v)));

    it('area range: the number inputs keep the sites whose area in m² (land 亩 × 10000 ÷ 15) is within', async () => {
      await page.goto(`${site.origin}/invest/sites/`);
      for (const [min, max] of [[20000, 60000], [100000, ''], ['', 9000]] as const) {
        await page.fill('input[name="area-min"]', String(min));
        await page.fill('input[name="area-max"]', String(max));
        const want = ids(offered.filter((s) => (min === '' || areaM2(s) >= min) && (max === '' || areaM2(s) <= max)));
        expect(want.length).toBeGreaterThan(0);
        expect(await visible('sites-table', 'site'), `${min}–${max}`).toEqual(want);
      }
    });

    it('filters combine, and the choice lives in the URL (the park pages link ?park=…)', async () => {
      const park = offered[0]!.park_id;
      await page.goto(`${site.origin}/invest/sites/?park=${park}&kind=land`);
      expect(await page.inputValue('#filter-park')).toBe(park);
      expect(await visible('sites-table', 'site')).toEqual(ids(offered.filter((s) => s.park_id === park && s.kind === 'land')));
    });

    it('without JavaScript the filters are hidden and every site shows', async () => {
      const p = await site.noJs.newPage();
      await p.goto(`${site.origin}/invest/sites/?park=${offered[0]!.park_id}`);
      expect(await p.isVisible('form[data-filter-for="sites-table"]')).toBe(false);
      expect(await p.$$eval('#sites-table tbody tr', (trs) => trs.filter((tr) => (tr as HTMLElement).offsetParent !== null).length)).toBe(offered.length);
      await p.close();
    });
  });

  describe('the policy finder', () => {
    const applies = (p: (typeof inForce)[number], chain: string, park: string, kind: string) => {
      const d = p.data;
      const county = parkOf.get(park)!.county_id;
      return (d.chains.length === 0 || d.chains.includes(chain)) && ((d.parks.length === 0 && d.counties.length === 0) || d.parks.includes(park) || d.counties.includes(county)) && d.kind === kind;
    };

    it('for a chosen chain, park and kind shows exactly the policies in force that apply', async () => {
      await page.goto(`${site.origin}/invest/policies/`);
      const kinds = await optionValues('#filter-kind');
      const chain = t.chains[0]!.id;
      let nonEmpty = 0;
      await page.selectOption('#filter-chain', chain);
      for (const park of t.parks.map((p) => p.id)) {
        await page.selectOption('#filter-park', park);
        for (const kind of kinds) {
          await page.selectOption('#filter-kind', kind);
          const want = ids(inForce.filter((p) => applies(p, chain, park, kind)));
          if (want.length > 0) nonEmpty++;
          expect(await visible('finder-table', 'policy'), `${chain} ${park} ${kind}`).toEqual(want);
        }
      }
      expect(nonEmpty).toBeGreaterThan(0);
    });

    it('for a chosen county shows the policies for the whole prefecture, that county, or one of its parks', async () => {
      await page.goto(`${site.origin}/invest/policies/`);
      for (const county of t.counties.map((c) => c.id)) {
        await page.selectOption('#filter-county', county);
        const parksThere = t.parks.filter((p) => p.county_id === county).map((p) => p.id);
        const want = ids(inForce.filter((p) => (p.data.parks.length === 0 && p.data.counties.length === 0) || p.data.counties.includes(county) || p.data.parks.some((x) => parksThere.includes(x))));
        expect(await visible('finder-table', 'policy'), county).toEqual(want);
      }
    });
  });

  describe('the comparison', () => {
    const shownParks = (p: Page) => p.$$eval('#compare-table thead th[data-park]', (ths) => ths.filter((th) => !(th as HTMLElement).hidden && (th as HTMLElement).offsetParent !== null).map((th) => (th as HTMLElement).dataset['park']));
    const cell = (p: Page, row: string, park: string) => p.textContent(`#compare-table tr[data-row="${row}"] td[data-park="${park}"]`).then((s) => s?.trim());
    // The script fetches the parks' columns (compare/columns-<n>.json): wait until it has shown them.
    const ready = (p: Page) => p.waitForSelector('#compare-table[data-compare-ready]:not([aria-busy])', { state: 'attached' });
    const order = t.parks.map((p) => p.id);
    const inOrder = (xs: string[]) => [...xs].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    // Parks in table order are sorted by county then id; compare as sets in that order.
    const tableOrder = (xs: string[]) => {
      const countyOrder = t.counties.map((c) => c.id);
      return [...xs].sort((a, b) => countyOrder.indexOf(parkOf.get(a)!.county_id) - countyOrder.indexOf(parkOf.get(b)!.county_id) || byId(a, b));
    };

    it('?parks=a,b,c shows those three parks side by side with their figures, and ticks them', async () => {
      const chosen = inOrder([t.parks[3]!.id, t.parks[0]!.id, t.parks[7]!.id]);
      await page.goto(`${site.origin}/invest/compare/?parks=${chosen.join(',')}`);
      await ready(page);
      expect(await shownParks(page)).toEqual(tableOrder(chosen));
      for (const id of chosen) {
        const park = parkOf.get(id)!;
        expect(await cell(page, 'planned-area', id), id).toBe(formatWithUnit(park.planned_area_mu, '亩'));
        expect(await cell(page, 'lead', id), id).toBe(park.lead_industry_zh);
        const g = latest.graded.find((x) => x.park_id === id);
        expect(await cell(page, 'grade', id), id).toEqual(g ? `${g.grade} 类` : expect.stringMatching(/^未评级/));
        if (g) expect(await cell(page, 'rank', id), id).toBe(`第 ${g.rank} 名`);
        const land = offered.filter((s) => s.park_id === id && s.kind === 'land');
        expect(await cell(page, 'land', id), id).toBe(land.length ? `${land.length} 宗，${formatWithUnit(land.reduce((s, x) => s + x.area_mu!, 0), '亩')}` : '无');
        for (const i of t.parkInfrastructure.filter((x) => x.park_id === id)) expect(await cell(page, i.item, id), `${id} ${i.item}`).toBe({ complete: '已建成', building: '在建', planned: '已规划', none: '无' }[i.status]);
      }
      expect(await page.isChecked(`input[name="park"][value="${chosen[0]}"]`)).toBe(true);
    });

    it('ticking a park adds its column and writes the selection to the URL; at four the rest are disabled', async () => {
      await page.goto(`${site.origin}/invest/compare/?parks=${defaultPair.join(',')}`);
      await ready(page);
      const more = t.parks.map((p) => p.id).filter((id) => !defaultPair.includes(id)).slice(0, 2);
      for (const id of more) {
        await page.check(`input[name="park"][value="${id}"]`);
        await ready(page);
      }
      const all = [...defaultPair, ...more];
      expect(await shownParks(page)).toEqual(tableOrder(all));
      expect(new URL(page.url()).searchParams.get('parks')!.split(',').sort(byId)).toEqual([...all].sort(byId));
      const other = t.parks.map((p) => p.id).find((id) => !all.includes(id))!;
      expect(await page.isDisabled(`input[name="park"][value="${other}"]`)).toBe(true);
      await page.reload();
      await ready(page);
      expect(await shownParks(page)).toEqual(tableOrder(all));
    });

    it('an empty or unknown ?parks= shows the default pair: the two best-ranked parks', async () => {
      await page.goto(`${site.origin}/invest/compare/?parks=no-such-park`);
      await ready(page);
      expect(await shownParks(page)).toEqual(tableOrder(defaultPair));
    });

    it('without JavaScript shows the default pair with their figures and explains how to choose others', async () => {
      const p = await site.noJs.newPage();
      await p.goto(`${site.origin}/invest/compare/?parks=${t.parks[5]!.id},${t.parks[6]!.id}`);
      expect(await shownParks(p)).toEqual(tableOrder(defaultPair));
      for (const id of defaultPair) expect(await cell(p, 'planned-area', id)).toBe(formatWithUnit(parkOf.get(id)!.planned_area_mu, '亩'));
      expect(await p.isVisible('[data-noscript-note]')).toBe(true);
      expect(await p.textContent('[data-noscript-note]')).toContain('启用 JavaScript');
      expect(await p.isVisible('form[data-compare-form]')).toBe(false);
      await p.close();
    });
  });

  it('a link to a gap lands on it with JavaScript on (the filter script keeps the #fragment)', async () => {
    const g = t.chainSegments.find((s) => s.strength === 'missing')!;
    const anchor = `gap-${g.chain_id}--${g.id}`;
    await page.goto(`${site.origin}/invest/gaps/#${anchor}`);
    await page.waitForFunction((a) => location.hash === `#${a}` && document.querySelector(':target')?.id === a, anchor);
    const top = await page.$eval(`#${anchor}`, (el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(200);
  });
});
