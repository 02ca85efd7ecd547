import { describe, expect, it } from 'vitest';
import { homeView } from './home-view.ts';
import { loadDataset } from '../lib/data/dataset.ts';
import { SAMPLE } from '../../tests/helpers/fixture.ts';

// homeView reads the once-per-build dataset: the bundled sample (data/ under the working folder).
const url = (...parts: (string | number)[]) => `/${parts.join('/')}/`;
const t = loadDataset(SAMPLE).dataset!.tables;

describe('homeView(sample)', () => {
  const zh = homeView('zh', url);
  const en = homeView('en', url);

  it('the numbers are for the latest year in park_indicators.csv, and count its parks', () => {
    const latest = Math.max(...t.parkIndicators.map((r) => r.year));
    expect(zh.numbers!.year).toBe(latest);
    expect(zh.numbers!.items[0]!.value).toBe(String(new Set(t.parkIndicators.filter((r) => r.year === latest).map((r) => r.park_id)).size));
  });

  it('per-mu amounts use one unit and two decimals in Chinese, CNY per mu in English', () => {
    for (const i of [3, 4]) {
      expect(zh.numbers!.items[i]!.value).toMatch(/^[\d,]+\.\d\d 万元\/亩$/);
      expect(en.numbers!.items[i]!.value).toMatch(/^CNY [\d,]+ per mu$/);
    }
  });

  it('the top five are labelled with short names (吉首高新区 / Jishou Hi-tech) and link to their parks', () => {
    expect(zh.topChart!.data.rows).toHaveLength(5);
    expect(zh.topChart!.data.rows[0]).toMatchObject({ label: '吉首高新区', href: '/parks/jishou-hitech/' });
    expect(en.topChart!.data.rows[0]!.label).toBe('Jishou Hi-tech');
  });

  it('every chain has a row; English target values have no Chinese unit', () => {
    expect(zh.chains.map((c) => c.chain.id)).toHaveLength(t.chains.length);
    for (const r of en.targets) expect(r.value + r.latest).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
