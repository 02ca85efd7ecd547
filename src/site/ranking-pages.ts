/**
 * A year's ranking as its pages print it, worked out once per build per language: the rows (graded,
 * sorted, formatted), the ungraded parks, the benchmarks and the chart's rows. Every page of a paged
 * year takes its slice of the same view (issue 19: each of the 880 ranking pages at national scale
 * formatted all 2,500 rows of its year and scanned the park-years for the exemptions, 24 ms a page).
 */
import type { Lang } from '../lib/i18n/lang.ts';
import { getEvaluation, type Release } from './evaluation.ts';
import { portalWords } from './i18n.ts';
import { perBuild } from './per-build.ts';
import { getSite } from './portal.ts';
import { rankingView, type RankingView } from './ranking-view.ts';

let exemptEn: Map<string, string | null | undefined> | undefined;

/** park_indicators.csv's English exemption reason of a park-year (the first row, as a find() gave). */
function exemptReasonEn(parkId: string, year: number): string | null | undefined {
  if (!exemptEn) {
    exemptEn = new Map();
    for (const r of getSite().tables.parkIndicators) {
      const key = `${r.park_id}|${r.year}`;
      if (!exemptEn.has(key)) exemptEn.set(key, r.exempt_reason_en);
    }
  }
  return exemptEn.get(`${parkId}|${year}`);
}

/**
 * The view of `release` in `lang`. `parkHref` links a park page in that language (the page's
 * `url('parks', id)`): it depends on the language alone, so the first page's serves every page.
 */
export function rankingYearView(release: Release, lang: Lang, parkHref: (id: string) => string): RankingView {
  return perBuild(`ranking-year|${release.year}|${lang}`, () => {
    const site = getSite();
    const ev = getEvaluation();
    return rankingView({
      lang,
      evaluation: release.evaluation,
      published: ev.published.map((r) => r.evaluation),
      parkById: site.parkById,
      countyById: site.countyById,
      inputs: ev.inputs,
      exemptReasonEn,
      parkHref,
      region: portalWords(site.portal, lang).region,
      note: { zh: release.release.note_zh, en: release.release.note_en },
    });
  });
}
