/**
 * `/rankings/sealed/<year>.csv` and `/rankings/sealed/<year>.corrected-<n>.csv`: every seal as it was
 * written, the original results and each correction, so both stay public.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorrections, type PublishedSeal } from '../../../site/corrections.ts';

export const getStaticPaths: GetStaticPaths = () => getCorrections().files.map((seal) => ({ params: { name: seal.name.replace(/\.csv$/, '') }, props: { seal } }));

export const GET: APIRoute = ({ props }) => new Response((props as { seal: PublishedSeal }).seal.text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
