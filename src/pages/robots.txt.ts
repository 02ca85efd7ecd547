/** `/robots.txt`: everything may be crawled; the sitemap index (@astrojs/sitemap) is at the site's own address. */
import type { APIRoute } from 'astro';
import { file } from '../site/paths.ts';

export const GET: APIRoute = ({ site }) => new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(file('sitemap-index.xml'), site).href}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
