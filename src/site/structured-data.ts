/**
 * schema.org structured data (JSON-LD) for the entity pages, given to the Base layout as its
 * `structuredData` prop, which serialises it safely into <script type="application/ld+json">.
 *
 * - a park is a `Place` (where it is, its county, its address and telephone);
 * - a chain is a `Project`: the prefecture's work to build that industry, in its key parks;
 * - a policy is `Legislation` (文号, issuer, dates, whether it is in force on the data's date);
 * - an update is an `Article`;
 * - a ranking year and each open-data table is a `Dataset` whose `spatialCoverage` is the region
 *   as a `Place`; the open-data index is a `DataCatalog` of them.
 *
 * The builders are pure (a context and the data in, an object out) and typed with schema-dts;
 * the `…Data(astro, …)` functions bind them to a page. tests/validators.test.ts checks every page's
 * JSON-LD against the schema.org vocabulary.
 */
import type { AdministrativeArea, Article, DataCatalog, Dataset, Legislation, Organization, Place, Project, Thing, WithContext } from 'schema-dts';
import type { Lang } from '../lib/i18n/lang.ts';
import type { Portal } from '../lib/data/portal.ts';
import type { Chain, County, Park } from '../lib/data/tables.ts';
import type { ContentEntry, PolicyFrontmatter, UpdateFrontmatter } from '../lib/data/content.ts';
import type { CatalogueEntry } from '../lib/opendata/catalogue.ts';
import type { PolicyStatus } from '../lib/data/policy-status.ts';
import { i18nFor } from './i18n.ts';
import { getSite } from './portal.ts';
import { getIndexes } from './indexes.ts';
import { getCatalogue } from './opendata.ts';
import type { Release } from './evaluation.ts';
import { translator } from '../lib/i18n/dict.ts';
import { UPDATE_KINDS } from '../lib/data/choices.ts';
import { opendataText } from '../lib/i18n/dict/opendata.ts';
import { entryText } from '../lib/i18n/entry-text.ts';
import { englishTwins } from './twins.ts';

/** What every builder needs: the language, absolute addresses and the portal's settings. */
export interface LdContext {
  lang: Lang;
  /** The BCP 47 language of the page (`zh-CN`, `en`). */
  htmlLang: string;
  /** An absolute URL for a site path. */
  abs: (path: string) => string;
  /** A page in this language, as i18nFor's url(). */
  url: (...parts: (string | number)[]) => string;
  /** A language-neutral file, as i18nFor's file(). */
  file: (...parts: (string | number)[]) => string;
  portal: Portal;
}

const pick = (ctx: LdContext, zh: string, en: string | null | undefined) => (ctx.lang === 'en' && en ? en : zh);
/** The name in the other language, when there is one and it differs. */
const other = (ctx: LdContext, zh: string, en: string | null | undefined) => {
  const alt = ctx.lang === 'en' ? zh : en;
  return alt && alt !== pick(ctx, zh, en) ? { alternateName: alt } : {};
};

/** Name in the page's language, the other language's as alternateName, the summary, and the page's address. */
function named(ctx: LdContext, zh: string, en: string | null | undefined, summary: string | null, page: string) {
  return { name: pick(ctx, zh, en), ...other(ctx, zh, en), ...(summary ? { description: summary } : {}), url: ctx.abs(page) };
}

export function withContext<T extends Thing>(thing: T): WithContext<T> {
  return { '@context': 'https://schema.org', ...(thing as object) } as WithContext<T>;
}

export function publisher(ctx: LdContext): Organization {
  return { '@type': 'Organization', name: pick(ctx, ctx.portal.publisher_zh, ctx.portal.publisher_en), email: ctx.portal.contact.email, telephone: ctx.portal.contact.phone };
}

/** The region (the prefecture) as a place: what a ranking or a table covers. */
export function region(ctx: LdContext): AdministrativeArea {
  const r = ctx.portal.region;
  return { '@type': 'AdministrativeArea', name: pick(ctx, r.name_zh, r.name_en), ...other(ctx, r.name_zh, r.name_en), identifier: r.adcode };
}

