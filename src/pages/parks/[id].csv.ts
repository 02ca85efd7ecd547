/** `/parks/<id>.csv`: the park's rows of park_indicators.csv with its evaluation result each year. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../site/portal.ts';
import { getIndexes } from '../../site/indexes.ts';
import { getEvaluation } from '../../site/evaluation.ts';
import { toCsv, UTF8_BOM } from '../../lib/format/csv.ts';
import { parkIndicators } from '../../lib/data/tables.ts';
import { roundHalfUp } from '../../lib/evaluation/round.ts';
import type { Park } from '../../lib/data/tables.ts';

export const getStaticPaths: GetStaticPaths = () => getSite().parksSorted.map((park) => ({ params: { id: park.id }, props: { park } }));

export const GET: APIRoute = ({ props }) => {
  const { park } = props as { park: Park };
  const rows = getIndexes().parkIndicatorsByPark.get(park.id) ?? [];
  const history = new Map(getEvaluation().parkHistory(park.id).map((h) => [h.year, h]));
  const columns = [...Object.keys(parkIndicators.columns), 'evaluation_status', 'rank', 'grade', 'total_score'];
  const body = rows.map((r) => {
    const h = history.get(r.year);
    const rec = r as unknown as Record<string, string | number | null>;
    return [...Object.keys(parkIndicators.columns).map((c) => rec[c] ?? null), h?.status ?? '', h?.score?.rank ?? null, h?.score?.grade ?? '', h?.score ? roundHalfUp(h.score.total, 6) : null];
  });
  return new Response(UTF8_BOM + toCsv(columns, body), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
