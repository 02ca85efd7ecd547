/**
 * Text the browser scripts write into the page (table tools, park comparison), in the page's language:
 * they read it from <html lang>, as the page was built for one language.
 */
import { defineDict } from '../dict.ts';
import type { Lang } from '../lang.ts';

export const scripts = defineDict(
  {
    'filter.count': '显示 {shown} / {total} 行',
    'compare.sep': '、',
    'compare.none': '未选择',
    'compare.tooFew': '请至少选择 {min} 个园区（已选 {n} 个）。',
    'compare.atMost': '已选 {max} 个园区，最多 {max} 个；取消一个才能换选其他园区。',
    'compare.loading': '正在载入园区数据……',
    'compare.failed': '园区数据未能载入，请刷新页面再试。',
    'compare.more': '另有 {n} 个园区：输入名称或县市区查找。',
  },
  {
    'filter.count': 'Showing {shown} of {total} rows',
    'compare.sep': ', ',
    'compare.none': 'none chosen',
    'compare.tooFew': 'Choose at least {min} parks ({n} chosen).',
    'compare.atMost': '{max} parks chosen, and {max} is the most; untick one to choose another.',
    'compare.loading': 'Loading the parks’ figures…',
    'compare.failed': 'The parks’ figures could not be loaded; reload the page to try again.',
    'compare.more': '{n} more parks: type a name or county to find them.',
  },
);

/** The language of the page a script runs in, from <html lang> ("en" or "zh-CN"). */
export function documentLang(doc: Pick<Document, 'documentElement'> = document): Lang {
  return doc.documentElement.lang === 'en' ? 'en' : 'zh';
}
