/** A chain's firm and project lists on pages of their own (src/site/chain-lists.ts). */
import { defineDict } from '../dict.ts';

export const chainLists = defineDict(
  {
    'firms.title': '{chain}产业链企业名录',
    'projects.title': '{chain}产业链招商项目',
    'firms.caption': '{chain}产业链企业，共 {n} 家，按环节排列',
    'firm': '企业',
    'segment': '环节',
    'park': '所在园区',
    'tags': '标签',
    'noSegment': '未标注环节',
    'back': '返回{chain}产业链',
    'segmentLink': '本环节企业见企业名录第 {n} 页',
    'allFirms': '本链 {n} 家企业分 {pages} 页列在企业名录：',
    'allProjects': '本链 {n} 个项目分 {pages} 页列在项目清单：',
    'firmsLink': '{chain}产业链企业名录',
    'projectsLink': '{chain}产业链招商项目',
  },
  {
    'firms.title': 'Firms of the {chain} chain',
    'projects.title': 'Investment projects of the {chain} chain',
    'firms.caption': 'Firms of the {chain} chain, {n} in all, segment by segment',
    'firm': 'Firm',
    'segment': 'Segment',
    'park': 'Park',
    'tags': 'Tags',
    'noSegment': 'No segment given',
    'back': 'Back to the {chain} chain',
    'segmentLink': 'This segment’s firms begin on page {n} of the firm list',
    'allFirms': 'The chain’s {n} firms are listed on {pages} pages: ',
    'allProjects': 'The chain’s {n} projects are listed on {pages} pages: ',
    'firmsLink': 'firms of the {chain} chain',
    'projectsLink': 'investment projects of the {chain} chain',
  },
);
