/**
 * What a policy's page prints (src/pages/[...lang]/policies/[id].astro): its title in the page's language
 * and the other, the meta description, its in-force status as of the portal's date, and the chains,
 * parks and counties it applies to as labelled links. Pure over the once-per-build site and indexes.
 */
import { getSite } from './portal.ts';
import { getIndexes } from './indexes.ts';
import { namedLabel, type NamedLabel } from './named.ts';
import { appliesEverywhere } from './policy-scope.ts';
import type { I18n } from './i18n.ts';
import { translator } from '../lib/i18n/dict.ts';
import { lists } from '../lib/i18n/dict/lists.ts';
import { entryText, otherTitle, type EntryText, type OtherTitle, type Twin } from '../lib/i18n/entry-text.ts';
import type { ContentEntry, PolicyFrontmatter } from '../lib/data/content.ts';
import type { PolicyStatus } from '../lib/data/policy-status.ts';

export type LinkItem = NamedLabel & { href: string };

export interface PolicyPage {
  text: EntryText;
  /** The title in the other language, small under the heading. */
  other: OtherTitle | null;
  /** The English twin's (or the Chinese) summary; a set sentence on an English page without one. */
  description: string;
  status: PolicyStatus;
  statusText: string;
  chains: LinkItem[];
  parks: LinkItem[];
  /** Each county named, with links to the parks in it (a county has no page of its own). */
  counties: { name: NamedLabel; parks: LinkItem[] }[];
  /** Names no park and no county: applies across the region. */
  everywhere: boolean;
  /** The search filters: the counties it reaches (named, or through its parks) and its chains. */
  search: { county: string[]; chain: string[] };
}

export function policyPageView(policy: ContentEntry<PolicyFrontmatter>, twin: Twin | undefined, i18n: Pick<I18n, 'lang' | 'name' | 'url' | 'num'>): PolicyPage {
  const p = policy.data;
  const { lang, url, num } = i18n;
  const t = translator(lists, lang);
  const site = getSite();
  const { policyStatusOf, parksByCounty } = getIndexes();
  const status = policyStatusOf.get(policy.id) ?? 'in_force';
  const text = entryText(p, twin, lang);
  const label = (x: { name_zh: string; name_en?: string | null | undefined } | undefined, id: string): NamedLabel => (x ? namedLabel(i18n, x.name_zh, x.name_en) : { label: id, lang: undefined });
  const park = (id: string): LinkItem => ({ ...label(site.parkById.get(id), id), href: url('parks', id) });
  const countyIds = [...new Set([...p.counties, ...p.parks.map((id) => site.parkById.get(id)?.county_id ?? '')])];
  return {
    text,
    other: otherTitle(p.title, twin?.title ?? p.title_en, lang),
    description: text.summary && !text.summary.fallback ? text.summary.text : t('policy.description', { title: text.title.text }),
    status,
    statusText: t(`policy.asOf.${status}`, { date: num.date(site.portal.as_of) }),
    chains: p.chains.map((id) => ({ ...label(site.chainById.get(id), id), href: url('chains', id) })),
    parks: p.parks.map(park),
    counties: p.counties.map((id) => ({ name: label(site.countyById.get(id), id), parks: (parksByCounty.get(id) ?? []).map(park) })),
    everywhere: appliesEverywhere(p),
    search: {
      county: countyIds.flatMap((id) => { const c = site.countyById.get(id); return c ? [i18n.name(c.name_zh, c.name_en).text] : []; }),
      chain: p.chains.map((id) => { const c = site.chainById.get(id); return c ? i18n.name(c.name_zh, c.name_en).text : id; }),
    },
  };
}
