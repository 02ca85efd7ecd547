/** The search page (/search/). The search box itself is Pagefind's, in the language of <html lang>. */
import { defineDict } from '../dict.ts';

export const search = defineDict(
  {
    'title': '搜索',
    'description': '搜索本站的园区、产业链、政策和工作动态。',
    'noscript': '站内搜索需要启用 JavaScript。也可以直接浏览：',
    'sep': '、',
    'end': '。',
  },
  {
    'title': 'Search',
    'description': 'Search the parks, chains, policies and updates on this site.',
    'noscript': 'Search needs JavaScript. You can also browse: ',
    'sep': ', ',
    'end': '.',
  },
);
