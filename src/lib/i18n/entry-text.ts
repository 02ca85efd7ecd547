/**
 * The text a page shows for a policy or an update in its language. English pages take the English
 * twin's title, summary and benefits (`<id>.en.mdx`), then a policy's `title_en`, and fall back to the
 * Chinese original, flagged (`fallback`) so the page marks it lang="zh-CN". Chinese pages show the
 * original. Pure: the twins come in as data (src/site/twins.ts reads them).
 */
import type { Lang } from './lang.ts';

export interface Localized {
  text: string;
  /** Chinese text on an English page: mark it lang="zh-CN". */
  fallback: boolean;
}

export interface EntryText {
  title: Localized;
  /** null when neither language has a summary. */
  summary: Localized | null;
  /** Empty `items` when neither language lists benefits. */
  benefits: { items: string[]; fallback: boolean };
}

export interface Original {
  title: string;
  title_en?: string | null | undefined;
  summary?: string | null | undefined;
  benefits?: readonly string[] | undefined;
}

export interface Twin {
  title?: string | null | undefined;
  summary?: string | null | undefined;
  benefits?: readonly string[] | undefined;
}

export function entryText(original: Original, twin: Twin | undefined, lang: Lang): EntryText {
  const zhBenefits = [...(original.benefits ?? [])];
  if (lang === 'zh') {
    return {
      title: { text: original.title, fallback: false },
      summary: original.summary ? { text: original.summary, fallback: false } : null,
      benefits: { items: zhBenefits, fallback: false },
    };
  }
  const title = twin?.title ?? original.title_en;
  const summary = twin?.summary ? { text: twin.summary, fallback: false } : original.summary ? { text: original.summary, fallback: true } : null;
  const enBenefits = [...(twin?.benefits ?? [])];
  return {
    title: title ? { text: title, fallback: false } : { text: original.title, fallback: true },
    summary,
    benefits: enBenefits.length > 0 ? { items: enBenefits, fallback: false } : { items: zhBenefits, fallback: zhBenefits.length > 0 },
  };
}

/** A title in the page's other language, shown small under the page's own title. */
export interface OtherTitle {
  text: string;
  /** The element's lang attribute: the other language's. */
  lang: 'en' | 'zh-CN';
}

/**
 * The title in the other language: on a Chinese page the English one, on an English page the Chinese
 * one; none when there is no English (a Chinese page has nothing to add, and an English page already
 * shows the Chinese as its title).
 */
export function otherTitle(zh: string, en: string | null | undefined, lang: Lang): OtherTitle | null {
  if (!en) return null;
  const other: Record<Lang, OtherTitle> = { zh: { text: en, lang: 'en' }, en: { text: zh, lang: 'zh-CN' } };
  return other[lang];
}
