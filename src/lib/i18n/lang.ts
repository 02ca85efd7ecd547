/** The portal's two languages: Chinese (the default, at the site root) and English (under /en/). */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The value of <html lang> and of `lang` on text in the other language. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** The path prefix of a language under the base path: '' for Chinese, 'en/' for English. */
export const PREFIX: Record<Lang, string> = { zh: '', en: 'en/' };

/** The other language: the one a page's language switch leads to. */
export const OTHER_LANG: Record<Lang, Lang> = { zh: 'en', en: 'zh' };

/** Which language a path (relative to the base, without a leading slash) is in. */
export function langOfPath(path: string): Lang {
  return path === 'en' || path.startsWith('en/') ? 'en' : 'zh';
}

/** The same page in the other language: `parks/x/` ↔ `en/parks/x/`. */
export function twinPath(path: string): string {
  return langOfPath(path) === 'en' ? path.replace(/^en\/?/, '') : `en/${path}`;
}
