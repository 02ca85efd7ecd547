/** The corrections views over the sample (loaded from data/ as the build does), without Astro. */
import { describe, expect, it } from 'vitest';
import { correctionFeedItems, getCorrections, inLang, standingWords } from './corrections.ts';

const url = (...parts: (string | number)[]) => `/en/${parts.join('/')}/`;

describe('getCorrections() over the sample', () => {
  it('publishes the latest seal of each sealed year and lists every seal file with its date', () => {
    const c = getCorrections();
    expect(c.files.map((f) => `${f.name} ${f.date}`)).toEqual(['2022.csv 2023-06-09', '2023.csv 2024-06-14', '2023.corrected-1.csv 2024-09-20', '2024.csv 2025-06-13']);
    expect(c.sealedCsv(2023)).toBe(c.files.find((f) => f.name === '2023.corrected-1.csv')!.text);
    expect(c.sealedCsv(2025)).toBeUndefined();
  });

  it('ofPark gives a park’s changes; a park whose result stayed has none', () => {
    const c = getCorrections();
    expect(c.ofPark('huayuan-econ').map(({ record, change }) => `${record.year}-${record.n}: ${standingWords(change.before, 'zh')} → ${standingWords(change.after, 'zh')}`)).toEqual(['2023-1: 第 6 名 C 类 70.61 分 → 第 7 名 D 类 67.59 分']);
    expect(c.ofPark('jishou-hitech')).toEqual([]);
  });

  it('correctionFeedItems says which items announce corrections, in the feed’s language', () => {
    expect(correctionFeedItems('en', url)).toEqual([
      {
        title: 'Correction to the 2023 per-mu evaluation results (correction 1)',
        path: '/en/rankings/2023/#correction-2023-1',
        date: '2024-09-20',
        description: expect.stringMatching(/^Huayuan EDZ's 2023 tax revenue .* Reason: Huayuan Economic Development Zone's 2023 tax revenue wrongly included .* \(reference 州园区办〔2024〕15号（示例）\)$/),
        categories: ['Correction to results'],
      },
    ]);
  });
});

describe('inLang(zh, en, lang) and standingWords(standing, lang)', () => {
  it('English falls back to the Chinese text and says so', () => {
    expect(inLang('理由', null, 'en')).toEqual({ text: '理由', fallback: true });
    expect(inLang('理由', 'Reason', 'en')).toEqual({ text: 'Reason', fallback: false });
    expect(inLang('理由', 'Reason', 'zh')).toEqual({ text: '理由', fallback: false });
  });
  it('a park not listed, ungraded, or graded', () => {
    expect(standingWords(null, 'en')).toBe('not listed');
    expect(standingWords({ status: 'exempt', rank: '', grade: '', total: '' }, 'zh')).toBe('不评级');
    expect(standingWords({ status: 'graded', rank: '3', grade: 'B', total: '95.005' }, 'en')).toBe('#3, grade B, 95.01 points');
  });
});
