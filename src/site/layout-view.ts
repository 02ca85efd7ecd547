/**
 * What the Base layout prints around every page that differs by language (src/layouts/Base.astro): the
 * site's title and the tail of each <title>, the publisher, both languages' addresses of this page, the
 * language switch, the Open Graph locale, and the English line a Chinese page adds to its sample notice.
 */
import { portalWords } from './i18n.ts';
import { translator } from '../lib/i18n/dict.ts';
import { common } from '../lib/i18n/dict/common.ts';
import { HTML_LANG, OTHER_LANG, type Lang } from '../lib/i18n/lang.ts';

export interface LayoutView {
  siteTitle: string;
  titleTail: string;
  publisher: string;
  /** This page's path in each language: `here` in its own, the twin in the other. */
  alternates: Record<Lang, string>;
  /** The language switch: the other language's html lang, and the hidden words saying where it leads. */
  switchTo: { lang: string; hint: string };
  ogLocale: string;
  /** A Chinese page says "sample data" in English too, for a reader with no Chinese; null on English pages. */
  sampleInEnglish: string | null;
}

export function layoutView(portal: Parameters<typeof portalWords>[0], lang: Lang, here: string, twin: string): LayoutView {
  const words = portalWords(portal, lang);
  const t = translator(common, lang);
  const en = translator(common, 'en');
  const alternates = { zh: twin, en: twin, [lang]: here } as Record<Lang, string>;
  return {
    siteTitle: words.title,
    titleTail: words.titleTail,
    publisher: words.publisher,
    alternates,
    switchTo: { lang: HTML_LANG[OTHER_LANG[lang]], hint: t('lang.switchHint') },
    ogLocale: t('og.locale'),
    sampleInEnglish: lang === 'zh' ? `${en('sample.title')}${en('colon')}${en('sample.short')}` : null,
  };
}
