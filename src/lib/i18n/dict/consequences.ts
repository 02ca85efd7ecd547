/** Interface text for what each grade leads to (scoring/consequences.csv), beside the ranking, on park pages and on the methodology page. */
import { defineDict } from '../dict.ts';

export const consequences = defineDict(
  {
    'h': '评价结果的运用',
    'intro': '各等次对应的奖励、支持和问责措施，按评价设置中公布的等次结果运用表列出；以依据文件为准。',
    'sample': '示例设置：以下措施是演示用的设置，不是正式政策。',
    'caption': '各等次的结果运用（{n} 项措施）',
    'col.grade': '等次',
    'col.measure': '措施',
    'col.kind': '类别',
    'col.basis': '依据',
    'noBasis': '未注明',
    'park': '{year} 年度评为 {grade} 类，按设置对应的措施：',
    'park.more': '各等次的措施见评价方法',
    'park.notice': '{year} 年度评价结果公示中，拟评为 {grade} 类，按设置对应的措施：',
    'sample.short': '（示例设置，不是正式政策）',
  },
  {
    'h': 'What the grades lead to',
    'intro': 'The rewards, support and accountability measures for each grade, as listed in the published evaluation settings; the document each cites prevails.',
    'sample': 'Sample settings: these measures are for demonstration, not official policy.',
    'caption': 'What each grade leads to ({n} measures)',
    'col.grade': 'Grade',
    'col.measure': 'Measure',
    'col.kind': 'Kind',
    'col.basis': 'Basis',
    'noBasis': 'Not stated',
    'park': 'Graded {grade} for {year}; the measures set for that grade:',
    'park.more': 'Measures for every grade on the methodology page',
    'park.notice': 'Proposed grade {grade} for {year} (under public notice); the measures set for that grade:',
    'sample.short': '(sample settings, not official policy)',
  },
);
