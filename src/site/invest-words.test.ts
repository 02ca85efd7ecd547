import { describe, expect, it } from 'vitest';
import { investWords } from './invest-words.ts';
import { loadDataset } from '../lib/data/dataset.ts';
import { SAMPLE } from '../../tests/helpers/fixture.ts';

const portal = loadDataset(SAMPLE).dataset!.portal;

describe('investWords', () => {
  it('joins choices with “or” in English and with 、 in Chinese', () => {
    expect(investWords('en', portal).orList(['available', 'idle', 'reserved'])).toBe('available, idle, or reserved');
    expect(investWords('zh', portal).orList(['可供', '闲置', '已预留'])).toBe('可供、闲置、已预留');
  });

  it('names the region, a price unit and the space between sentences in the page’s language', () => {
    const [zh, en] = [investWords('zh', portal), investWords('en', portal)];
    expect([zh.region, en.region]).toEqual(['湘西州', 'Xiangxi']);
    expect([zh.priceUnit('land'), en.priceUnit('factory')]).toEqual(['万元/亩', 'CNY per m² per month']);
    expect([zh.sentenceSep, en.sentenceSep]).toEqual(['', ' ']);
  });
});
