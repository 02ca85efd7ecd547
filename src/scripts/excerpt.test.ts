import { describe, expect, it } from 'vitest';
import { widenExcerpt } from './excerpt.ts';

describe('widenExcerpt', () => {
  const content = '动态。湘西白酒产业链专场招商推介会举行，签约项目 5 个。';
  it('widenExcerpt("西<mark>白酒</mark>产业链专场招商推介会举行", …) restores 湘 back to the sentence start', () => {
    expect(widenExcerpt('西<mark>白酒</mark>产业链专场招商推介会举行', content)).toBe('湘西<mark>白酒</mark>产业链专场招商推介会举行');
  });
  it('a cut in the middle of a phrase more than `reach` characters long is marked with …', () => {
    expect(widenExcerpt('专场招商', content, 2)).toBe('…业链专场招商…');
  });
  it('an excerpt not found in the content is left as it is', () => {
    expect(widenExcerpt('<mark>无关</mark>', content)).toBe('<mark>无关</mark>');
  });
});
