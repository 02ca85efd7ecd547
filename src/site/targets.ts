/**
 * What /targets/ shows, derived once per build: every programme target with its progress and standing
 * as of the portal's date, and every industrial cluster with its chains and their output added up.
 * Also the lookups other pages use: a policy's targets and clusters, a target value written with its
 * unit in the page's language.
 */
import type { Chain, Cluster, Target, TargetProgress } from '../lib/data/tables.ts';
import { clusterOutput, targetStanding, targetYearSeries, type TargetStanding, type YearPoint } from '../lib/targets/progress.ts';
import { formatNumber } from '../lib/format/number.ts';
import type { I18n } from './i18n.ts';
import { getSite } from './portal.ts';
import { getIndexes } from './indexes.ts';

export interface TargetView {
  target: Target;
  /** Oldest first. */
  progress: TargetProgress[];
  standing: TargetStanding;
  series: ReturnType<typeof targetYearSeries>;
  /** The anchor on /targets/: `target-<id>`. */
  anchor: string;
}

export interface ClusterView {
  cluster: Cluster;
  chains: Chain[];
  /** Output of its chains added up, by year (years where every chain reports). */
  output: YearPoint[];
  latest: YearPoint | undefined;
  /** latest ÷ target, capped at 1; null without a target. */
  share: number | null;
  anchor: string;
}

let cached: { targets: TargetView[]; clusters: ClusterView[] } | undefined;

export function getTargets(): { targets: TargetView[]; clusters: ClusterView[] } {
  if (cached) return cached;
  const site = getSite();
  const ix = getIndexes();
  const asOf = site.portal.as_of;
  const targets = site.tables.targets.map((target) => {
    const progress = ix.progressByTarget.get(target.id) ?? [];
    return { target, progress, standing: targetStanding(target, progress, asOf), series: targetYearSeries(target, progress), anchor: `target-${target.id}` };
  });
  const clusters = site.tables.clusters.map((cluster) => {
    const output = clusterOutput(cluster.chain_ids, site.tables.chainIndicators);
    const latest = output.at(-1);
    const share = latest && cluster.output_target_wan ? Math.min(latest.y / cluster.output_target_wan, 1) : null;
    return { cluster, chains: site.chainsSorted.filter((c) => cluster.chain_ids.includes(c.id)), output, latest, share, anchor: `cluster-${cluster.id}` };
  });
  cached = { targets, clusters };
  return cached;
}

/** The targets and clusters that cite a policy. */
export function targetsOfPolicy(policyId: string): { targets: TargetView[]; clusters: ClusterView[] } {
  const { targets, clusters } = getTargets();
  return { targets: targets.filter((t) => t.target.policy_id === policyId), clusters: clusters.filter((c) => c.cluster.policy_id === policyId) };
}

/**
 * A target's value with its unit, by the site's one rule for each: amounts in 万元 (亿元 from 10,000 万元
 * up; CNY in English), areas in 亩 with hectares in brackets; other units as written, English showing
 * 万平方米 in m².
 */
export function targetValueText(target: Pick<Target, 'unit_zh' | 'unit_en'>, value: number, i18n: Pick<I18n, 'lang' | 'num'>): string {
  const { num } = i18n;
  if (target.unit_zh === '万元') return num.wan(value);
  if (target.unit_zh === '亩') return num.area(value);
  if (i18n.lang !== 'en') return `${formatNumber(value)} ${target.unit_zh}`;
  if (target.unit_zh === '万平方米') return `${num.number(value * 10_000, 0)} m²`;
  if (target.unit_zh === '%') return `${num.number(value)}%`;
  return `${num.number(value)} ${target.unit_en ?? target.unit_zh}`;
}

/** The unit a target's chart is drawn in: the ones charts know how to write (万元, 亩, %) as they are, others in the page's language. */
export function targetChartUnit(target: Pick<Target, 'unit_zh' | 'unit_en'>, lang: I18n['lang']): string {
  if (['万元', '亩', '%'].includes(target.unit_zh)) return target.unit_zh;
  return lang === 'en' ? (target.unit_en ?? target.unit_zh) : target.unit_zh;
}

type TargetWords = (key: 'atLeast' | 'atMost' | 'baseline', params: Record<string, string | number>) => string;

/** "at least 7,500 mu" / 不低于 7500 亩: the target value in its direction. */
export function targetGoalText(target: Pick<Target, 'direction' | 'target_value' | 'unit_zh' | 'unit_en'>, t: TargetWords, i18n: Pick<I18n, 'lang' | 'num'>): string {
  return t(target.direction === 'at_most' ? 'atMost' : 'atLeast', { value: targetValueText(target, target.target_value, i18n) });
}

/** "6 parks (2024)" / 6 个园区（2024 年）; — without a baseline. */
export function targetBaselineText(target: Pick<Target, 'baseline_value' | 'baseline_year' | 'unit_zh' | 'unit_en'>, t: TargetWords, i18n: Pick<I18n, 'lang' | 'num'>): string {
  if (target.baseline_value === null) return '—';
  const value = targetValueText(target, target.baseline_value, i18n);
  return target.baseline_year === null ? value : t('baseline', { value, year: target.baseline_year });
}
