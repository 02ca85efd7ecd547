/**
 * The investor pages under /invest/, in the order the hub and the section menu list them; their names
 * and blurbs are in the invest dictionary (`section.<slug>`, `section.<slug>.blurb`). Their lists
 * repeat names from the park, chain and policy pages, so those lists carry `data-pagefind-ignore`:
 * search leads to the page about a thing first, and finds the investor pages by their titles.
 */
export const INVEST_SECTIONS = [{ slug: 'sites' }, { slug: 'gaps' }, { slug: 'leads' }, { slug: 'policies' }, { slug: 'compare' }, { slug: 'infrastructure' }, { slug: 'contacts' }] as const;

export type InvestSlug = (typeof INVEST_SECTIONS)[number]['slug'];
