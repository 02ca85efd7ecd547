/**
 * `/rankings/<year>-what-if.json`: the inputs the what-if weights re-score in the browser. A paged
 * ranking (src/site/paging.ts) fetches it instead of carrying every park's inputs in each page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEvaluation, whatIfData, type Release } from '../../site/evaluation.ts';

export const getStaticPaths: GetStaticPaths = () => getEvaluation().published.map((release) => ({ params: { year: String(release.year) }, props: { release } }));

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(whatIfData((props as { release: Release }).release)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
