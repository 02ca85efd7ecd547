/** `/data/<name>.csv`: one table or derived dataset, UTF-8 with BOM. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { csvForPage, getCatalogue } from '../../site/opendata.ts';
import type { CatalogueEntry } from '../../lib/opendata/catalogue.ts';

export const getStaticPaths: GetStaticPaths = () => getCatalogue().map((entry) => ({ params: { name: entry.name }, props: { entry } }));

export const GET: APIRoute = ({ props }) => new Response(csvForPage((props as { entry: CatalogueEntry }).entry), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
