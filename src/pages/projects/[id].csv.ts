/** `/projects/<id>.csv`: the project's rows of project_progress.csv, with its contracted investment beside each month. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDispatch } from '../../site/dispatch.ts';
import { toCsv, UTF8_BOM } from '../../lib/format/csv.ts';
import { projectProgress } from '../../lib/data/tables-dispatch.ts';

// Only projects with monthly progress have a file.
export const getStaticPaths: GetStaticPaths = () => {
  const d = getDispatch();
  return [...d.projectById.keys()].filter((id) => d.progressOf(id).length > 0).map((id) => ({ params: { id }, props: { id } }));
};

export const GET: APIRoute = ({ props }) => {
  const d = getDispatch();
  const { id } = props as { id: string };
  const contracted = d.projectById.get(id)!.contracted_investment_wan;
  const columns = Object.keys(projectProgress.columns);
  const rows = d.progressOf(id).map((r) => [...columns.map((c) => (r as unknown as Record<string, string | number | null>)[c] ?? null), contracted]);
  return new Response(UTF8_BOM + toCsv([...columns, 'contracted_investment_wan'], rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
