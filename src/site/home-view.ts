/**
 * What the home page prints, in the page's language: the region's numbers for the latest year with
 * their change on the year before, the top of the latest ranking (as chart data), the chains, the
 * programme's targets with progress, idle land and factory space, and the latest updates. The page
 * (src/pages/[...lang]/index.astro) is markup over this.
 */
import { getTargets, targetValueText } from './targets.ts';
import { getSite } from './portal.ts';
import { getIndexes } from './indexes.ts';
import { getEvaluation } from './evaluation.ts';
import { numFor } from './i18n.ts';
import { translator } from '../lib/i18n/dict.ts';
import { home } from '../lib/i18n/dict/home.ts';
import { regionYear, change } from '../lib/evaluation/region.ts';
import { wanColumnFormatter } from '../lib/format/number.ts';
import { cnyColumnFormatter } from '../lib/format/en.ts';
import { formatScore } from '../lib/format/evaluation.ts';
import { shortName } from '../lib/i18n/short-name.ts';
import type { Lang } from '../lib/i18n/lang.ts';
import type { Target } from '../lib/data/tables.ts';

export function homeView(lang: Lang, url: (...parts: (string | number)[]) => string) {
  const site = getSite();
  const ix = getIndexes();
  const ev = getEvaluation();
  const num = numFor(lang);
  const t = translator(home, lang);
  const en = lang === 'en';
  const { portal } = site;

  const years = [...new Set(ev.inputs.map((r) => r.year))].sort((a, b) => a - b);
  const thisYear = years[years.length - 1];
  const now = thisYear === undefined ? undefined : regionYear(ev.inputs, thisYear);
  const before = thisYear === undefined ? undefined : regionYear(ev.inputs, thisYear - 1);
  const delta = (a: number | null | undefined, b: number | null | undefined) => {
    const c = change(a ?? null, b ?? null);
    return c === null ? '' : t(c >= 0 ? 'delta.up' : 'delta.down', { pct: num.ratio(Math.abs(c)) });
  };
  const sewage = site.tables.parkInfrastructure.filter((i) => i.item === 'sewage_treatment');
  const numbers = now && {
    year: now.year,
    items: [
      { value: String(now.parks), label: t('numbers.parks') },
      { value: num.wan(now.outputWan), label: `${t('numbers.output')} ${delta(now.outputWan, before?.outputWan)}` },
      { value: num.wan(now.taxWan), label: `${t('numbers.tax')} ${delta(now.taxWan, before?.taxWan)}` },
      // Per-mu amounts in one unit per language, with the same decimals: 万元/亩 (2) or CNY per mu.
      { value: num.perMu(now.outputPerMu), label: `${t('numbers.outputPerMu')} ${delta(now.outputPerMu, before?.outputPerMu)}` },
      { value: num.perMu(now.taxPerMu), label: `${t('numbers.taxPerMu')} ${delta(now.taxPerMu, before?.taxPerMu)}` },
      { value: `${sewage.filter((i) => i.status === 'complete').length} / ${sewage.length}`, label: t('numbers.sewage') },
    ].map((i) => ({ ...i, label: i.label.trim() })),
  };

  const latest = ev.latest;
  const top = latest ? latest.evaluation.graded.slice(0, 5) : [];
  const topChart = latest && {
    release: latest.release,
    year: latest.year,
    // Short names keep the bars' labels inside a phone's width.
    data: { rows: top.map((g) => ({ label: shortName(site.parkById.get(g.park_id)!, lang), value: g.total, href: url('parks', g.park_id) })) },
    options: { title: t('rank.chartTitle', { year: latest.year, n: top.length }), format: (n: number) => formatScore(n), lang, digits: 2 },
    caption: t('rank.caption', { n: top.length, cap: Math.max(...Object.values(latest.evaluation.settings.indicators).map((s) => s.cap)) }),
  };

  const lastOf = (id: string) => {
    const ind = ix.chainIndicatorsByChain.get(id) ?? [];
    return ind[ind.length - 1];
  };
  // One unit for the whole output column (亿元 or 万元), so the column lines up and compares at a glance.
  const outputs = site.chainsSorted.map((c) => lastOf(c.id)?.output_wan);
  const outputText = en ? cnyColumnFormatter(outputs) : wanColumnFormatter(outputs);
  const chains = site.chainsSorted.map((c) => {
    const last = lastOf(c.id);
    const firms = ix.enterprisesByChain.get(c.id) ?? [];
    return {
      chain: c,
      output: outputText(last?.output_wan),
      outputYear: last ? t('chains.year', { year: last.year }) : '',
      aboveScale: num.number(last?.above_scale_enterprises ?? null, 0),
      firms: firms.length,
      leaders: firms.filter((f) => f.tags.includes('chain_leader')).length,
      gaps: (ix.segmentsByChain.get(c.id) ?? []).filter((s) => s.strength === 'missing').length,
    };
  });

  // The same standing as /targets/ (progress counted from the baseline), so the two pages agree.
  const targetValue = (target: Target, value: number) => targetValueText(target, value, { lang, num });
  const targets = getTargets().targets.map(({ target, standing }) => {
    const { latest: last, met } = standing;
    const share = target.direction === 'at_least' ? standing.share : null;
    return {
      target,
      value: `${t(target.direction === 'at_most' ? 'targets.atMost' : 'targets.atLeast')}${targetValue(target, target.target_value)}`,
      latest: last ? targetValue(target, last.value) : '—',
      share: share === null ? '' : t('targets.share', { pct: num.ratio(share, 0) }),
      asOf: last ? num.date(last.as_of) : '—',
      deadline: num.date(target.deadline),
      status: t(met ? 'targets.met' : last ? 'targets.ongoing' : 'targets.noProgress'),
    };
  });

  const idle = site.tables.sites.filter((s) => s.status === 'idle');
  const idleLandMu = idle.filter((s) => s.kind === 'land').reduce((s, x) => s + (x.area_mu ?? 0), 0);
  const idleFactoryM2 = idle.filter((s) => s.kind === 'factory').reduce((s, x) => s + (x.floor_area_m2 ?? 0), 0);

  return {
    title: en ? portal.title_en : portal.title_zh,
    region: en ? portal.region.name_en : portal.region.name_zh,
    asOf: num.date(portal.as_of),
    numbers,
    topChart,
    chains,
    targets,
    idle: { land: num.mu(idleLandMu), factory: t('idle.factory', { m2: num.number(idleFactoryM2, 0) }), after: t('idle.after', { n: idle.length }) },
    updates: ix.updatesSorted.slice(0, 6),
  };
}

export type HomeView = ReturnType<typeof homeView>;
