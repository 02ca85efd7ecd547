/**
 * The park comparison (/invest/compare/), in the page's language: its rows (grouped), and for each park
 * a column of cells as HTML. The page renders the default pair's columns itself; every park's column is
 * in `/invest/compare/columns-<n>.json` (COMPARE_CHUNK parks a file, in park order) and the list of
 * parks the picker offers in `/invest/compare/parks.json`, which the script (src/scripts/compare.ts)
 * fetches: the page no longer carries every park's column (7 MB with 2,500 parks). Pure over its
 * inputs, so a unit test calls it without Astro. Every piece of data is escaped here.
 *
 * Without JavaScript the page shows the default pair; with many parks (above COMPARE_INLINE_PARKS)
 * each county has a comparison page of its own (`county/<id>/`, every park of the county side by
 * side), which the page lists, instead of a link to every park.
 */
import { escapeXml as esc } from '../charts/core.ts';
import { INFRASTRUCTURE_ITEMS, INFRASTRUCTURE_STATUSES, label, PARK_KINDS, PARK_LEVELS } from '../lib/data/choices.ts';
import { translator } from '../lib/i18n/dict.ts';
import { invest } from '../lib/i18n/dict/invest.ts';
import { lists } from '../lib/i18n/dict/lists.ts';
import type { Lang } from '../lib/i18n/lang.ts';
import { INDICATOR_KEYS, INDICATORS, type IndicatorKey } from '../lib/evaluation/indicators.ts';
import { formatIndicator, formatScore } from '../lib/format/evaluation.ts';
import { NO_VALUE } from '../lib/format/number.ts';
import { formatPriceRange } from '../lib/invest/sites.ts';
import { contactLineHtml } from './contact-line.ts';
import { nameFor, numFor } from './i18n.ts';
import { around, byCount, namedLabel, upperFirst, type NamedLabel } from './named.ts';
import type { ParkFigures } from './invest.ts';

/** Parks per columns file: about 1.5 KB of JSON a park, so 100 parks are about 150 KB (15–20 KB gzip). */
export const COMPARE_CHUNK = 100;

/** Parks above which the page lists a comparison page per county (its no-JavaScript path) instead of every park. */
export const COMPARE_INLINE_PARKS = 60;

export function comparePerCounty(parks: number): boolean {
  return parks > COMPARE_INLINE_PARKS;
}

/** The columns file (1, 2, …) holding the park at `index` in park order. */
export function compareChunkOf(index: number): number {
  return Math.floor(index / COMPARE_CHUNK) + 1;
}

export function compareChunkCount(parks: number): number {
  return Math.max(1, Math.ceil(parks / COMPARE_CHUNK));
}

/** A cell's text: a string, a name that may need lang="zh-CN", or a link. */
type Part = string | NamedLabel | { href: string; text: string };

export function partsHtml(parts: Part | Part[]): string {
  return (Array.isArray(parts) ? parts : [parts])
    .map((p) => (typeof p === 'string' ? esc(p) : 'href' in p ? `<a href="${esc(p.href)}">${esc(p.text)}</a>` : p.lang ? `<span lang="${p.lang}">${esc(p.label)}</span>` : esc(p.label)))
    .join('');
}

export interface CompareInput {
  lang: Lang;
  url: (...parts: string[]) => string;
  /** The latest published evaluation's year, if any. */
  latestYear: number | undefined;
  /** The site finder for one park (its county's page when split). */
  sitesHref: (park: ParkFigures['park']) => string;
  /** The park's section of the infrastructure finder. */
  infrastructureHref: (park: ParkFigures['park']) => string;
}

export interface CompareRow {
  key: string;
  label: string;
  cell: (f: ParkFigures) => string;
}

export interface CompareColumn {
  id: string;
  /** The column's heading: the park's name, linked to its page. */
  head: string;
  /** Each row's cell by row key. */
  cells: Record<string, string>;
}

