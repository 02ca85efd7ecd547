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

/** A `{name}` placeholder (group 1: the name): the one syntax fill and the translator's cut both read. */
const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills `{name}` placeholders; an unknown placeholder is left visible so a test can catch it. */
export function fill(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(PLACEHOLDER, (m, name: string) => (name in params ? String(params[name]) : m));
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

/**
 * A dictionary text cut at its placeholders once per build: literal text at even places, placeholder
 * names at odd places ("{n} 个" → ["", "n", " 个"]). The same cut as fill's pattern.
 */
const compiled = new Map<string, string[]>();

function compile(text: string): string[] {
  let parts = compiled.get(text);
  if (!parts) {
    parts = [];
    let last = 0;
    for (const m of text.matchAll(PLACEHOLDER)) {
      parts.push(text.slice(last, m.index), m[1]!);
      last = m.index + m[0].length;
    }
    parts.push(text.slice(last));
    compiled.set(text, parts);
  }
  return parts;
}

const objectProto: Record<string, unknown> = Object.prototype as Record<string, unknown>;
// Not Object.hasOwn: this file is also in the browser's scripts, and older browsers lack it.
const own = (o: object, name: string) => Object.prototype.hasOwnProperty.call(o, name);

export function translator<K extends string>(dict: Dict<K>, lang: Lang): Translate<K> {
  const texts = dict[lang];
  return (key, params) => {
    const text = texts[key];
    // Most texts have no placeholder: returned as they are.
    if (!text.includes('{')) return text;
    // What fill(text, { ...region, ...params }) gives, without building the merged object on every
    // call (a build translates millions of strings): a page's own value first, then the region's
    // words, then what any object has (fill's `in`), else the placeholder stays visible.
    const region = regionFor(lang);
    const parts = compile(text);
    let out = parts[0]!;
    for (let i = 1; i < parts.length; i += 2) {
      const name = parts[i]!;
      if (params !== undefined && own(params, name)) out += String(params[name]);
      else if (own(region, name)) out += String(region[name]);
      else if (name in objectProto) out += String(objectProto[name]);
      else out += `{${name}}`;
      out += parts[i + 1]!;
    }
    return out;
  };
}
