import { describe, expect, it } from 'vitest';
import { columnNames, publicText } from './plain-words.ts';

describe('publicText', () => {
  it('drops the cell and the column code: 投资（investment_wan）从 2021 年（第 12 行 E 列）的 9500 … → 投资从 2021 年的 9500 …', () => {
    expect(publicText('投资（investment_wan）从 2021 年（第 12 行 E 列）的 9500 变为 2022 年的 33750，是上年的 3.6 倍。')).toBe('投资从 2021 年的 9500 变为 2022 年的 33750，是上年的 3.6 倍。');
  });
  it('English: Investment (investment_wan) went from 9500 in 2021 (line 12, column E) … → Investment went from 9500 in 2021 …', () => {
    expect(publicText('Investment (investment_wan) went from 9500 in 2021 (line 12, column E) to 33750 in 2022.')).toBe('Investment went from 9500 in 2021 to 33750 in 2022.');
  });
});

describe('columnNames', () => {
  it('finds tax_wan and park_id, not ordinary words', () => {
    expect(columnNames('缺少数据：2024 年税收（tax_wan）; park_id; per-mu tax')).toEqual(['tax_wan', 'park_id']);
  });
});
