import { describe, expect, it } from 'vitest';
import { englishOnly } from './feeds.ts';

const en = { lang: 'en' as const, num: { date: (iso: string | null | undefined) => iso ?? '' } } as Parameters<typeof englishOnly>[0];
const zh = { ...en, lang: 'zh' as const } as Parameters<typeof englishOnly>[0];
const item = { title: 'Correction to the 2023 results (correction 1)', link: 'https://example.org/en/rankings/2023/#c', date: '2024-09-20', categories: ['Correction to results'] };

describe('englishOnly(i18n, item)', () => {
  it('englishOnly(en, English text citing a Chinese document number) keeps the English and leaves the number out', () => {
    const r = englishOnly(en, { ...item, description: 'Tax corrected. Reason: a firm outside the park (reference 州园区办〔2024〕15号（示例）)' });
    expect(r.description).toBe('Tax corrected. Reason: a firm outside the park');
    expect(r.title).toBe(item.title);
  });
  it('englishOnly(en, text that fell back to Chinese) says in English that there is no English text', () => {
    const r = englishOnly(en, { ...item, title: '更正', description: '税收更正。 Reason: 园区外企业' });
    expect(r.description).toBe('No English summary yet: the linked page has the Chinese original.');
    expect(r.title).toBe('Update (Correction to results) of 2024-09-20: no English version yet');
  });
  it('englishOnly(zh, item) changes nothing', () => {
    const chinese = { ...item, description: '税收更正（文号：州园区办〔2024〕15号）' };
    expect(englishOnly(zh, chinese)).toBe(chinese);
  });
});
