/** Investor finders split by county at national scale (src/site/invest-split.ts). */
import { defineDict } from '../dict.ts';

export const investSplit = defineDict(
  {
    'countiesH': '按县市区查看',
    'splitIntro': '共 {n} 处，按所在县市区分页列出：',
    'countyIntro': '本页列出本县市区的部分；全部 {n} 处按县市区分页。',
    'all': '完整表格见开放数据：',
    'back': '全部县市区',
    'countyTitle': '{title}：{county}',
    'countySep': '：',
  },
  {
    'countiesH': 'By county',
    'splitIntro': '{n} in all, listed county by county:',
    'countyIntro': 'This page lists this county’s; all {n} are listed county by county.',
    'all': 'The full table is in the open data: ',
    'back': 'All counties',
    'countyTitle': '{title}: {county}',
    'countySep': ': ',
  },
);
