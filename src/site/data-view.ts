/**
 * The open-data pages in the page's language: a catalogue entry's title and description, with its
 * title (and, on Chinese pages, its description) in the other language beneath; and the data
 * dictionary's rows (type, unit, description in both languages, allowed values or bounds). Pure over
 * the catalogue entry (src/lib/opendata/catalogue.ts), so a unit test calls it without Astro.
 */
import type { CatalogueEntry, CatalogueField } from '../lib/opendata/catalogue.ts';
import { translator } from '../lib/i18n/dict.ts';
import { opendataText } from '../lib/i18n/dict/opendata.ts';
import { unitName } from '../lib/i18n/dict/units.ts';
import type { Lang } from '../lib/i18n/lang.ts';

const OTHER = { zh: { lang: 'en', html: 'en' }, en: { lang: 'zh', html: 'zh-CN' } } as const;
const TYPES = { string: 'type.string', number: 'type.number', integer: 'type.integer', date: 'type.date', year: 'type.year', list: 'type.list' } as const;

/** A dataset as the catalogue lists it: title and description in the page's language, the other title beneath. */
export function datasetHeading(e: Pick<CatalogueEntry, 'titleZh' | 'titleEn' | 'descriptionZh' | 'descriptionEn'>, lang: Lang) {
  const title = { zh: e.titleZh, en: e.titleEn };
  const description = { zh: e.descriptionZh, en: e.descriptionEn };
  const other = OTHER[lang];
  return {
    title: title[lang],
    description: description[lang],
    other: { title: title[other.lang], lang: other.html },
    /** Chinese pages give the English description too (a reader of the data may not read Chinese); English pages do not repeat the Chinese. */
    otherDescription: lang === 'zh' ? { text: e.descriptionEn, lang: 'en' as const } : undefined,
  };
}

/** The data dictionary's rows for one dataset. */
export function dictionaryRows(fields: readonly CatalogueField[], lang: Lang) {
  const t = translator(opendataText, lang);
  const other = OTHER[lang];
  const typeName = (type: string) => (type in TYPES ? t(TYPES[type as keyof typeof TYPES]) : type);
  return fields.map((f) => {
    const c = f.field.constraints;
    return {
      name: f.name,
      type: `${typeName(f.field.type)}${f.field.format === 'email' ? t('format.email') : f.field.format === 'uri' ? t('format.uri') : ''}`,
      unit: f.unit ? unitName(f.unit, lang) : '',
      required: f.required ? t('required') : '',
      description: f[lang],
      other: { text: f[other.lang], lang: other.html },
      /** Coded values with their labels, else the numeric bounds in words. */
      choices: f.choices?.map((ch) => ({ value: ch.value, label: ch[lang] })),
      bounds: [c?.minimum !== undefined && `≥ ${c.minimum}`, c?.exclusiveMinimum !== undefined && `> ${c.exclusiveMinimum}`, c?.maximum !== undefined && `≤ ${c.maximum}`].filter(Boolean).join(t('comma')),
    };
  });
}
