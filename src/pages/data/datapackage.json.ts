/** `/data/datapackage.json`: a Frictionless Data Package (v2) for CKAN and other open-data tools. */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../site/opendata.ts';
import { getSite } from '../../site/portal.ts';
import { dataPackage } from '../../lib/opendata/files.ts';

export const GET: APIRoute = ({ site }) => {
  const home = new URL(import.meta.env.BASE_URL, site).href;
  return new Response(JSON.stringify(dataPackage(getCatalogue(), getSite().portal, home), null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
