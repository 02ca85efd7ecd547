/**
 * The projects list (src/pages/[...lang]/projects/index.astro) in the page's language: the funnel over
 * every signing year, and each project's row: names with the language to mark them, amounts, stage,
 * whether it is overdue and why. Pure over its inputs, so a unit test calls it without Astro.
 */
import type { Chain, County, Park, Project } from '../lib/data/tables.ts';
import { isOverdue, type ProjectRates } from '../lib/evaluation/projects.ts';
import { PROJECT_STAGES, label as choiceLabel } from '../lib/data/choices.ts';
import { NO_VALUE } from '../lib/format/number.ts';
import { funnelChart } from '../charts/funnel.ts';
import { translator } from '../lib/i18n/dict.ts';
import { lists } from '../lib/i18n/dict/lists.ts';
import type { Lang } from '../lib/i18n/lang.ts';
import { nameFor, numFor, portalWords } from './i18n.ts';
import { namedLabel, upperFirst, zhOnly, type NamedLabel } from './named.ts';

export interface ProjectsInput {
  lang: Lang;
  portal: Parameters<typeof portalWords>[0];
  asOf: string;
  /** The projects of this page, in list order. */
  projects: readonly Project[];
  /** Every signing year's overall rates (the funnel adds them up). */
  yearRates: readonly Pick<ProjectRates, 'signed' | 'started' | 'producing' | 'overdue' | 'contractedWan'>[];
  chainById: ReadonlyMap<string, Pick<Chain, 'name_zh' | 'name_en'>>;
  parkById: ReadonlyMap<string, Pick<Park, 'name_zh' | 'name_en' | 'short_name_zh' | 'county_id'>>;
  countyById: ReadonlyMap<string, Pick<County, 'name_zh' | 'name_en'>>;
}

export function projectsView({ lang, portal, asOf, projects, yearRates, chainById, parkById, countyById }: ProjectsInput) {
  const t = translator(lists, lang);
  const num = numFor(lang);
  const i18n = { lang, name: nameFor(lang) };
  const zh = zhOnly(i18n);
  const none = (id: string): NamedLabel => ({ label: id, lang: undefined });
  const words = portalWords(portal, lang);
  // The funnel over every project: the yearly cohorts add up to all projects.
  const total = yearRates.reduce((s, r) => ({ signed: s.signed + r.signed, started: s.started + r.started, producing: s.producing + r.producing, overdue: s.overdue + r.overdue, contractedWan: s.contractedWan + r.contractedWan }), { signed: 0, started: 0, producing: 0, overdue: 0, contractedWan: 0 });
  const funnel = funnelChart(
    { stages: [{ label: t('projects.funnel.signed'), value: total.signed }, { label: t('projects.funnel.started'), value: total.started }, { label: t('projects.funnel.producing'), value: total.producing }] },
    { title: t('projects.funnel.title'), unit: t('projects.funnel.unit'), lang },
  );
  const rows = projects.map((p) => {
    const overdue = isOverdue(p, asOf);
    const c = chainById.get(p.chain_id);
    const park = parkById.get(p.park_id);
    const county = park ? countyById.get(park.county_id) : undefined;
    return {
      p,
      countyId: park?.county_id ?? '',
      name: namedLabel(i18n, p.name_zh, p.name_en),
      /** The project note has no English column: marked zh-CN on an English page. */
      note: p.note_zh ? { label: p.note_zh, lang: zh } : undefined,
      chain: c ? namedLabel(i18n, c.name_zh, c.name_en) : none(p.chain_id),
      park: park ? namedLabel(i18n, park.short_name_zh ?? park.name_zh, park.name_en) : none(p.park_id),
      county: county ? namedLabel(i18n, county.name_zh, county.name_en) : { label: NO_VALUE, lang: undefined },
      investor: p.investor_zh ? { label: p.investor_zh, lang: zh } : { label: NO_VALUE, lang: undefined },
      origin: p.origin_zh ? { label: p.origin_zh, lang: zh } : undefined,
      contracted: num.wan(p.contracted_investment_wan),
      /** null: not reported (the page says so). */
      funds: p.funds_in_place_wan === null ? null : num.wan(p.funds_in_place_wan),
      stage: upperFirst(choiceLabel(PROJECT_STAGES, p.stage, lang)),
      overdue,
      /** Why a project is overdue, in words (the flag itself is isOverdue). */
      overdueReason: overdue ? (p.planned_start_on !== null && p.planned_start_on < asOf && p.actual_start_on === null ? t('projects.overdue.start') : t('projects.overdue.production')) : undefined,
    };
  });
  return { total, funnel, rows, region: words.region, publisher: words.publisher };
}
