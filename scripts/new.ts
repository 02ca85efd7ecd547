/**
 * `npm run new -- park|chain|policy|update <id>`: writes the skeleton of a new entry (a CSV row stub
 * where the kind has one, and an MDX file with every frontmatter field commented) and prints what to
 * fill in. Then `npm run check` points at each cell and field still to fill.
 * PORTAL_DATA_DIR and PORTAL_CONTENT_DIR choose the folders, as for `npm run check`.
 * Exit code 0 when written; 1 (and nothing written) on a bad kind, a bad id or an existing entry.
 */
import { relative } from 'node:path';
import { dirsFromEnv } from '../src/lib/data/dataset.ts';
import { applyPlan, planNewEntry } from '../src/lib/scaffold/new-entry.ts';

const [kind, id, ...rest] = process.argv.slice(2);
const shown = (p: string) => relative(process.cwd(), p).split('\\').join('/') || p;

if (!kind || !id || rest.length > 0) {
  process.stderr.write('用法 Usage: npm run new -- park|chain|policy|update <id>\n例如 e.g.: npm run new -- park luxi-new-materials    npm run new -- update 2025-06-12-may-dispatch\n');
  process.exitCode = 1;
} else {
  const r = planNewEntry(kind, id, dirsFromEnv());
  if (!r.ok) {
    process.stderr.write(`${r.error.zh}\n${r.error.en}\n`);
    process.exitCode = 1;
  } else {
    applyPlan(r.plan);
    const out: string[] = [];
    for (const f of r.plan.files) out.push(f.mode === 'append' ? `  + ${shown(f.path)}  已追加一行 row appended` : `  + ${shown(f.path)}  已新建 created`);
    out.push('', '请填写 Fill in:');
    r.plan.todo.forEach((t, i) => out.push(`  ${i + 1}. ${t.zh}`, `     ${t.en}`));
    out.push('', '然后运行 npm run check，按提示补全，直到检查通过。 Then run npm run check and fill in what it lists until the check passes.');
    process.stdout.write(out.join('\n') + '\n');
  }
}
