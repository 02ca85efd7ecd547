/**
 * Deterministic synthetic datasets for the benchmark: every table of data/ and every MDX collection of
 * content/, valid against the real schemas and cross-table rules (references, segments of the firm's
 * own chain, project stage and date rules, nothing after as_of, a gradable park in every released
 * year, a profile for every park and chain). Same spec and seed → byte-identical files.
 *
 * Everything is invented and marked as sample data; no clock is read (dates come from AS_OF).
 */
import { sealFinalYears } from '../../src/lib/evaluation/seal-write.ts';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { TABLES } from '../../src/lib/data/tables.ts';
import type { TableDef } from '../../src/lib/data/table.ts';

export interface Spec {
  parks: number;
  /** Years of park indicators, ending with LAST_YEAR. */
  years: number;
  chains: number;
  firms: number;
  projects: number;
  policies: number;
  updates: number;
  /** Parks per county (the number of counties follows). */
  parksPerCounty: number;
  /** Where parks are placed: [south, west, north, east] in degrees. */
  bbox: readonly [number, number, number, number];
}

/** The issue's sizes (S is the bundled sample, copied rather than generated). */
export const SPECS = {
  M: { parks: 150, years: 5, chains: 30, firms: 3_000, projects: 2_000, policies: 150, updates: 500, parksPerCounty: 10, bbox: [26, 108, 30, 114] },
  L: { parks: 2_500, years: 10, chains: 40, firms: 50_000, projects: 20_000, policies: 500, updates: 2_000, parksPerCounty: 10, bbox: [21, 98, 45, 124] },
} as const satisfies Record<string, Spec>;

export const DEFAULT_SEED = 20261031;
export const AS_OF = '2026-10-31';
export const LAST_YEAR = 2025;

// ---------------------------------------------------------------- PRNG

/** mulberry32: a tiny, fast 32-bit generator; plenty for synthetic data, and identical on every machine. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  /** k distinct items, in the order of `xs`. */
  const sample = <T>(xs: readonly T[], k: number): T[] => {
    const n = Math.min(k, xs.length);
    const chosen = new Set<number>();
    while (chosen.size < n) chosen.add(Math.floor(next() * xs.length));
    return [...chosen].sort((x, y) => x - y).map((i) => xs[i]!);
  };
  return { next, int, pick, sample, chance: (p: number) => next() < p, between: (min: number, max: number) => min + next() * (max - min) };
}
type Rng = ReturnType<typeof prng>;

// ---------------------------------------------------------------- formatting

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const DAY = 86_400_000;
const dayOf = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const iso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const AS_OF_DAY = dayOf(AS_OF);
/** A plain number as the checker wants it: no exponent, no thousands separators. */
const num = (x: number, digits = 0) => (digits === 0 ? String(Math.round(x)) : x.toFixed(digits));

function csvCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
function csv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return [header.join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\n') + '\n';
}
/** YAML frontmatter: every string double-quoted (JSON strings are valid YAML), lists in flow style. */
function mdx(front: Record<string, string | string[] | null>, body: string): string {
  const lines = Object.entries(front)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? `[${v.map((x) => JSON.stringify(x)).join(', ')}]` : JSON.stringify(v)}`);
  return `---\n${lines.join('\n')}\n---\n\n${body.trim()}\n`;
}

// ---------------------------------------------------------------- vocabulary

const INDUSTRIES: readonly [string, string][] = [
  ['白酒', 'Baijiu liquor'], ['锰锌新材料', 'Manganese and zinc materials'], ['钒储能', 'Vanadium storage'], ['绿色食品', 'Green food'],
  ['新能源', 'New energy'], ['电子信息', 'Electronic information'], ['生物医药', 'Biomedicine'], ['民族工艺品', 'Ethnic crafts'],
  ['新型建材', 'New building materials'], ['中药材', 'Herbal medicine'], ['装备制造', 'Equipment manufacturing'], ['汽车零部件', 'Auto parts'],
  ['纺织服装', 'Textiles and garments'], ['精细化工', 'Fine chemicals'], ['特种钢材', 'Special steel'], ['铝精深加工', 'Aluminium processing'],
  ['智能家居', 'Smart home'], ['现代物流', 'Modern logistics'], ['数字经济', 'Digital economy'], ['航空零部件', 'Aviation parts'],
  ['船舶配套', 'Ship components'], ['轨道交通装备', 'Rail transit equipment'], ['医疗器械', 'Medical devices'], ['新能源汽车', 'New-energy vehicles'],
  ['光伏', 'Photovoltaics'], ['风电装备', 'Wind power equipment'], ['氢能', 'Hydrogen energy'], ['半导体', 'Semiconductors'],
  ['软件和信息服务', 'Software and IT services'], ['工业机器人', 'Industrial robots'], ['农产品加工', 'Agricultural processing'], ['茶叶', 'Tea'],
  ['文旅装备', 'Tourism equipment'], ['造纸包装', 'Paper and packaging'], ['塑料制品', 'Plastic products'], ['陶瓷', 'Ceramics'],
  ['锂电池', 'Lithium batteries'], ['稀土功能材料', 'Rare-earth materials'], ['预制菜', 'Prepared food'], ['石墨新材料', 'Graphite materials'],
];
const PLACE = ['云岭', '青溪', '石门', '龙泉', '枫林', '桃源', '白沙', '金桥', '松柏', '清江', '凤岭', '梅山', '竹溪', '银湖', '华阳', '长岭', '平川', '东湖', '西岭', '南岸'];
const PLACE_EN = ['Yunling', 'Qingxi', 'Shimen', 'Longquan', 'Fenglin', 'Taoyuan', 'Baisha', 'Jinqiao', 'Songbai', 'Qingjiang', 'Fengling', 'Meishan', 'Zhuxi', 'Yinhu', 'Huayang', 'Changling', 'Pingchuan', 'Donghu', 'Xiling', 'Nan’an'];
const FIRM_WORDS = ['霁', '晟', '栖', '瑞', '禾', '源', '峒', '屿', '黛', '峰', '墨', '临', '岚', '川', '沐', '泽', '钧', '和', '嘉', '恒', '拓', '远', '澜', '启'];
const CITIES = ['湖南长沙', '广东深圳', '浙江杭州', '江苏苏州', '上海', '北京', '湖北武汉', '四川成都', '重庆', '福建厦门', '江西南昌', '香港'];
const PARK_LEVELS = ['national', 'provincial', 'provincial', 'prefecture', 'prefecture'] as const;
const PARK_KINDS = ['hi_tech_zone', 'econ_dev_zone', 'industrial_cluster', 'industrial_park'] as const;
const PARK_KIND_ZH = { hi_tech_zone: '高新技术产业开发区', econ_dev_zone: '经济开发区', industrial_cluster: '工业集中区', industrial_park: '产业园' } as const;
const PARK_KIND_EN = { hi_tech_zone: 'Hi-tech Industrial Development Zone', econ_dev_zone: 'Economic Development Zone', industrial_cluster: 'Industrial Concentration Zone', industrial_park: 'Industrial Park' } as const;
const INFRA = ['sewage_treatment', 'water_supply', 'power_supply', 'gas_supply', 'roads', 'broadband', 'standard_factories', 'logistics'] as const;
const INFRA_STATUS = ['complete', 'complete', 'complete', 'building', 'planned', 'none'] as const;
const TAGS = ['chain_leader', 'head', 'specialized', 'high_tech', 'above_scale'] as const;
const POLICY_KINDS = ['fund', 'land', 'tax', 'finance', 'talent', 'assessment', 'industry', 'innovation', 'other'] as const;
const UPDATE_KINDS = ['monthly_dispatch', 'quarterly_inspection', 'news'] as const;
const FIVE_GOOD = ['planning', 'innovation', 'projects', 'institutions', 'image'] as const;
const SENTENCES = [
  '园区围绕主导产业延链补链，推动重点项目早开工、早投产。',
  '标准厂房和配套设施持续完善，项目落地周期进一步缩短。',
  '园区推行“亩均论英雄”改革，引导低效用地再开发。',
  '重点企业开展节能技改，单位工业增加值能耗稳步下降。',
  '园区设立企业服务专员，实行项目全流程代办。',
  '补链招商聚焦缺失环节，定向对接长三角和珠三角企业。',
  '产业链工作专班按月调度项目进度，按季开展现场督查。',
  '研发平台建设提速，企业研发经费投入持续增长。',
];

function paragraphs(rng: Rng, headings: readonly string[]): string {
  return headings
    .map((h) => `## ${h}\n\n${Array.from({ length: rng.int(2, 4) }, () => rng.pick(SENTENCES)).join('')}`)
    .concat('本页内容和数字均为基准测试用的合成示例数据，不是官方统计。')
    .join('\n\n');
}

