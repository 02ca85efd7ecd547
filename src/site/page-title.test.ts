import { describe, expect, it } from 'vitest';
import { pageTitle } from './page-title.ts';

describe('pageTitle', () => {
  it('joins the page title and the site name when they fit', () => {
    expect(pageTitle('Parks', 'Xiangxi')).toBe('Parks · Xiangxi');
  });
  it('is the site name alone on the home page', () => {
    expect(pageTitle('湘西州园区与产业链公开平台', undefined)).toBe('湘西州园区与产业链公开平台');
  });
  it('drops the site name rather than the page’s words when both do not fit', () => {
    const title = 'Credit enhancement and loan interest subsidies for park firms (sample)'; // 70 characters
    expect(title.length).toBe(70);
    expect(pageTitle(title, 'Xiangxi')).toBe(title);
  });
  it('shortens a title that alone is too long, ending in an ellipsis, within 70 characters', () => {
    const title = 'a'.repeat(80);
    const out = pageTitle(title, 'Xiangxi');
    expect(out).toBe(`${'a'.repeat(69)}…`);
    expect([...out].length).toBe(70);
  });
  it('counts characters, not UTF-16 units', () => {
    expect(pageTitle('园'.repeat(60), '湘西州')).toBe(`${'园'.repeat(60)} · 湘西州`);
  });
});
