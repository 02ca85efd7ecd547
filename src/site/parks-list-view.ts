/**
 * The rows and map of the parks list (src/pages/[...lang]/parks/index.astro), in the page's language:
 * each park's latest grade, rank and per-mu figures with the values the table sorts by, its tax-per-mu
 * sparkline, and the locator map's points. Pure over its inputs, so a unit test calls it without Astro.
 */
import type { Park } from '../lib/data/tables.ts';
import type { ParkScore } from '../lib/evaluation/evaluate.ts';
import type { Lang } from '../lib/i18n/lang.ts';
import { shortName } from '../lib/i18n/short-name.ts';
import { formatIndicator } from '../lib/format/evaluation.ts';
import { translator } from '../lib/i18n/dict.ts';
import { parks as dict } from '../lib/i18n/dict/parks.ts';
import { sparkline } from '../charts/sparkline.ts';
import { numFor } from './i18n.ts';

export interface ParksListInput {
  lang: Lang;
  /** The parks of this page, in list order. */
  parks: readonly Park[];
  /** The latest published year (undefined before any evaluation). */
  latestYear: number | undefined;
  /** A park's published years, oldest first, with its score where graded. */
  history(parkId: string): readonly { year: number; score?: Pick<ParkScore, 'grade' | 'rank' | 'values'> | undefined }[];
  /** The chains a park is on, by park id. */
  chainsOf: ReadonlyMap<string, readonly string[]>;
  /** A park page's address. */
  href(parkId: string): string;
}

/** A cell: what it shows, and the value the table sorts by ('' when none). */
export interface Cell {
  text: string;
  value: string | number;
}

export function parksListView({ lang, parks, latestYear, history, chainsOf, href }: ParksListInput) {
  const t = translator(dict, lang);
  const num = numFor(lang);
  /** Per-mu amounts: 万元/亩 in Chinese with two decimals (the column header names the unit), CNY per mu in English. */
  const perMu = (key: 'output_per_mu' | 'tax_per_mu', x: number | undefined): Cell => ({ text: lang === 'en' ? num.perMu(x) : formatIndicator(key, x), value: x ?? '' });
  const rows = parks.map((park) => {
    const h = history(park.id);
    const score = latestYear === undefined ? undefined : h.find((y) => y.year === latestYear)?.score;
    return {
      park,
      chains: [...(chainsOf.get(park.id) ?? [])],
      grade: { text: score?.grade ?? t('list.ungraded'), value: score?.grade ?? 'Z' } satisfies Cell,
      rank: { text: score ? String(score.rank) : '—', value: score?.rank ?? '' } satisfies Cell,
      outputPerMu: perMu('output_per_mu', score?.values.output_per_mu),
      taxPerMu: perMu('tax_per_mu', score?.values.tax_per_mu),
      spark: sparkline({ values: h.map((y) => ({ x: y.year, y: y.score?.values.tax_per_mu ?? null })) }, { title: t('list.sparkTitle', { park: lang === 'en' && park.name_en ? park.name_en : park.name_zh }), unit: '万元/亩', lang }),
    };
  });
  return {
    rows,
    /** The locator map labels each park by its short name in the page's language (a phone-sized map keeps them inside its box). */
    mapPoints: parks.map((p) => ({ id: p.id, label: shortName(p, lang), lat: p.lat, lon: p.lon, href: href(p.id) })),
  };
}
