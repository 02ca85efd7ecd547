/**
 * The corrections of this build and the views the pages, feeds and open data read: a year's
 * notices, a park's corrections, every seal file as published (original and corrected tables, each
 * with its date), and the text of a correction in a language (English falls back to Chinese).
 */
import { correctionAnchor, correctionRecords, type CorrectionRecord } from '../lib/evaluation/corrections.ts';
import { latestSeal } from '../lib/evaluation/guard.ts';
import type { ParkChange } from '../lib/evaluation/seal.ts';
import type { Lang } from '../lib/i18n/lang.ts';
import { translator } from '../lib/i18n/dict.ts';
import { correctionText } from '../lib/i18n/dict/corrections.ts';
import { getSite } from './portal.ts';
import { formatScore } from '../lib/format/evaluation.ts';

export interface PublishedSeal {
  year: number;
  /** File name as published under /rankings/sealed/, e.g. `2023.corrected-1.csv`. */
  name: string;
  text: string;
  date: string | null;
  /** Correction number; absent for the original. */
  n?: number;
}

export interface CorrectionsView {
  /** Newest first. */
  all: CorrectionRecord[];
  /** A year's corrections, oldest first. */
  ofYear(year: number): CorrectionRecord[];
  /** The corrections that changed a park's result, with its change, oldest first. */
  ofPark(parkId: string): { record: CorrectionRecord; change: ParkChange }[];
  /** The bytes published at /rankings/<year>.csv for a sealed year: its latest seal. */
  sealedCsv(year: number): string | undefined;
  /** Every seal file, original and corrected. */
  files: PublishedSeal[];
}

let cached: CorrectionsView | undefined;

export function getCorrections(): CorrectionsView {
  if (cached) return cached;
  const { seals } = getSite();
  const all = correctionRecords(seals);
  const oldestFirst = [...all].reverse();
  const files: PublishedSeal[] = [];
  for (const s of [...seals.values()].sort((a, b) => a.year - b.year)) {
    files.push({ year: s.year, name: s.original.path.split('/').pop()!, text: s.original.text, date: s.original.date });
    for (const c of s.corrections) files.push({ year: s.year, name: c.seal.path.split('/').pop()!, text: c.seal.text, date: c.seal.date, n: c.correction.n });
  }
  cached = {
    all,
    ofYear: (year) => oldestFirst.filter((r) => r.year === year),
    ofPark: (parkId) => oldestFirst.flatMap((record) => record.changes.filter((c) => c.park_id === parkId).map((change) => ({ record, change }))),
    sealedCsv: (year) => {
      const s = seals.get(year);
      return s ? latestSeal(s).text : undefined;
    },
    files,
  };
  return cached;
}

/** Text in a language: English falls back to the Chinese (then `fallback`: mark it lang="zh-CN"). */
export function inLang(zh: string, en: string | null, lang: Lang): { text: string; fallback: boolean } {
  return lang === 'en' && en ? { text: en, fallback: false } : { text: zh, fallback: lang === 'en' };
}

/** A park's standing in a correction table, in words: "第 6 名 C 类 70.61 分" / "#6, grade C, 70.61 points". */
export function standingWords(s: ParkChange['before'], lang: Lang): string {
  const t = translator(correctionText, lang);
  if (s === null) return t('notListed');
  if (s.status !== 'graded') return t('ungraded');
  return t('park.standing', { rank: s.rank, grade: s.grade, total: formatScore(Number(s.total)) });
}

export interface FeedItem {
  title: string;
  /** Site path of the notice (before the site URL is added). */
  path: string;
  date: string;
  description: string;
  categories: string[];
}

/**
 * The feed items that announce corrections: WHICH items, as data. The feed files serialise them with
 * the other items; `url` makes a page path in the feed's language.
 */
export function correctionFeedItems(lang: Lang, url: (...parts: (string | number)[]) => string): FeedItem[] {
  const t = translator(correctionText, lang);
  return getCorrections().all.map((r) => {
    const c = r.correction;
    return {
      title: t('feed.title', { year: r.year, n: r.n }),
      path: `${url('rankings', r.year)}#${correctionAnchor(r)}`,
      date: c.corrected_on,
      description: t('feed.description', { corrects: inLang(c.corrects_zh, c.corrects_en, lang).text, reason: inLang(c.reason_zh, c.reason_en, lang).text, reference: c.reference }),
      categories: [t('feed.category')],
    };
  });
}