function county(ctx: LdContext, c: County): AdministrativeArea {
  return { '@type': 'AdministrativeArea', name: pick(ctx, c.name_zh, c.name_en), ...other(ctx, c.name_zh, c.name_en), identifier: c.adcode, containedInPlace: region(ctx) };
}

export function parkLd(ctx: LdContext, park: Park, parkCounty: County | undefined, summary: string | null): Place {
  return {
    '@type': 'Place',
    ...named(ctx, park.name_zh, park.name_en, summary, ctx.url('parks', park.id)),
    geo: { '@type': 'GeoCoordinates', latitude: park.lat, longitude: park.lon },
    ...(park.address_zh ? { address: park.address_zh } : {}),
    ...(park.contact_phone ? { telephone: park.contact_phone } : {}),
    ...(park.website ? { sameAs: park.website } : {}),
    containedInPlace: parkCounty ? county(ctx, parkCounty) : region(ctx),
  };
}

export function chainLd(ctx: LdContext, chain: Chain, keyParks: readonly Park[], summary: string | null): Project {
  return {
    '@type': 'Project',
    ...named(ctx, chain.name_zh, chain.name_en, summary, ctx.url('chains', chain.id)),
    areaServed: region(ctx),
    ...(chain.contact_email ? { email: chain.contact_email } : {}),
    ...(chain.contact_phone ? { telephone: chain.contact_phone } : {}),
    ...(keyParks.length ? { location: keyParks.map((p): Place => ({ '@type': 'Place', name: pick(ctx, p.name_zh, p.name_en), url: ctx.abs(ctx.url('parks', p.id)) })) } : {}),
    parentOrganization: publisher(ctx),
  };
}

const LEGAL_FORCE: Record<PolicyStatus, 'https://schema.org/InForce' | 'https://schema.org/NotInForce'> = {
  in_force: 'https://schema.org/InForce',
  not_yet: 'https://schema.org/NotInForce',
  expired: 'https://schema.org/NotInForce',
};

export function policyLd(ctx: LdContext, policy: ContentEntry<PolicyFrontmatter>, text: { title: string; summary: string | null }, status: PolicyStatus): Legislation {
  const p = policy.data;
  return {
    '@type': 'Legislation',
    name: text.title,
    ...(text.title !== p.title ? { alternateName: p.title } : {}),
    ...(text.summary ? { description: text.summary } : {}),
    url: ctx.abs(ctx.url('policies', policy.id)),
    inLanguage: 'zh-CN',
    ...(p.doc_number ? { legislationIdentifier: p.doc_number } : {}),
    legislationDate: p.issued_on,
    datePublished: p.issued_on,
    ...(p.effective_to ? { expires: p.effective_to } : {}),
    legislationLegalForce: LEGAL_FORCE[status],
    legislationPassedBy: { '@type': 'GovernmentOrganization', name: p.issuer },
    legislationJurisdiction: region(ctx),
    ...(p.source_url ? { sameAs: p.source_url } : {}),
  };
}

export function updateLd(ctx: LdContext, update: ContentEntry<UpdateFrontmatter>, text: { title: string; summary: string | null; lang: string }, section: string): Article {
  return {
    '@type': 'Article',
    headline: text.title,
    ...(text.summary ? { description: text.summary } : {}),
    url: ctx.abs(ctx.url('updates', update.id)),
    inLanguage: text.lang,
    datePublished: update.data.date,
    articleSection: section,
    publisher: publisher(ctx),
    contentLocation: region(ctx),
  };
}

/** One open-data table or derived dataset. `page` is where it is described (its /data/ page by default). */
export function datasetLd(ctx: LdContext, e: CatalogueEntry, page = ctx.url('data', e.name)): Dataset {
  const en = ctx.lang === 'en';
  return {
    '@type': 'Dataset',
    name: en ? e.titleEn : e.titleZh,
    alternateName: en ? e.titleZh : e.titleEn,
    description: `${en ? e.descriptionEn : e.descriptionZh}${ctx.portal.sample_data ? translator(opendataText, ctx.lang)('jsonld.sample') : ''}`,
    url: ctx.abs(page),
    dateModified: e.lastChanged,
    license: ctx.portal.licence.url,
    isAccessibleForFree: true,
    creator: publisher(ctx),
    spatialCoverage: region(ctx),
    variableMeasured: e.fields.map((f) => (en ? f.en : f.zh)),
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: ctx.abs(ctx.file('data', `${e.name}.csv`)) },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: ctx.abs(ctx.file('data', `${e.name}.json`)) },
    ],
  };
}

