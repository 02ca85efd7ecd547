/** `/data/<name>.csv`: one table or derived dataset, UTF-8 with BOM. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '../../site/opendata.ts';
import { entryCsv } from '../../lib/opendata/files.ts';
import type { CatalogueEntry } from '../../lib/opendata/catalogue.ts';

export const getStaticPaths: GetStaticPaths = () => getCatalogue().map((entry) => ({ params: { name: entry.name }, props: { entry } }));

export const GET: APIRoute = ({ props }) => new Response(entryCsv((props as { entry: CatalogueEntry }).entry), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
