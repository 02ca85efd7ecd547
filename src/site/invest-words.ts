/**
 * Words the investor pages put together differently in each language (so the pages hold no
 * `lang === 'en'` branches): the region's short name, a list joined with "or", a price unit, and what
 * goes between two sentences. Pure.
 */
import { translator } from '../lib/i18n/dict.ts';
import { lists } from '../lib/i18n/dict/lists.ts';
import type { Lang } from '../lib/i18n/lang.ts';
import { PRICE_UNITS, PRICE_UNITS_EN } from '../lib/invest/sites.ts';
import { portalWords } from './i18n.ts';

export function investWords(lang: Lang, portal: Parameters<typeof portalWords>[0]) {
  const tl = translator(lists, lang);
  return {
    region: portalWords(portal, lang).region,
    /** "available, idle or reserved"; Chinese lists them with 、 (可供、闲置、已预留). */
    orList: (words: readonly string[]) => (lang === 'en' ? new Intl.ListFormat('en', { type: 'disjunction' }).format(words) : words.join(tl('list.sep'))),
    /** The unit of a site's reference price: 万元/亩, CNY per mu. */
    priceUnit: (kind: 'land' | 'factory') => (lang === 'en' ? PRICE_UNITS_EN : PRICE_UNITS)[kind],
    /** Between two sentences: nothing after a Chinese full stop, a space in English. */
    sentenceSep: lang === 'en' ? ' ' : '',
  };
}