export function catalogueLd(ctx: LdContext, entries: readonly CatalogueEntry[], name: string): DataCatalog {
  return {
    '@type': 'DataCatalog',
    name,
    url: ctx.abs(ctx.url('data')),
    inLanguage: ctx.htmlLang,
    license: ctx.portal.licence.url,
    publisher: publisher(ctx),
    dataset: entries.map((e) => datasetLd(ctx, e)),
  };
}

/** A ranking year: the evaluation dataset of that year, described on its ranking page. */
export function rankingLd(ctx: LdContext, release: Release, page: string): Dataset | undefined {
  const entry = getCatalogue().find((e) => e.name === `evaluation-${release.year}`);
  if (!entry) return undefined;
  const published = release.release.published_on ?? release.release.notice_from;
  return { ...datasetLd(ctx, entry, page), temporalCoverage: String(release.year), ...(published ? { datePublished: published } : {}) } as Dataset;
}

// ---------------------------------------------------------------- bound to a page

export function ldContext(astro: { url: URL; site?: URL | undefined }): LdContext {
  const i18n = i18nFor(astro);
  return { lang: i18n.lang, htmlLang: i18n.htmlLang, abs: (path) => new URL(path, astro.site).href, url: i18n.url, file: i18n.file, portal: getSite().portal };
}

export function parkData(astro: { url: URL; site?: URL | undefined }, park: Park, summary: string | null): WithContext<Place> {
  return withContext(parkLd(ldContext(astro), park, getSite().countyById.get(park.county_id), summary));
}

export function chainData(astro: { url: URL; site?: URL | undefined }, chain: Chain, summary: string | null): WithContext<Project> {
  const site = getSite();
  const keyParks = (chain.key_park_ids ?? []).map((id) => site.parkById.get(id)).filter((p): p is Park => p !== undefined);
  return withContext(chainLd(ldContext(astro), chain, keyParks, summary));
}

export function policyData(astro: { url: URL; site?: URL | undefined }, policy: ContentEntry<PolicyFrontmatter>): WithContext<Legislation> {
  const ctx = ldContext(astro);
  const text = entryText(policy.data, englishTwins('policies').get(policy.id), ctx.lang);
  const status = getIndexes().policyStatusOf.get(policy.id) ?? 'in_force';
  return withContext(policyLd(ctx, policy, { title: text.title.text, summary: text.summary?.text ?? null }, status));
}

export function updateData(astro: { url: URL; site?: URL | undefined }, update: ContentEntry<UpdateFrontmatter>): WithContext<Article> {
  const ctx = ldContext(astro);
  const section = i18nFor(astro).label(UPDATE_KINDS, update.data.kind);
  const text = entryText(update.data, englishTwins('updates').get(update.id), ctx.lang);
  return withContext(updateLd(ctx, update, { title: text.title.text, summary: text.summary?.text ?? null, lang: text.title.fallback ? 'zh-CN' : ctx.htmlLang }, section));
}

export function datasetData(astro: { url: URL; site?: URL | undefined }, entry: CatalogueEntry): WithContext<Dataset> {
  return withContext(datasetLd(ldContext(astro), entry));
}

export function catalogueData(astro: { url: URL; site?: URL | undefined }): WithContext<DataCatalog> {
  const ctx = ldContext(astro);
  const title = ctx.lang === 'en' ? ctx.portal.title_en : ctx.portal.title_zh;
  return withContext(catalogueLd(ctx, getCatalogue(), translator(opendataText, ctx.lang)('jsonld.name', { title })));
}

export function rankingData(astro: { url: URL; site?: URL | undefined }, release: Release | undefined): WithContext<Dataset> | undefined {
  if (!release) return undefined;
  const d = rankingLd(ldContext(astro), release, astro.url.pathname);
  return d ? withContext(d) : undefined;
}
