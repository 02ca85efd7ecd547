/** The open-data catalogue of this build, computed once from the dataset and the evaluation. */
import { buildCatalogue, type CatalogueEntry, type SupersededTable } from '../lib/opendata/catalogue.ts';
import { getCorrections } from './corrections.ts';
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
  // Every sealed table a correction replaced stays public, with the date it was published.
  const superseded: SupersededTable[] = getCorrections().files
    .filter((f) => getCorrections().ofYear(f.year).some((r) => r.before.path.endsWith(`/${f.name}`)))
    .map((f) => ({ name: f.n === undefined ? `evaluation-${f.year}-original` : `evaluation-${f.year}-corrected-${f.n}`, year: f.year, n: f.n ?? null, text: f.text, date: f.date ?? site.portal.as_of }));
  cached = buildCatalogue({
    dataset: site,
    inputs: ev.inputs,
    evaluations: ev.published.map((p) => {
      const releasedOn = p.release.published_on ?? p.release.notice_from ?? site.portal.as_of;
      const corrections = getCorrections().ofYear(p.year);
      const last = corrections[corrections.length - 1];
      const replaced = superseded.filter((s) => s.year === p.year);
      return last ? { evaluation: p.evaluation, status: p.release.status, releasedOn: last.correction.corrected_on, corrected: replaced[0]! } : { evaluation: p.evaluation, status: p.release.status, releasedOn };
    }),
    superseded,
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
  return [dispatchEntry(d.months.flatMap((m) => dispatchRows(d.month(m).rates, d.month(m).previous)), getSite().portal.as_of, getSite().portal.region)];
}
