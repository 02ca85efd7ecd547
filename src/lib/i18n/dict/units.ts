/**
 * Units of the data (the `unit` of a column: 万元, 亩, 吨标准煤 …) as written in each language, for chart
 * labels, table headers and the data dictionary. A unit not listed here is shown as given.
 */
import { defineDict } from '../dict.ts';
import type { Lang } from '../lang.ts';

export const unitText = defineDict(
  {
    '万元': '万元',
    '亿元': '亿元',
    '元': '元',
    '万元/亩': '万元/亩',
    '亩': '亩',
    '公顷': '公顷',
    '平方米': '平方米',
    '元/平方米·月': '元/平方米·月',
    '吨标准煤': '吨标准煤',
    '分': '分',
    '个': '个',
    '家': '家',
    '人': '人',
    '年': '年',
    '度': '度',
  },
  {
    '万元': 'CNY 10,000',
    '亿元': 'CNY 100 million',
    '元': 'CNY',
    '万元/亩': 'CNY 10,000 per mu',
    '亩': 'mu',
    '公顷': 'ha',
    '平方米': 'm²',
    '元/平方米·月': 'CNY per m² per month',
    '吨标准煤': 'tonnes of standard coal',
    '分': 'points',
    '个': 'number',
    '家': 'firms',
    '人': 'people',
    '年': 'years',
    '度': 'degrees',
  },
);

/** A unit in a language: unitName('万元', 'en') → "CNY 10,000"; an unknown unit as given. */
export function unitName(unit: string, lang: Lang): string {
  return Object.hasOwn(unitText[lang], unit) ? unitText[lang][unit as keyof (typeof unitText)['zh']] : unit;
}
