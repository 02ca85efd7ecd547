/** `/inspections/<yyyy-qN>.csv`: the quarter's rows of inspections.csv, with each finding's outcome as of the data date. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDispatch } from '../../site/dispatch.ts';
import { getSite } from '../../site/portal.ts';
import { toCsv, UTF8_BOM } from '../../lib/format/csv.ts';
import { inspections } from '../../lib/data/tables-dispatch.ts';
import { outcome } from '../../lib/evaluation/inspections.ts';
import { quarterSlug } from '../../lib/data/periods.ts';

export const getStaticPaths: GetStaticPaths = () => getDispatch().quarters.map((q) => ({ params: { quarter: quarterSlug(q) }, props: { quarter: q } }));

export const GET: APIRoute = ({ props }) => {
  const s = getDispatch().quarter((props as { quarter: string }).quarter);
  const columns = Object.keys(inspections.columns);
  const asOf = getSite().portal.as_of;
  const rows = s.findings.map((f) => [...columns.map((c) => (f as unknown as Record<string, string | null>)[c] ?? null), outcome(f, asOf)]);
  return new Response(UTF8_BOM + toCsv([...columns, 'outcome'], rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
