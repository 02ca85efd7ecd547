/**
 * A name as a list or filter label in the page's language: the English name on English pages, else the
 * Chinese one with `lang: 'zh-CN'` for the element that shows it (undefined otherwise, so Chinese pages
 * get no attribute).
 */
import type { I18n } from './i18n.ts';

export interface NamedLabel {
  label: string;
  lang: 'zh-CN' | undefined;
}

export function namedLabel(i18n: Pick<I18n, 'name'>, zh: string, en?: string | null): NamedLabel {
  const n = i18n.name(zh, en);
  return { label: n.text, lang: n.fallback ? 'zh-CN' : undefined };
}

/** lang="zh-CN" for text that has no English column (issuer, 文号, notes) on an English page. */
export function zhOnly(i18n: Pick<I18n, 'lang'>): 'zh-CN' | undefined {
  return i18n.lang === 'en' ? 'zh-CN' : undefined;
}

/**
 * The text either side of one `{placeholder}` of a dictionary entry, for a value that needs its own
 * element (a linked or lang-marked name): around('{county}全域：', 'county') → ['', '全域：'].
 */
export function around(text: string, placeholder: string): [string, string] {
  const i = text.indexOf(`{${placeholder}}`);
  return i < 0 ? [text, ''] : [text.slice(0, i), text.slice(i + placeholder.length + 2)];
}

/** The dictionary key for a count of `n`: `<key>.one` when n is 1 (English needs the singular; Chinese repeats the text). */
export function byCount<K extends string>(key: K, n: number): K | `${K}.one` {
  return n === 1 ? `${key}.one` : key;
}

/** A coded value's label standing on its own (a cell, an option, a heading): "industrial land" → "Industrial land". Chinese is unchanged. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
