/**
 * A data diff for people: plain text for a terminal, Markdown for a pull request or a CI job
 * summary. Same content, same order, in both.
 */
import type { CellChange, DataDiff, Standing, TableDiff } from './compare.ts';
import { isEmpty } from './compare.ts';

export interface DiffLabels {
  /** The ref as typed, e.g. `HEAD~1`. */
  ref: string;
  /** Its abbreviated commit. */
  commit: string;
  dataDir: string;
  contentDir: string;
}

function standing(s: Standing): string {
  if (s.kind === 'graded') return `第 ${s.rank} 名 ${s.grade} 类 ${s.total.toFixed(2)} 分 (#${s.rank}, ${s.grade}, ${s.total.toFixed(2)})`;
  if (s.kind === 'ungraded') return `不评级 ungraded（${s.reason}）`;
  return '未列入 not listed';
}

const keyText = (t: TableDiff, key: string[]) => key.map((k, i) => (t.keyColumns.length > 1 ? `${t.keyColumns[i]}=${k}` : k)).join(', ');
/** A seal file's name without its folder (the heading names the folder). */
const base = (path: string) => path.split('/').pop()!;
const show = (v: string) => (v === '' ? '(空 blank)' : v);

function counts(t: TableDiff): string {
  const parts: string[] = [];
  if (t.added.length) parts.push(`新增 ${t.added.length} 行 ${t.added.length} added`);
  if (t.removed.length) parts.push(`删除 ${t.removed.length} 行 ${t.removed.length} removed`);
  if (t.changed.length) parts.push(`修改 ${t.changed.length} 行 ${t.changed.length} changed`);
  return parts.join('，');
}

export function formatDiffText(d: DataDiff, l: DiffLabels): string {
  const out: string[] = [`比较 ${l.ref}（${l.commit}）与工作区 · Comparing ${l.ref} (${l.commit}) with the working tree`, ''];
  if (isEmpty(d)) {
    out.push('数据和内容没有变化。 No changes to the data or content.');
    return out.join('\n');
  }
  const cells = (cs: CellChange[], indent: string) => cs.map((c) => `${indent}${c.column}: ${show(c.before)} → ${show(c.after)}`);
  for (const t of d.tables) {
    out.push(`${l.dataDir}/${t.file}  （${counts(t)}）`);
    for (const k of t.added) out.push(`  + ${keyText(t, k)}`);
    for (const k of t.removed) out.push(`  - ${keyText(t, k)}`);
    for (const c of t.changed) out.push(`  ~ ${keyText(t, c.key)}`, ...cells(c.cells, '      '));
    out.push('');
  }
  if (d.portal.length) out.push(`${l.dataDir}/portal.json`, ...cells(d.portal, '  ~ '), '');
  const c = d.content;
  if (c.added.length + c.removed.length + c.changed.length > 0) {
    out.push(`${l.contentDir}/  （MDX）`);
    for (const f of c.added) out.push(`  + ${f}  新增 added`);
    for (const f of c.removed) out.push(`  - ${f}  删除 removed`);
    for (const f of c.changed) out.push(`  ~ ${f}  修改 edited`);
    out.push('');
  }
  if (d.seals) {
    out.push(`${l.dataDir}/scoring/seals/  （封存文件 seal files）`);
    for (const f of d.seals.added) out.push(`  + ${base(f)}  新增 added`);
    for (const f of d.seals.removed) out.push(`  - ${base(f)}  删除 removed`);
    for (const f of d.seals.changed) out.push(`  ~ ${base(f)}  修改 changed`);
    out.push('');
  }
  if (d.rankings.length) {
    out.push('评价结果的变化 · Changes to the ranking and grades');
    for (const y of d.rankings) {
      out.push(`  ${y.year} 年度 year ${y.year}${y.presence === 'added' ? '（新增年度 new year）' : y.presence === 'removed' ? '（年度已删除 year removed）' : ''}`);
      for (const p of y.parks) out.push(`    ${p.name} (${p.park_id}): ${standing(p.before)} → ${standing(p.after)}`);
    }
    out.push('');
  } else {
    out.push('评价结果没有变化。 The ranking and grades are unchanged.', '');
  }
  if (d.sealed?.length) {
    out.push('已封存的年度 · Sealed years: 这项改动会改变已封存的结果，npm run check 会失败 · this change alters a sealed result, so npm run check fails');
    for (const i of d.sealed) out.push(`  ${i.message.zh}`, `  ${i.message.en}`, ...(i.hint ? [`  → ${i.hint.zh}`, `    ${i.hint.en}`] : []));
    out.push('');
  }
  return out.join('\n').trimEnd();
}

