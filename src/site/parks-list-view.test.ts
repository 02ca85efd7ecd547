import { describe, expect, it } from 'vitest';
import { parksListView, type ParksListInput } from './parks-list-view.ts';
import { loadDataset } from '../lib/data/dataset.ts';
import { evaluateReleases } from '../lib/evaluation/portal.ts';
import { SAMPLE } from '../../tests/helpers/fixture.ts';

const { dataset } = loadDataset(SAMPLE);
const t = dataset!.tables;
const published = evaluateReleases(t).filter((e) => t.scoringReleases.find((r) => r.year === e.year)?.status !== 'draft');
const history: ParksListInput['history'] = (id) => published.map((e) => ({ year: e.year, score: e.graded.find((g) => g.park_id === id) }));
const parks = t.parks.filter((p) => p.id === 'jishou-hitech' || p.id === 'jishou-food');
const input = (lang: 'zh' | 'en'): ParksListInput => ({
  lang,
  parks,
  latestYear: 2025,
  history,
  chainsOf: new Map([['jishou-hitech', ['biomedicine', 'new-materials']]]),
  href: (id) => `/${lang === 'en' ? 'en/' : ''}parks/${id}/`,
});
const zh = parksListView(input('zh'));
const en = parksListView(input('en'));
const hitech = (v: typeof zh) => v.rows.find((r) => r.park.id === 'jishou-hitech')!;

describe('parksListView(sample, 2025)', () => {
  it('吉首高新区 is first with grade A; the table sorts by the grade and rank values', () => {
    expect(hitech(zh).grade).toEqual({ text: 'A', value: 'A' });
    expect(hitech(zh).rank).toEqual({ text: '1', value: 1 });
    expect(hitech(zh).chains).toEqual(['biomedicine', 'new-materials']);
  });

  it('per mu, from park_indicators.csv 2025 (land 3,531 亩): output 1,630,732 ÷ 3,531 = 461.83; tax 109,312 ÷ 3,531 = 30.96 万元/亩', () => {
    expect(hitech(zh).outputPerMu.text).toBe('461.83');
    expect(hitech(zh).taxPerMu.text).toBe('30.96');
    expect(hitech(zh).taxPerMu.value).toBeCloseTo(109312 / 3531, 10);
    // English: CNY per mu, 30.9578 万元 = CNY 309,578.
    expect(hitech(en).taxPerMu.text).toBe('CNY 309,578 per mu');
  });

  it('a park without a score in the latest year reads ungraded and sorts last (Z)', () => {
    const v = parksListView({ ...input('en'), history: () => [{ year: 2025 }] });
    expect(v.rows[0]!.grade.value).toBe('Z');
    expect(v.rows[0]!.rank).toEqual({ text: '—', value: '' });
    expect(v.rows[0]!.outputPerMu).toEqual({ text: '—', value: '' });
  });

  it('the map labels parks by their short names in the page’s language, linking to each park page', () => {
    // parks.csv: short_name_zh 吉首高新区, short_name_en Jishou Hi-tech.
    expect(zh.mapPoints.find((p) => p.id === 'jishou-hitech')).toMatchObject({ label: '吉首高新区', href: '/parks/jishou-hitech/' });
    expect(en.mapPoints.find((p) => p.id === 'jishou-hitech')).toMatchObject({ label: 'Jishou Hi-tech', href: '/en/parks/jishou-hitech/' });
  });
});