// ---------------------------------------------------------------- the generator

/** Every file of a dataset, by path relative to the output folder (`data/…`, `content/…`), in a fixed order. */
export type Files = Map<string, string>;

/**
 * Tables the generator has no rows for are still written, so a table added to src/lib later does not
 * break the benchmark: region-independent settings tables are copied from `settingsFrom` (the
 * bundled data/) when it has them, any other table gets its header row only.
 */
const SETTINGS_TABLES = new Set(['checks/thresholds.csv']);

export function generate(spec: Spec, seed: number = DEFAULT_SEED, settingsFrom?: string): Files {
  const rng = prng(seed);
  const files: Files = new Map();
  const firstYear = LAST_YEAR - spec.years + 1;
  const years = Array.from({ length: spec.years }, (_, i) => firstYear + i);
  const [south, west, north, east] = spec.bbox;

  // Policies first: chains and targets refer to them.
  const policyIds = Array.from({ length: spec.policies }, (_, i) => `policy-${pad(i + 1, 4)}`);

  // Counties.
  const nCounties = Math.max(1, Math.ceil(spec.parks / spec.parksPerCounty));
  const counties = Array.from({ length: nCounties }, (_, i) => ({
    id: `county-${pad(i + 1, 4)}`,
    name_zh: `${PLACE[i % PLACE.length]}${i >= PLACE.length ? Math.floor(i / PLACE.length) + 1 : ''}县`,
    name_en: `${PLACE_EN[i % PLACE_EN.length]}${i >= PLACE_EN.length ? ` ${Math.floor(i / PLACE_EN.length) + 1}` : ''} County`,
    lat: rng.between(south, north),
    lon: rng.between(west, east),
  }));
  files.set('data/counties.csv', csv(['id', 'adcode', 'name_zh', 'name_en', 'kind', 'seat_lat', 'seat_lon'], counties.map((c, i) => [c.id, `9${pad(i + 1, 5)}`, c.name_zh, c.name_en, i % 5 === 0 ? 'district' : i % 7 === 0 ? 'city' : 'county', num(c.lat, 4), num(c.lon, 4)])));

  // Chains and their segments.
  const chains = Array.from({ length: spec.chains }, (_, i) => {
    const [zh, en] = INDUSTRIES[i % INDUSTRIES.length]!;
    const round = Math.floor(i / INDUSTRIES.length);
    return { id: `chain-${pad(i + 1, 3)}`, name_zh: round ? `${zh}${round + 1}` : zh, name_en: round ? `${en} ${round + 1}` : en };
  });
  const segments = new Map<string, { id: string; stage: string; strength: string }[]>();
  const segmentRows: (string | number)[][] = [];
  const linkRows: string[][] = [];
  for (const c of chains) {
    const n = rng.int(8, 12);
    const segs = Array.from({ length: n }, (_, j) => {
      const stage = j < n / 3 ? 'upstream' : j < (2 * n) / 3 ? 'midstream' : 'downstream';
      // The first segment of each stage is never missing, so every chain has somewhere to put firms.
      const strength = j > 0 && rng.chance(0.15) ? 'missing' : rng.chance(0.5) ? 'strong' : 'weak';
      return { id: `s${pad(j + 1, 2)}`, stage, strength };
    });
    segments.set(c.id, segs);
    const stageZh = { upstream: '上游', midstream: '中游', downstream: '下游' } as Record<string, string>;
    segs.forEach((s, j) => segmentRows.push([c.id, s.id, `${c.name_zh}${stageZh[s.stage]}环节${j + 1}`, `${c.name_en} ${s.stage} segment ${j + 1}`, s.stage, s.strength, j + 1, s.strength === 'missing' ? '本地暂无企业，补链招商重点（合成数据）' : '']));
    const byStage = (st: string) => segs.filter((s) => s.stage === st);
    const seen = new Set<string>();
    for (const [from, to] of [['upstream', 'midstream'], ['midstream', 'downstream']] as const) {
      for (const a of byStage(from)) {
        for (const b of rng.sample(byStage(to), rng.int(1, 2))) {
          const k = `${a.id}>${b.id}`;
          if (!seen.has(k)) {
            seen.add(k);
            linkRows.push([c.id, a.id, b.id]);
          }
        }
      }
    }
  }

  // Parks.
  const parks = Array.from({ length: spec.parks }, (_, i) => {
    const county = counties[Math.min(nCounties - 1, Math.floor(i / spec.parksPerCounty))]!;
    const kind = rng.pick(PARK_KINDS);
    const chainIds = rng.sample(chains, rng.int(1, Math.min(4, chains.length))).map((c) => c.id);
    const lead = chains.find((c) => c.id === chainIds[0])!;
    return {
      id: `park-${pad(i + 1, 4)}`,
      county,
      kind,
      level: rng.pick(PARK_LEVELS),
      chainIds,
      lead,
      name_zh: `${county.name_zh.replace(/县$/, '')}${PARK_KIND_ZH[kind]}${i + 1}号`,
      name_en: `${county.name_en.replace(/ County$/, '')} ${PARK_KIND_EN[kind]} No. ${i + 1}`,
      lat: Math.min(north, Math.max(south, county.lat + rng.between(-0.3, 0.3))),
      lon: Math.min(east, Math.max(west, county.lon + rng.between(-0.3, 0.3))),
    };
  });
  const parksOfChain = new Map<string, string[]>();
  for (const p of parks) for (const c of p.chainIds) {
    let list = parksOfChain.get(c);
    if (!list) parksOfChain.set(c, (list = []));
    list.push(p.id);
  }
  files.set(
    'data/parks.csv',
    csv(
      ['id', 'name_zh', 'name_en', 'short_name_zh', 'county_id', 'level', 'kind', 'approved_on', 'approved_area_ha', 'planned_area_mu', 'lead_industry_zh', 'lead_industry_en', 'specialty_zh', 'specialty_en', 'chain_ids', 'lat', 'lon', 'address_zh', 'contact_name_zh', 'contact_phone', 'contact_email', 'website'],
      parks.map((p, i) => {
        const special = chains.find((c) => c.id === p.chainIds[1]);
        return [p.id, p.name_zh, p.name_en, `${p.county.name_zh.replace(/县$/, '')}${i + 1}号园`, p.county.id, p.level, p.kind, iso(dayOf('1995-01-01') + rng.int(0, 9000)), rng.int(80, 900), rng.int(2000, 30000), p.lead.name_zh, p.lead.name_en, special?.name_zh, special?.name_en, p.chainIds.join(';'), num(p.lat, 3), num(p.lon, 3), `${p.county.name_zh}产业大道${i + 1}号（合成地址）`, `${p.name_zh}招商服务中心`, `0700-${pad(8000000 + i, 7)}`, `${p.id}@example.org`, rng.chance(0.5) ? `https://example.org/parks/${p.id}` : ''];
      }),
    ),
  );

  // Park indicators by year. Each park's productivity is a fixed factor of the region's (within 2×,
  // so no park is a per-mu outlier), on a common upward trend with a little noise; energy per unit of
  // value added falls on the whole; every series moves smoothly (no plausibility warnings).
  const indicatorRows: (string | number | null)[][] = [];
  for (const p of parks) {
    const factor = rng.between(0.7, 1.4);
    const taxShare = rng.between(0.05, 0.06);
    let land = rng.between(800, 6000);
    let leadShare = rng.between(0.4, 0.85);
    let vaShare = rng.between(0.22, 0.32);
    let intensity = rng.between(0.15, 0.6); // tce per 万元 of value added
    let rdShare = rng.between(0.005, 0.03);
    let employeesPerMu = rng.between(0.5, 4);
    for (const [t, y] of years.entries()) {
      const trend = 1.05 ** t;
      land *= rng.between(1.005, 1.05);
      leadShare = Math.min(0.95, Math.max(0.3, leadShare + rng.between(-0.03, 0.03)));
      vaShare = Math.min(0.4, Math.max(0.18, vaShare + rng.between(-0.01, 0.01)));
      intensity *= rng.chance(0.1) ? rng.between(1.0, 1.04) : rng.between(0.9, 0.99);
      rdShare *= rng.between(0.9, 1.15);
      employeesPerMu *= rng.between(0.95, 1.06);
      const output = land * 400 * factor * trend * rng.between(0.95, 1.05);
      const investment = land * 60 * factor * trend * rng.between(0.85, 1.15);
      const va = output * vaShare;
      const exempt = y === LAST_YEAR && rng.chance(0.01) ? '当年整体搬迁改造，经批准免予评价（合成数据）' : '';
      const taxMissing = !exempt && y > firstYear && rng.chance(0.01);
      indicatorRows.push([p.id, y, num(land), num(investment), num(output), num(output * leadShare), taxMissing ? null : num(output * taxShare * rng.between(0.95, 1.05)), num(va), num(va * intensity), num(output * rdShare, 1), Math.round(land * employeesPerMu), exempt ? 'yes' : '', exempt]);
    }
  }
  files.set('data/park_indicators.csv', csv(['park_id', 'year', 'industrial_land_mu', 'industrial_investment_wan', 'industrial_output_wan', 'lead_industry_output_wan', 'tax_wan', 'value_added_wan', 'energy_tce', 'rd_spending_wan', 'employees', 'exempt', 'exempt_reason'], indicatorRows));

  // Five-good scores: the last four years (or fewer), all five dimensions out of 20.
  const fiveGoodRows: (string | number)[][] = [];
  for (const p of parks) for (const y of years.slice(-4)) for (const d of FIVE_GOOD) fiveGoodRows.push([p.id, y, d, num(rng.between(11, 20), 1), 20]);
  files.set('data/five_good_scores.csv', csv(['park_id', 'year', 'dimension', 'score', 'max_score'], fiveGoodRows));

  files.set('data/park_infrastructure.csv', csv(['park_id', 'item', 'status', 'detail_zh', 'detail_en'], parks.flatMap((p) => INFRA.map((item) => [p.id, item, rng.pick(INFRA_STATUS), '（合成数据）', '(synthetic)']))));

  // Sites: about three per park.
  const siteRows: (string | number | null)[][] = [];
  for (const [i, p] of parks.entries()) {
    const n = rng.int(1, 5);
    for (let j = 1; j <= n; j++) {
      const land = rng.chance(0.6);
      siteRows.push([`${p.id}-${land ? 'l' : 'f'}${pad(j, 2)}`, p.id, land ? 'land' : 'factory', `${p.name_zh}${land ? `${j}号工业用地` : `标准厂房${j}号楼`}`, `${p.name_en} ${land ? `plot ${j}` : `factory building ${j}`}`, land ? rng.int(20, 300) : null, land ? null : rng.int(2000, 30000), rng.pick(['available', 'available', 'reserved', 'taken', 'idle']), land ? 'transfer;flexible_term' : 'lease;lease_then_transfer', land ? num(rng.between(10, 40), 1) : null, land ? null : num(rng.between(4, 15), 1), rng.sample(p.chainIds, rng.int(1, p.chainIds.length)).join(';'), iso(AS_OF_DAY - rng.int(-200, 400)), `${p.name_zh}招商服务中心`, `0700-${pad(8000000 + i, 7)}`, `${p.id}@example.org`, '价格为合成数据']);
    }
  }
  files.set('data/sites.csv', csv(['id', 'park_id', 'kind', 'name_zh', 'name_en', 'area_mu', 'floor_area_m2', 'status', 'supply_modes', 'price_wan_per_mu', 'rent_yuan_per_m2_month', 'chain_ids', 'available_from', 'contact_name_zh', 'contact_phone', 'contact_email', 'note_zh'], siteRows));

  files.set(
    'data/chains.csv',
    csv(
      ['id', 'name_zh', 'name_en', 'order', 'cluster_target_zh', 'leader_title_zh', 'leader_title_en', 'lead_unit_zh', 'partner_units_zh', 'task_force_zh', 'support_policy_id', 'investment_plan_zh', 'key_park_ids', 'output_target_wan', 'target_year', 'contact_phone', 'contact_email'],
      chains.map((c, i) => [c.id, c.name_zh, c.name_en, i + 1, `百亿级${c.name_zh}产业集群`, '市人民政府副市长', 'Deputy Mayor', '市工业和信息化局', '市发展和改革委员会;市商务局;市科学技术局', `${c.name_zh}产业链工作专班`, policyIds.length ? policyIds[i % policyIds.length] : '', `计划引进${c.name_zh}补链项目${rng.int(2, 8)}个（合成数据）`, rng.sample(parksOfChain.get(c.id) ?? [], 3).join(';'), rng.int(200000, 3000000), 2027, `0700-${pad(9000000 + i, 7)}`, `${c.id}@example.org`]),
    ),
  );
  files.set('data/chain_segments.csv', csv(['chain_id', 'id', 'name_zh', 'name_en', 'stage', 'strength', 'order', 'note_zh'], segmentRows));
  files.set('data/chain_links.csv', csv(['chain_id', 'from', 'to'], linkRows));
  files.set(
    'data/chain_indicators.csv',
    csv(['chain_id', 'year', 'output_wan', 'above_scale_enterprises', 'investment_wan'], chains.flatMap((c) => {
      let out = rng.between(50000, 1500000);
      let firms = rng.int(5, 60);
      return years.map((y) => [c.id, y, num((out *= rng.between(0.95, 1.15))), (firms += rng.int(1, 4)), num(out * rng.between(0.08, 0.2))]);
    })),
  );

  // Firms: in one of their park's chains, in a segment of that chain that is not marked missing.
  const firmRows: (string | number | null)[][] = [];
  for (let i = 0; i < spec.firms; i++) {
    const p = rng.pick(parks);
    const chainId = rng.pick(p.chainIds);
    const open = segments.get(chainId)!.filter((s) => s.strength !== 'missing');
    const name = `${rng.pick(FIRM_WORDS)}${rng.pick(FIRM_WORDS)}`;
    const chain = chains.find((c) => c.id === chainId)!;
    firmRows.push([`firm-${pad(i + 1, 6)}`, `${p.county.name_zh.replace(/县$/, '')}${name}${chain.name_zh}有限公司${i + 1}`, `${name} ${chain.name_en} Co., Ltd. ${i + 1}`, p.id, chainId, rng.chance(0.9) ? rng.pick(open).id : null, TAGS.filter(() => rng.chance(0.2)).join(';'), rng.int(1985, 2024)]);
  }
  files.set('data/enterprises.csv', csv(['id', 'name_zh', 'name_en', 'park_id', 'chain_id', 'segment_id', 'tags', 'founded_year'], firmRows));
  // A weak segment means "has firms, but small" (the check warns otherwise): one that drew no firm is missing.
  const withFirms = new Set(firmRows.map((f) => `${f[4]}/${f[5]}`));
  for (const row of segmentRows) {
    if (row[5] === 'weak' && !withFirms.has(`${row[0]}/${row[1]}`)) {
      row[5] = 'missing';
      row[7] = '本地暂无企业，补链招商重点（合成数据）';
    }
  }
  files.set('data/chain_segments.csv', csv(['chain_id', 'id', 'name_zh', 'name_en', 'stage', 'strength', 'order', 'note_zh'], segmentRows));

  // Projects: dates in order, agreeing with the stage, nothing that happened after as_of.
  const projectRows: (string | number | null)[][] = [];
  const firstDay = dayOf(`${firstYear}-01-01`);
  for (let i = 0; i < spec.projects; i++) {
    const p = rng.pick(parks);
    const chainId = rng.pick(p.chainIds);
    const chain = chains.find((c) => c.id === chainId)!;
    const signed = rng.int(firstDay, AS_OF_DAY - 30);
    const age = (AS_OF_DAY - signed) / 365;
    const r = rng.next();
    const stage = r < 0.05 ? 'terminated' : r < 0.05 + Math.max(0.1, 0.6 - age * 0.2) ? 'signed' : r < 0.75 - Math.min(0.4, age * 0.1) ? 'started' : 'in_production';
    const plannedStart = signed + rng.int(20, 180);
    const plannedDone = plannedStart + rng.int(180, 720);
    const started = stage === 'started' || stage === 'in_production' ? signed + Math.floor(rng.next() * (AS_OF_DAY - signed)) : null;
    const production = stage === 'in_production' && started !== null ? started + Math.floor(rng.next() * (AS_OF_DAY - started)) : null;
    const terminated = stage === 'terminated' ? signed + Math.floor(rng.next() * (AS_OF_DAY - signed)) : null;
    const contracted = rng.int(1000, 300000);
    const share = { signed: rng.between(0, 0.2), started: rng.between(0.2, 0.8), in_production: rng.between(0.7, 1), terminated: rng.between(0, 0.3) }[stage]!;
    projectRows.push([`proj-${pad(i + 1, 6)}`, `${rng.pick(FIRM_WORDS)}${rng.pick(FIRM_WORDS)}${chain.name_zh}项目${i + 1}`, `${chain.name_en} project ${i + 1}`, chainId, p.id, `${rng.pick(FIRM_WORDS)}${rng.pick(FIRM_WORDS)}投资有限公司`, rng.pick(CITIES), contracted, rng.chance(0.05) ? null : Math.floor(contracted * share), stage, iso(signed), iso(plannedStart), started === null ? null : iso(started), iso(plannedDone), production === null ? null : iso(production), terminated === null ? null : iso(terminated), stage === 'terminated' ? '投资方战略调整（合成数据）' : '']);
  }
  files.set('data/projects.csv', csv(['id', 'name_zh', 'name_en', 'chain_id', 'park_id', 'investor_zh', 'origin_zh', 'contracted_investment_wan', 'funds_in_place_wan', 'stage', 'signed_on', 'planned_start_on', 'actual_start_on', 'planned_completion_on', 'production_on', 'terminated_on', 'note_zh'], projectRows));

  // Targets and their progress.
  const targets = [
    ['reserve-land', '新增和控制储备土地', 'New land reserve', '亩', 'mu', 'at_least', 7500, 0],
    ['rd-intensity-growth', '研发经费投入强度增长', 'Growth in R&D intensity', '%', '%', 'at_least', 12, 0],
    ['guidance-fund', '产业引导基金首期规模', 'Guidance fund first close', '万元', '10k yuan', 'at_least', 10000, 0],
    ['idle-land-zero', '闲置土地清零', 'Clear idle land', '亩', 'mu', 'at_most', 0, 1260],
  ] as const;
  files.set('data/targets.csv', csv(['id', 'name_zh', 'name_en', 'unit_zh', 'unit_en', 'direction', 'target_value', 'baseline_value', 'baseline_year', 'deadline', 'policy_id', 'note_zh'], targets.map((t, i) => [...t, 2024, '2027-12-31', policyIds.length ? policyIds[i % policyIds.length] : '', '合成数据'])));
  files.set('data/target_progress.csv', csv(['target_id', 'as_of', 'value', 'note_zh'], targets.flatMap((t) => ['2025-06-30', '2025-12-31', '2026-09-30'].map((d, j) => [t[0], d, t[5] === 'at_least' ? num((t[6] * (j + 1)) / 4, 1) : num((t[7] * (3 - j)) / 4, 1), '（合成数据）']))));

  // Evaluation settings: the sample's weights and grades; every year but the first is released (it
  // has no previous year for the energy indicator), the last one under public notice.
  files.set('data/scoring/indicators.csv', 'indicator,weight,benchmark,cap\ninvestment_per_mu,20,auto,1.5\noutput_per_mu,25,auto,1.5\ntax_per_mu,30,auto,1.5\nlead_industry_share,15,auto,1.5\nenergy_intensity_fall,10,auto,\n');
  files.set('data/scoring/grades.csv', 'grade,min_score,quota_ratio\nA,110,0.2\nB,90,0.4\nC,70,0.35\nD,,0.05\n');
  files.set(
    'data/scoring/releases.csv',
    csv(['year', 'status', 'grade_method', 'notice_from', 'notice_to', 'published_on', 'note_zh'], years.slice(1).map((y) => (y === LAST_YEAR ? [y, 'notice', 'thresholds', '2026-10-20', '2026-11-03', null, `${y}年度评价结果公示中（合成数据）`] : [y, 'final', y % 2 ? 'thresholds' : 'quotas', `${y + 1}-05-15`, `${y + 1}-05-26`, `${y + 1}-06-09`, `${y}年度评价结果（合成数据）`]))),
  );

  files.set(
    'data/portal.json',
    JSON.stringify(
      {
        region: { name_zh: '合成基准测试区', name_en: 'Synthetic Benchmark Region', short_zh: '测试区', short_en: 'Bench', adcode: '990000' },
        title_zh: '合成基准测试区园区与产业链公开平台',
        title_en: 'Synthetic Benchmark Parks and Industrial Chains Portal',
        publisher_zh: '基准测试（合成数据）',
        publisher_en: 'Benchmark (synthetic data)',
        as_of: AS_OF,
        sample_data: true,
        licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
        contact: { email: 'portal@example.org', phone: '0700-8000000', address_zh: '合成地址1号' },
        objection_contact: { email: 'objection@example.org', phone: '0700-8000099', address_zh: '合成地址1号' },
        source_url: null,
      },
      null,
      2,
    ) + '\n',
  );

  // ------------------------------------------------------------ content

  for (const p of parks) {
    files.set(`content/parks/${p.id}.mdx`, mdx({ summary: `以${p.lead.name_zh}为主导的${PARK_KIND_ZH[p.kind]}（合成数据）。`, updated: iso(AS_OF_DAY - rng.int(0, 300)) }, paragraphs(rng, ['园区定位', '转型升级', '补链方向'])));
  }
  for (const c of chains) {
    files.set(`content/chains/${c.id}.mdx`, mdx({ summary: `${c.name_zh}产业链：强链、补链、延链（合成数据）。`, updated: iso(AS_OF_DAY - rng.int(0, 300)) }, paragraphs(rng, ['产业基础', '补链重点', '组织推进'])));
  }
  for (const [i, id] of policyIds.entries()) {
    const issued = AS_OF_DAY - rng.int(30, 365 * 6);
    const universal = rng.chance(0.05);
    const kind = rng.pick(POLICY_KINDS);
    files.set(
      `content/policies/${id}.mdx`,
      mdx(
        {
          title: `关于支持${rng.pick(chains).name_zh}产业发展的若干措施${i + 1}（合成）`,
          title_en: `Measures to support industry, no. ${i + 1} (synthetic)`,
          doc_number: `测政发〔${iso(issued).slice(0, 4)}〕${i + 1}号`,
          issuer: '合成基准测试区人民政府',
          issued_on: iso(issued),
          effective_from: iso(issued),
          effective_to: rng.chance(0.4) ? iso(issued + rng.int(365, 365 * 5)) : null,
          kind,
          chains: rng.chance(0.05) ? [] : rng.sample(chains, rng.int(1, 3)).map((c) => c.id),
          parks: universal ? [] : rng.sample(parks, rng.int(0, 4)).map((p) => p.id),
          counties: universal ? [] : rng.sample(counties, rng.int(0, 1)).map((c) => c.id),
          summary: `支持企业扩能技改、研发创新和补链项目落地（合成数据）。`,
          benefits: Array.from({ length: rng.int(2, 4) }, (_, j) => `措施${j + 1}：按投资额给予奖补（合成数据）`),
          source_name: '合成数据：仿照公开政策撰写',
        },
        paragraphs(rng, ['主要内容', '申报方式']),
      ),
    );
  }
  for (let i = 0; i < spec.updates; i++) {
    const date = iso(AS_OF_DAY - rng.int(0, 365 * 3));
    const kind = rng.pick(UPDATE_KINDS);
    files.set(
      `content/updates/${date}-u${pad(i + 1, 5)}.mdx`,
      mdx(
        { title: `${date.slice(0, 7)} ${kind === 'monthly_dispatch' ? '产业链项目按月调度' : kind === 'quarterly_inspection' ? '重点项目按季督查' : '园区动态'}${i + 1}`, date, kind, parks: rng.sample(parks, rng.int(1, 4)).map((p) => p.id), chains: rng.sample(chains, rng.int(0, 3)).map((c) => c.id), summary: '调度重点项目进度，通报滞后项目（合成数据）。' },
        paragraphs(rng, ['调度情况']),
      ),
    );
  }
  for (const def of Object.values(TABLES) as unknown as TableDef[]) {
    const path = `data/${def.file}`;
    if (files.has(path)) continue;
    const sample = settingsFrom === undefined ? undefined : join(settingsFrom, def.file);
    if (sample !== undefined && SETTINGS_TABLES.has(def.file) && existsSync(sample)) files.set(path, readFileSync(sample, 'utf8'));
    else files.set(path, csv(Object.entries(def.columns).filter(([, c]) => c.inHeader).map(([n]) => n), []));
  }

  files.set('content/pages/about.mdx', mdx({ title: '关于本平台', summary: '基准测试用的合成数据集。' }, '## 平台是什么\n\n这是基准测试生成的合成数据集，所有园区、企业、项目和数字都是虚构的。'));

  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Writes the files under `root`; returns the data and content folders to build from. */
export function writeFiles(files: Files, root: string): { dataDir: string; contentDir: string } {
  for (const [path, text] of files) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  for (const c of ['parks', 'chains', 'policies', 'updates', 'pages']) mkdirSync(join(root, 'content', c), { recursive: true });
  const dirs = { dataDir: join(root, 'data'), contentDir: join(root, 'content') };
  // Final years must be sealed, as staff would have done after each notice period.
  if (files.has('data/scoring/releases.csv')) sealFinalYears(dirs, '2026-01-01', root);
  return dirs;
}