export function compareView(input: CompareInput) {
  const { lang, url, latestYear } = input;
  const en = lang === 'en';
  const t = translator(invest, lang);
  const tl = translator(lists, lang);
  const num = numFor(lang);
  const i18n = { name: nameFor(lang) };
  const range = (kind: 'land' | 'factory', r: { min: number; max: number } | null) => (r === null ? t('notPublished') : formatPriceRange(kind, r, lang));
  const m2 = (x: number) => t('m2', { n: num.number(x, 0) });
  const CJK = /[\u3400-\u9fff]/;
  const joined = (labels: NamedLabel[]): Part[] => labels.flatMap((l, i) => (i > 0 ? [tl('list.sep'), l] : [l]));
  // Chinese writes the indicator's unit after the figure; English formats the amount with its unit.
  const indicatorText = (k: IndicatorKey, v: number | null | undefined) => {
    const ratio = INDICATORS[k].unit === 'ratio';
    if (en) return ratio ? num.ratio(v, 1) : num.perMu(v);
    return ratio ? formatIndicator(k, v) : `${formatIndicator(k, v)} ${INDICATORS[k].unit}`;
  };
  const ungradedWords = around(t('compare.ungradedReason'), 'reason');
  const ungraded = (f: ParkFigures): Part[] => {
    const reason = f.latest?.ungraded?.reason;
    if (!reason) return [t('compare.ungraded')];
    // The reason may quote a Chinese cell (an exemption's reason): then it stays Chinese, marked.
    const zh = !en || CJK.test(reason.en);
    return [ungradedWords[0], { label: zh ? reason.zh : reason.en, lang: en && zh ? 'zh-CN' : undefined }, ungradedWords[1]];
  };
  const row = (key: string, rowLabel: string, text: (f: ParkFigures) => Part | Part[]): CompareRow => ({ key, label: rowLabel, cell: (f) => partsHtml(text(f)) });
  const groups: { key: string; label: string; rows: CompareRow[] }[] = [
    {
      key: 'facts',
      label: t('compare.facts'),
      rows: [
        row('county', t('compare.county'), (f) => (f.county ? namedLabel(i18n, f.county.name_zh, f.county.name_en) : NO_VALUE)),
        row('level', t('compare.level'), (f) => upperFirst(label(PARK_LEVELS, f.park.level, lang))),
        row('kind', t('compare.kind'), (f) => upperFirst(label(PARK_KINDS, f.park.kind, lang))),
        row('approved', t('compare.approved'), (f) => num.date(f.park.approved_on)),
        row('approved-area', t('compare.approvedArea'), (f) => (f.park.approved_area_ha === null ? NO_VALUE : t('ha', { n: num.number(f.park.approved_area_ha, 1) }))),
        row('planned-area', t('compare.plannedArea'), (f) => num.mu(f.park.planned_area_mu)),
      ],
    },
    {
      key: 'industry',
      label: t('compare.industry'),
      rows: [
        row('lead', t('compare.lead'), (f) => namedLabel(i18n, f.park.lead_industry_zh, f.park.lead_industry_en)),
        row('specialty', t('compare.specialty'), (f) => (f.park.specialty_zh ? namedLabel(i18n, f.park.specialty_zh, f.park.specialty_en) : NO_VALUE)),
        row('chains', t('compare.chains'), (f) => (f.chains.length ? joined(f.chains.map((c) => namedLabel(i18n, c.name_zh, c.name_en))) : NO_VALUE)),
      ],
    },
    ...(latestYear !== undefined
      ? [
          {
            key: 'evaluation',
            label: t('compare.evaluation', { year: latestYear }),
            rows: [
              row('grade', t('compare.grade'), (f) => (f.score ? t('compare.gradeValue', { grade: f.score.grade }) : ungraded(f))),
              row('rank', t('compare.rank'), (f) => (f.score ? t('compare.rankValue', { rank: f.score.rank }) : NO_VALUE)),
              row('total', t('compare.total'), (f) => (f.score ? t('compare.totalValue', { score: formatScore(f.score.total) }) : NO_VALUE)),
              ...INDICATOR_KEYS.map((k) => row(k, INDICATORS[k][lang], (f) => (f.score ? indicatorText(k, f.score.values[k]) : NO_VALUE))),
            ],
          },
        ]
      : []),
    {
      key: 'space',
      label: t('compare.space'),
      rows: [
        row('land', t('compare.land'), (f) => (f.land.count ? t(byCount('compare.landValue', f.land.count), { n: f.land.count, area: num.mu(f.land.areaMu) }) : t('none'))),
        row('land-price', t('compare.landPrice'), (f) => (f.land.count ? range('land', f.land.price) : NO_VALUE)),
        row('factory', t('compare.factory'), (f) => (f.factory.count ? t(byCount('compare.factoryValue', f.factory.count), { n: f.factory.count, floor: m2(f.factory.floorM2) }) : t('none'))),
        row('factory-rent', t('compare.factoryRent'), (f) => (f.factory.count ? range('factory', f.factory.rent) : NO_VALUE)),
        row('space-link', t('compare.details'), (f) => (f.land.count + f.factory.count > 0 ? { href: input.sitesHref(f.park), text: t('compare.detailsLink', { n: f.land.count + f.factory.count }) } : NO_VALUE)),
      ],
    },
    {
      key: 'infrastructure',
      label: t('compare.infrastructure'),
      rows: [
        ...INFRASTRUCTURE_ITEMS.map((item) =>
          row(item.value, upperFirst(item[lang]), (f) => {
            const i = f.infrastructure.get(item.value);
            return i ? upperFirst(label(INFRASTRUCTURE_STATUSES, i.status, lang)) : t('notReported');
          }),
        ),
        row('infrastructure-link', t('compare.notes'), (f) => ({ href: input.infrastructureHref(f.park), text: t('compare.notesLink') })),
      ],
    },
    {
      key: 'projects',
      label: t('compare.projects'),
      rows: [
        row('signed', t('compare.signed'), (f) => t('compare.count', { n: f.projects.signed })),
        row('contracted', t('compare.contracted'), (f) => (f.projects.signed ? num.wan(f.projects.contractedWan) : NO_VALUE)),
        row('funds', t('compare.funds'), (f) => num.ratio(f.projects.fundsRate)),
        row('started', t('compare.started'), (f) => t('compare.count', { n: f.projects.started })),
        row('producing', t('compare.producing'), (f) => t('compare.count', { n: f.projects.producing })),
        row('performance', t('compare.performance'), (f) => num.ratio(f.projects.performanceRate)),
      ],
    },
    {
      key: 'contact',
      label: t('compare.contact'),
      rows: [
        {
          key: 'contact',
          label: t('compare.office'),
          cell: (f) => contactLineHtml({ lang, name: f.park.contact_name_zh, phone: f.park.contact_phone, email: f.park.contact_email, address: f.park.address_zh, subject: t('subject.park', { park: namedLabel(i18n, f.park.name_zh, f.park.name_en).label }) }),
        },
      ],
    },
  ];
  const shortName = (f: Pick<ParkFigures, 'park'>) => namedLabel(i18n, f.park.short_name_zh ?? f.park.name_zh, f.park.name_en);
  const column = (f: ParkFigures): CompareColumn => {
    const n = namedLabel(i18n, f.park.name_zh, f.park.name_en);
    const cells: Record<string, string> = {};
    for (const g of groups) for (const r of g.rows) cells[r.key] = r.cell(f);
    return { id: f.park.id, head: `<a href="${esc(url('parks', f.park.id))}"${n.lang ? ` lang="${n.lang}"` : ''}>${esc(n.label)}</a>`, cells };
  };
  return { groups, column, shortName };
}

/** What the picker offers, in park order: id, short name (with its lang when it stays Chinese), county and columns file. */
export function compareIndex(parks: readonly Pick<ParkFigures, 'park' | 'county'>[], lang: Lang) {
  const name = nameFor(lang);
  return {
    parks: parks.map((f, i) => {
      const n = name(f.park.short_name_zh ?? f.park.name_zh, f.park.name_en);
      const c = f.county ? name(f.county.name_zh, f.county.name_en) : undefined;
      return { id: f.park.id, name: n.text, ...(n.fallback ? { zh: true } : {}), county: c?.text ?? '', chunk: compareChunkOf(i) };
    }),
  };
}

export type CompareIndex = ReturnType<typeof compareIndex>;
