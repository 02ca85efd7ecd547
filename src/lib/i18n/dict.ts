/**
 * Interface text in both languages. Each area of the site has one dictionary file in ./dict/, made
 * with `defineDict`: its English half must have exactly the keys of its Chinese half (TypeScript
 * checks it, and src/lib/i18n/dict.test.ts checks every file at run time too).
 *
 * A value is a string with `{name}` placeholders, filled by `t(key, { name: value })`.
 */
import type { Lang } from './lang.ts';

export type Dict<K extends string> = Record<Lang, Record<K, string>>;

export function defineDict<const Z extends Record<string, string>>(zh: Z, en: { [K in keyof Z]: string }): Dict<Extract<keyof Z, string>> {
  return { zh, en } as Dict<Extract<keyof Z, string>>;
}

/** Fills `{name}` placeholders; an unknown placeholder is left visible so a test can catch it. */
export function fill(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

export type Translate<K extends string> = (key: K, params?: Record<string, string | number>) => string;

/**
 * The region's words for set phrases ({wholeRegion}…), registered once per build: see ./region-words.ts.
 * Worked out once per language, not on every call: a build translates millions of strings (issue 19).
 */
let regionParams: (lang: Lang) => Record<string, string> = () => ({});
const regionCache = new Map<Lang, Record<string, string>>();

export function setRegionWords(words: (lang: Lang) => Record<string, string>): void {
  regionParams = words;
  regionCache.clear();
}

function regionFor(lang: Lang): Record<string, string> {
  let words = regionCache.get(lang);
  if (!words) regionCache.set(lang, (words = regionParams(lang)));
  return words;
}

export function translator<K extends string>(dict: Dict<K>, lang: Lang): Translate<K> {
  const texts = dict[lang];
  return (key, params) => {
    const text = texts[key];
    // Most texts have no placeholder: returned as they are.
    if (!text.includes('{')) return text;
    return fill(text, params ? { ...regionFor(lang), ...params } : regionFor(lang));
  };
}
