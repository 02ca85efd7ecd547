/**
 * `/invest/compare/parks.json` (the parks the picker offers) and `/invest/compare/columns-<n>.json`
 * (COMPARE_CHUNK parks' columns a file, as HTML in the page's language), in every language: what the
 * comparison's script fetches instead of the page carrying every park's column (src/site/compare-view.ts).
 */
import type { APIRoute } from 'astro';
import { i18nFor, langPaths } from '../../../../site/i18n.ts';
import { getSite } from '../../../../site/portal.ts';
import { getEvaluation } from '../../../../site/evaluation.ts';
import { parkFigures } from '../../../../site/invest.ts';
import { parkInfrastructureHref, parkSitesHref } from '../../../../site/invest-links.ts';
import { COMPARE_CHUNK, compareChunkCount, compareIndex, compareView } from '../../../../site/compare-view.ts';

export function getStaticPaths() {
  const chunks = compareChunkCount(getSite().parksSorted.length);
  return langPaths([{ params: { file: 'parks' }, props: { chunk: 0 } }, ...Array.from({ length: chunks }, (_, i) => ({ params: { file: `columns-${i + 1}` }, props: { chunk: i + 1 } }))]);
}

export const GET: APIRoute = (context) => {
  const { chunk } = context.props as { chunk: number };
  const { lang, url } = i18nFor(context);
  const figures = getSite().parksSorted.map(parkFigures);
  let body: unknown;
  if (chunk === 0) body = compareIndex(figures, lang);
  else {
    const view = compareView({
      lang,
      url,
      latestYear: getEvaluation().latest?.year,
      sitesHref: (p) => parkSitesHref(url('invest', 'sites'), p),
      infrastructureHref: (p) => parkInfrastructureHref(url('invest', 'infrastructure'), p),
    });
    body = { columns: figures.slice((chunk - 1) * COMPARE_CHUNK, chunk * COMPARE_CHUNK).map(view.column) };
  }
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