const md = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function formatDiffMarkdown(d: DataDiff, l: DiffLabels): string {
  const out: string[] = [`## 数据变化 Data changes: \`${l.ref}\` (${l.commit}) → working tree`, ''];
  if (isEmpty(d)) {
    out.push('数据和内容没有变化。 No changes to the data or content.');
    return out.join('\n') + '\n';
  }
  for (const t of d.tables) {
    out.push(`### \`${l.dataDir}/${t.file}\``, '', `${counts(t)}`, '');
    out.push('| | 键 key | 列 column | 原值 before | 新值 after |', '| --- | --- | --- | --- | --- |');
    for (const k of t.added) out.push(`| + | ${md(keyText(t, k))} | | | |`);
    for (const k of t.removed) out.push(`| − | ${md(keyText(t, k))} | | | |`);
    for (const c of t.changed) for (const cell of c.cells) out.push(`| ~ | ${md(keyText(t, c.key))} | \`${cell.column}\` | ${md(show(cell.before))} | ${md(show(cell.after))} |`);
    out.push('');
  }
  if (d.portal.length) {
    out.push(`### \`${l.dataDir}/portal.json\``, '', '| 字段 field | 原值 before | 新值 after |', '| --- | --- | --- |');
    for (const c of d.portal) out.push(`| \`${c.column}\` | ${md(show(c.before))} | ${md(show(c.after))} |`);
    out.push('');
  }
  const c = d.content;
  if (c.added.length + c.removed.length + c.changed.length > 0) {
    out.push(`### \`${l.contentDir}/\` (MDX)`, '');
    for (const f of c.added) out.push(`- 新增 added: \`${f}\``);
    for (const f of c.removed) out.push(`- 删除 removed: \`${f}\``);
    for (const f of c.changed) out.push(`- 修改 edited: \`${f}\``);
    out.push('');
  }
  if (d.seals) {
    out.push(`### \`${l.dataDir}/scoring/seals/\` (封存文件 seal files)`, '');
    for (const f of d.seals.added) out.push(`- 新增 added: \`${base(f)}\``);
    for (const f of d.seals.removed) out.push(`- 删除 removed: \`${base(f)}\``);
    for (const f of d.seals.changed) out.push(`- 修改 changed: \`${base(f)}\``);
    out.push('');
  }
  out.push('### 评价结果的变化 Changes to the ranking and grades', '');
  if (d.rankings.length === 0) out.push('评价结果没有变化。 The ranking and grades are unchanged.', '');
  for (const y of d.rankings) {
    out.push(`#### ${y.year}${y.presence === 'added' ? ' (新增年度 new year)' : y.presence === 'removed' ? ' (年度已删除 year removed)' : ''}`, '');
    if (y.parks.length) {
      out.push('| 园区 park | 原来 before | 现在 after |', '| --- | --- | --- |');
      for (const p of y.parks) out.push(`| ${md(p.name)} (\`${p.park_id}\`) | ${md(standing(p.before))} | ${md(standing(p.after))} |`);
    }
    out.push('');
  }
  if (d.sealed?.length) {
    out.push('### 已封存的年度 Sealed years', '', '这项改动会改变已封存的结果，`npm run check` 会失败。 This change alters a sealed result, so `npm run check` fails.', '');
    for (const i of d.sealed) out.push(`- ${md(i.message.zh)}<br>${md(i.message.en)}${i.hint ? `<br>→ ${md(i.hint.zh)}<br>${md(i.hint.en)}` : ''}`);
    out.push('');
  }
  return out.join('\n').trimEnd() + '\n';
}
