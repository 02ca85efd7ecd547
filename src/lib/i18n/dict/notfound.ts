/**
 * The 404 page. A static host serves one 404.html for every unknown address, Chinese or English, so
 * the page shows both languages (see src/pages/404.astro).
 */
import { defineDict } from '../dict.ts';

export const notFound = defineDict(
  {
    'title': '页面不存在',
    'below': '英文说明见下文',
    'body': '没有找到这个网址对应的页面。它可能已经移动，或者网址有误。请从下面的栏目重新进入：',
    'report': '如果您是从本站的链接来到这里，请告诉我们：',
    'end': '。',
    'home.note': '平台概览',
    'parks.note': '各园区概况、用地与厂房、联系方式',
    'chains.note': '优势产业链图谱与补链方向',
    'rankings.note': '园区亩均效益评价结果',
    'projects.note': '项目进展与履约、开工、投产、资金到位情况',
    'policies.note': '支持园区和产业链的政策文件',
    'updates.note': '按月调度、按季督查和动态',
    'methodology.note': '指标、权重与计算方法',
  },
  {
    'title': 'Page not found',
    'below': 'Page not found: the English follows below',
    'body': 'There is no page at this address. It may have moved, or the address may be mistyped. Please start again from one of these sections:',
    'report': 'If a link on this site brought you here, please tell us: ',
    'end': '.',
    'home.note': 'Overview of the portal',
    'parks.note': 'Each park: profile, land and factory space, contacts',
    'chains.note': 'Maps of the advantage chains and the gaps to fill',
    'rankings.note': 'The per-mu performance evaluation of the parks',
    'projects.note': 'Investment projects: performance, start, production and funds in place',
    'policies.note': 'Policies supporting the parks and chains',
    'updates.note': 'Monthly dispatches, quarterly inspections and news',
    'methodology.note': 'Indicators, weights and how scores are computed',
  },
);
