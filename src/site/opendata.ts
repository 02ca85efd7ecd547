/** The open-data catalogue of this build, computed once from the dataset and the evaluation. */
import { buildCatalogue, type CatalogueEntry } from '../lib/opendata/catalogue.ts';
import { getSite } from './portal.ts';
import { getEvaluation } from './evaluation.ts';
import { fiveGoodYear } from '../lib/evaluation/five-good.ts';
import { getDispatch } from './dispatch.ts';
import { dispatchRows } from '../lib/evaluation/dispatch-export.ts';
import { dispatchEntry } from '../lib/opendata/dispatch-entry.ts';

let cached: CatalogueEntry[] | undefined;

export function getCatalogue(): CatalogueEntry[] {
  if (cached) return cached;
  const site = getSite();
  const ev = getEvaluation();
  const rates: Parameters<typeof buildCatalogue>[0]['rates'] = [];
  for (const year of ev.projectYears) {
    const r = ev.rates(year);
    rates.push({ year, group: 'all', groupId: '', r: r.all });
    for (const [group, m] of [['chain', r.byChain], ['park', r.byPark], ['county', r.byCounty]] as const) for (const [id, x] of m) rates.push({ year, group, groupId: id, r: x });
  }
  cached = buildCatalogue({
    dataset: site,
    inputs: ev.inputs,
    evaluations: ev.published.map((p) => ({ evaluation: p.evaluation, status: p.release.status, releasedOn: p.release.published_on ?? p.release.notice_from ?? site.portal.as_of })),
    rates,
    fiveGood: ev.fiveGoodYears.flatMap((y) => fiveGoodYear(site.tables.fiveGoodScores, y)),
    extra: dispatchExtra(),
  });
  return cached;
}

/** The monthly dispatch's rates, for a region that publishes monthly progress. */
function dispatchExtra() {
  const d = getDispatch();
  if (d.months.length === 0) return [];
  return [dispatchEntry(d.months.flatMap((m) => dispatchRows(d.month(m).rates, d.month(m).previous)), getSite().portal.as_of)];
}
