/**
 * MDX skeletons for `npm run new`: every frontmatter field of the collection, each with a YAML
 * comment saying what it is, in Chinese and English. Required fields are left empty so that
 * `npm run check` points at each one until it is filled in.
 */
import { POLICY_KINDS, UPDATE_KINDS } from '../data/choices.ts';
import type { CollectionName } from '../data/content.ts';

interface FieldDoc {
  /** The YAML written after the key, e.g. `""`, `[]`, or a pre-filled value. */
  value: string;
  zh: string;
  en: string;
  required?: boolean;
}

const kinds = (choices: readonly { value: string; zh: string }[]) => choices.map((c) => `${c.value}（${c.zh}）`).join('、');

/** Every frontmatter field per collection, in the order the skeleton writes them. */
export function frontmatterDocs(collection: Exclude<CollectionName, 'pages'>, prefill: Record<string, string> = {}): Record<string, FieldDoc> {
  const docs: Record<string, FieldDoc> = (() => {
    switch (collection) {
      case 'parks':
      case 'chains':
        return {
          summary: { value: '""', zh: '一句话简介，显示在列表和预览中（可空）', en: 'One-sentence summary for lists and previews (optional)' },
          updated: { value: '', zh: '简介最后修订日期，YYYY-MM-DD（可空）', en: 'Date the profile was last revised, YYYY-MM-DD (optional)' },
        };
      case 'policies':
        return {
          title: { value: '""', zh: '政策标题（必填）', en: 'Title in Chinese (required)', required: true },
          title_en: { value: '""', zh: '英文标题（可空）', en: 'Title in English (optional)' },
          doc_number: { value: '""', zh: '文号，如 某政办发〔2023〕12号（可空）', en: 'Document number, e.g. 某政办发〔2023〕12号 (optional)' },
          issuer: { value: '""', zh: '发文单位（必填）', en: 'Issuing body (required)', required: true },
          issued_on: { value: '', zh: '发文日期，YYYY-MM-DD（必填）', en: 'Date issued, YYYY-MM-DD (required)', required: true },
          effective_from: { value: '', zh: '生效日期，YYYY-MM-DD（可空）', en: 'In force from, YYYY-MM-DD (optional)' },
          effective_to: { value: '', zh: '失效日期，YYYY-MM-DD（空白 = 长期有效，直到被替代）', en: 'In force until, YYYY-MM-DD (blank = until replaced)' },
          kind: { value: '', zh: `类型（必填）：${kinds(POLICY_KINDS)}`, en: `Kind (required): ${POLICY_KINDS.map((c) => c.value).join(', ')}`, required: true },
          chains: { value: '[]', zh: '适用的产业链编号，如 [tea, textiles]（chains.csv 的 id）', en: 'Chain ids it applies to, e.g. [tea, textiles] (ids in chains.csv)' },
          parks: { value: '[]', zh: '适用的园区编号（parks.csv 的 id）', en: 'Park ids it applies to (ids in parks.csv)' },
          counties: { value: '[]', zh: '适用的县市区编号（其中所有园区都适用）', en: 'County ids it applies to (all their parks)' },
          summary: { value: '""', zh: '通俗易懂的一段话摘要（必填）', en: 'Plain-language summary (required)', required: true },
          benefits: { value: '[]', zh: '主要支持措施，每条一项，如 ["设备投资奖补", "贷款贴息"]', en: 'The benefits, one item each' },
          source_name: { value: '""', zh: '出处名称，如 政府网站（可空）', en: 'Name of the source (optional)' },
          source_url: { value: '', zh: '原文网址，https://…（可空）', en: 'Address of the original text, https://… (optional)' },
          contact_email: { value: '', zh: '咨询邮箱（可空）', en: 'Contact e-mail (optional)' },
        };
      case 'updates':
        return {
          title: { value: '""', zh: '标题（必填）', en: 'Title (required)', required: true },
          date: { value: '', zh: '日期，YYYY-MM-DD（必填）', en: 'Date, YYYY-MM-DD (required)', required: true },
          kind: { value: '', zh: `类型（必填）：${kinds(UPDATE_KINDS)}`, en: `Kind (required): ${UPDATE_KINDS.map((c) => c.value).join(', ')}`, required: true },
          parks: { value: '[]', zh: '涉及的园区编号，如 [north-park]（parks.csv 的 id）', en: 'Park ids it concerns (ids in parks.csv)' },
          chains: { value: '[]', zh: '涉及的产业链编号（chains.csv 的 id）', en: 'Chain ids it concerns (ids in chains.csv)' },
          summary: { value: '""', zh: '一句话摘要（可空）', en: 'One-sentence summary (optional)' },
        };
    }
  })();
  for (const [k, v] of Object.entries(prefill)) if (docs[k]) docs[k] = { ...docs[k]!, value: v };
  return docs;
}

const BODY: Record<Exclude<CollectionName, 'pages'>, string> = {
  parks: '## 园区定位\n\n（在此介绍园区的定位、主导产业和特色产业。）\n\n## 建设进展\n\n（在此介绍基础设施、重点项目和可供土地厂房。）\n',
  chains: '## 产业基础\n\n（在此介绍本链的基础和强弱环节。）\n\n## 补链重点\n\n（在此列出缺失环节和招商方向。）\n\n## 组织推进\n\n（在此介绍链长、牵头单位和工作专班。）\n',
  policies: '## 主要内容\n\n（在此用通俗的话说明政策的主要内容、适用对象和申报方式。）\n',
  updates: '（在此撰写正文：时间、事项、进展和下一步安排。）\n',
};

/** The whole MDX file: commented frontmatter, then a body outline to replace. */
export function mdxSkeleton(collection: Exclude<CollectionName, 'pages'>, prefill: Record<string, string> = {}): string {
  const lines = ['---'];
  for (const [key, doc] of Object.entries(frontmatterDocs(collection, prefill))) {
    lines.push(`# ${doc.zh} · ${doc.en}`, doc.value === '' ? `${key}:` : `${key}: ${doc.value}`);
  }
  lines.push('---', '', BODY[collection]);
  return lines.join('\n');
}
