/** `/data/<name>.json`: the same rows as the CSV, as JSON objects (lists as arrays, blanks null). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '../../site/opendata.ts';
import { entryJson } from '../../lib/opendata/files.ts';
import type { CatalogueEntry } from '../../lib/opendata/catalogue.ts';

export const getStaticPaths: GetStaticPaths = () => getCatalogue().map((entry) => ({ params: { name: entry.name }, props: { entry } }));

export const GET: APIRoute = ({ props }) => new Response(entryJson((props as { entry: CatalogueEntry }).entry), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
