import { describe, expect, it } from 'vitest';
import { quarterEnd } from './dispatch-feed.ts';

describe('quarterEnd', () => {
  it('is the last day of the quarter’s third month', () => {
    expect(quarterEnd('2025-Q1')).toBe('2025-03-31');
    expect(quarterEnd('2025-Q2')).toBe('2025-06-30');
    expect(quarterEnd('2025-Q3')).toBe('2025-09-30');
    expect(quarterEnd('2025-Q4')).toBe('2025-12-31');
  });
});
