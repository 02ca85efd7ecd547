/**
 * `/rankings/<year>.csv`: the year's full evaluation (inputs, benchmarks, ratios, scores, ranks,
 * grades), byte for byte what `npm run score -- --year <year> --csv` prints. UTF-8 with a BOM so
 * Excel opens the Chinese names correctly. A sealed year publishes its latest seal byte for byte (the
 * check guarantees the engine still reproduces it).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEvaluation, type Release } from '../../site/evaluation.ts';
import { getSite } from '../../site/portal.ts';
import { evaluationCsv } from '../../lib/evaluation/export.ts';
import { UTF8_BOM } from '../../lib/format/csv.ts';
import { getCorrections } from '../../site/corrections.ts';

export const getStaticPaths: GetStaticPaths = () => getEvaluation().published.map((release) => ({ params: { year: String(release.year) }, props: { release } }));

export const GET: APIRoute = ({ props }) => {
  const { release } = props as { release: Release };
  const site = getSite();
  const sealed = getCorrections().sealedCsv(release.year);
  if (sealed !== undefined) return new Response(sealed, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  const csv = evaluationCsv(release.evaluation, getEvaluation().inputs, (id) => site.parkById.get(id)?.name_zh ?? id);
  return new Response(UTF8_BOM + csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
