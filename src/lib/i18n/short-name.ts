/**
 * The short name a chart labels a park or chain with, in a language: the short name of that language,
 * else its full name, else (English) the Chinese short or full name. Short names keep a phone-sized
 * chart's labels inside its box; the full name stays in the table beside it.
 */
import type { Lang } from './lang.ts';

export interface Nameable {
  name_zh: string;
  name_en?: string | null | undefined;
  short_name_zh?: string | null | undefined;
  short_name_en?: string | null | undefined;
}

export function shortName(x: Nameable, lang: Lang): string {
  const zh = x.short_name_zh ?? x.name_zh;
  return lang === 'en' ? (x.short_name_en ?? x.name_en ?? zh) : zh;
}
