/**
 * The top of a park page, in the page's language: who the park is before any figure. Its names (the
 * other language's name beneath), its summary, its key facts and how to reach it. Pure over its inputs,
 * so a unit test can call it without Astro; the page renders the rows as they come.
 */
import type { County, Park } from '../lib/data/tables.ts';
import type { Lang } from '../lib/i18n/lang.ts';
import { translator } from '../lib/i18n/dict.ts';
import { parks as dict } from '../lib/i18n/dict/parks.ts';
import { numFor } from './i18n.ts';

/** Text, and the language to mark it with when it is not the page's own. */
export interface Text {
  text: string;
  lang?: 'zh-CN' | 'en';
}

export interface ParkTopInput {
  park: Park;
  county: County | undefined;
  lang: Lang;
  /** The profile's summary in each language (the English twin's, where there is one). */
  summary: { zh?: string | null | undefined; en?: string | null | undefined };
}

export function parkTop({ park, county, lang, summary }: ParkTopInput) {
  const en = lang === 'en';
  const t = translator(dict, lang);
  const num = numFor(lang);
  const named = (zh: string, english: string | null | undefined): Text => (en && english ? { text: english } : en ? { text: zh, lang: 'zh-CN' } : { text: zh });
  const name = named(park.name_zh, park.name_en);
  // Beneath the title: the name in the other language, when there is one.
  const otherName: Text | null = en ? (park.name_en ? { text: park.name_zh, lang: 'zh-CN' } : null) : park.name_en ? { text: park.name_en, lang: 'en' } : null;
  const dash: Text = { text: '—' };
  return {
    name,
    otherName,
    summary: (en ? summary.en : summary.zh) ?? undefined,
    county: county ? named(county.name_zh, county.name_en) : undefined,
    facts: [
      { label: t('facts.county'), value: county ? named(county.name_zh, county.name_en) : dash },
      { label: t('facts.approved'), value: { text: num.date(park.approved_on) } },
      // Areas in 亩 with hectares in brackets, in both languages.
      { label: t('facts.approvedArea'), value: { text: num.area(park.approved_area_ha === null ? null : park.approved_area_ha * 15) } },
      { label: t('facts.plannedArea'), value: { text: num.area(park.planned_area_mu) } },
      { label: t('facts.lead'), value: named(park.lead_industry_zh, park.lead_industry_en) },
      { label: t('facts.specialty'), value: park.specialty_zh ? named(park.specialty_zh, park.specialty_en) : dash },
    ],
    contact: {
      office: park.contact_name_zh ? named(park.contact_name_zh, park.contact_name_en) : dash,
      address: park.address_zh ? named(park.address_zh, park.address_en) : dash,
    },
  };
}

export type ParkTop = ReturnType<typeof parkTop>;
