/** Pagers under long lists (src/components/paging/Pager.astro). */
import { defineDict } from '../dict.ts';

export const paging = defineDict(
  {
    'label': '分页',
    'showing': '第 {from}–{to} 条，共 {total} 条（第 {page} / {count} 页）',
    'page': '第 {n} 页',
    'title': '{title}（第 {n} 页）',
    'all': '完整表格见开放数据：',
  },
  {
    'label': 'Pages',
    'showing': 'Rows {from}–{to} of {total} (page {page} of {count})',
    'page': 'Page {n}',
    'title': '{title} (page {n})',
    'all': 'The full table is in the open data: ',
  },
);
