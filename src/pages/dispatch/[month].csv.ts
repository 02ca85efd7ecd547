/** `/dispatch/<yyyy-mm>.csv`: the month's rates overall and by county, chain and park, with their change from the month before. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDispatch } from '../../site/dispatch.ts';
import { toCsv, UTF8_BOM } from '../../lib/format/csv.ts';
import { DISPATCH_COLUMNS, dispatchRows } from '../../lib/evaluation/dispatch-export.ts';

export const getStaticPaths: GetStaticPaths = () => getDispatch().months.map((month) => ({ params: { month }, props: { month } }));

export const GET: APIRoute = ({ props }) => {
  const d = getDispatch().month((props as { month: string }).month);
  return new Response(UTF8_BOM + toCsv([...DISPATCH_COLUMNS], dispatchRows(d.rates, d.previous)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
