/**
 * The investor pages under /invest/, in the order the hub and the section menu list them. Their lists
 * repeat names from the park, chain and policy pages, so those lists carry `data-pagefind-ignore`:
 * search leads to the page about a thing first, and finds the investor pages by their titles.
 */
export const INVEST_SECTIONS = [
  { slug: 'sites', label: '找地找厂房', blurb: '各园区可供的工业用地和标准厂房，可按县市区、园区、产业链、面积、供应方式和价格筛选。' },
  { slug: 'gaps', label: '补链招商清单', blurb: '各产业链缺失和薄弱的环节：上下游已有什么、在哪些园区、找谁洽谈、有哪些政策。' },
  { slug: 'policies', label: '政策查询', blurb: '选择产业链、园区或县市区和支持类别，列出现行有效的适用政策及其要点。' },
  { slug: 'compare', label: '园区对比', blurb: '选两到四个园区并排比较：基本情况、亩均评价、可供土地厂房、基础设施、项目和联系方式。' },
  { slug: 'infrastructure', label: '基础设施', blurb: '各园区供水、供电、供气、污水处理、道路、网络、厂房和物流的建设状态。' },
  { slug: 'contacts', label: '招商联系', blurb: '各园区和各产业链工作专班的电话、地址和邮箱。' },
] as const;

export type InvestSlug = (typeof INVEST_SECTIONS)[number]['slug'];
