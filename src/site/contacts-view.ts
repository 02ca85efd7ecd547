/**
 * Whom to call (src/pages/[...lang]/invest/contacts.astro), in the page's language: each park's
 * investment office and each chain's task force with their names marked where they stay Chinese, a
 * phone link and a mailto: whose subject is already written; and the portal's own contact. Pure over
 * its inputs, so a unit test calls it without Astro.
 */
import type { Chain, County, Park } from '../lib/data/tables.ts';
import { mailtoHref, telHref } from '../lib/invest/contact.ts';
import { translator } from '../lib/i18n/dict.ts';
import { invest } from '../lib/i18n/dict/invest.ts';
import type { Lang } from '../lib/i18n/lang.ts';
import { nameFor, portalWords } from './i18n.ts';
import { namedLabel } from './named.ts';

export interface ContactsInput {
  lang: Lang;
  portal: Parameters<typeof portalWords>[0];
  parks: readonly Park[];
  chains: readonly Chain[];
  countyById: ReadonlyMap<string, Pick<County, 'name_zh' | 'name_en'>>;
}

export function contactsView({ lang, portal, parks, chains, countyById }: ContactsInput) {
  const t = translator(invest, lang);
  const i18n = { name: nameFor(lang) };
  const words = portalWords(portal, lang);
  const reach = (phone: string | null | undefined, email: string | null | undefined, subject: string) => ({
    phone: phone ? { text: phone, href: telHref(phone) } : undefined,
    email: email ? { text: email, href: mailtoHref(email, subject) } : undefined,
  });
  return {
    region: words.region,
    parks: parks.map((p) => {
      const name = namedLabel(i18n, p.name_zh, p.name_en);
      const county = countyById.get(p.county_id);
      return { park: p, name, county: county ? namedLabel(i18n, county.name_zh, county.name_en) : undefined, ...reach(p.contact_phone, p.contact_email, t('subject.park', { park: name.label })) };
    }),
    chains: chains.map((c) => {
      const name = namedLabel(i18n, c.name_zh, c.name_en);
      return { chain: c, name, ...reach(c.contact_phone, c.contact_email, t('subject.chain', { chain: name.label })) };
    }),
    /** A county's name in the page's language (the title of a county's page). */
    countyName: (c: Pick<County, 'name_zh' | 'name_en'>) => namedLabel(i18n, c.name_zh, c.name_en),
    /** The portal's own contact: its publisher, in the page's language, and the mail subject naming the portal. */
    portal: { name: words.publisher, subject: t('subject.portal', { portal: words.title }) },
  };
}
